import PortalCore
import PortalHTML

/// The invitation link's page: confirm the patient, then choose a password; or, when the
/// link cannot be used, why and whom to contact.
enum ActivationPage {
    enum Step: Sendable {
        case verify(zip: String, birthDate: String, error: String?)
        case account(email: String, name: String, nameError: String?, emailError: String?, passwordErrors: [String])
        case closed(LocalizedText)
    }

    static func render(token: String, step: Step, contact: HospitalContact, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.activation
        let heading: String =
            if case .closed = step { words.closedTitle(language) } else { words.title(language) }
        return Layout.page(title: heading, context: context) {
            h1 { heading }
            switch step {
            case .closed(let message):
                p(.class("lead")) { message(language) }
                p { Strings.enrollment.contactHIM(contact)(language) }
                p { a(.href(Routes.signIn())) { Strings.layout.home(language) } }
            case .verify(let zip, let birthDate, let error):
                p { words.verifyIntro(language) }
                if let error { Components.alert(error) }
                form(.method("post"), .action(Routes.activate(InvitationToken(token)) + "/verify"), .class("narrow")) {
                    Components.csrfField(context)
                    Components.field(
                        id: "zip", label: words.zip(language), type: "text", name: "zip", value: zip, autocomplete: "postal-code",
                        extra: [.inputmode("numeric"), .maxlength(10)])
                    Components.field(
                        id: "birth_date", label: words.birthDate(language), type: "date", name: "birth_date", value: birthDate,
                        autocomplete: "off", hint: words.birthDateHint(language))
                    button(.type("submit"), .class("primary")) { words.confirm(language) }
                }
            case .account(let email, let name, let nameError, let emailError, let passwordErrors):
                p { words.accountIntro(language) }
                form(.method("post"), .action(Routes.activate(InvitationToken(token)) + "/account"), .class("narrow")) {
                    Components.csrfField(context)
                    Components.field(
                        id: "email", label: words.email(language), type: "email", name: "email", value: email,
                        autocomplete: "username", error: emailError, hint: words.emailHint(language),
                        extra: [.maxlength(254), Attribute("readonly", nil)])
                    Components.field(
                        id: "full_name", label: words.fullName(language), type: "text", name: "full_name", value: name,
                        autocomplete: "name", error: nameError, extra: [.maxlength(200)])
                    Components.field(
                        id: "password", label: words.password(language), type: "password", name: "password",
                        autocomplete: "new-password", error: passwordErrors.isEmpty ? nil : passwordErrors.joined(separator: " "),
                        extra: [.maxlength(PasswordPolicy.maximumLength)])
                    button(.type("submit"), .class("primary")) { words.create(language) }
                }
            }
        }
    }
}
