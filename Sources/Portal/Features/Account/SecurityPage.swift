import PortalCore
import PortalHTML

/// The account's sign-in security, after fresh proof: a new password, the second factor,
/// and new recovery codes.
enum SecurityPage {
    struct Model: Sendable {
        var isStaff: Bool
        var hasSecondFactor: Bool
        var factorByEmail = false
        var recoveryCodesLeft: Int
        var notice: LocalizedText?
        var newPasswordErrors: [LocalizedText] = []
        var removeError: LocalizedText?
        /// The member's sign-in address; nil for staff, whose address administrators set.
        var email: String?
        var newEmail = ""
        var emailError: LocalizedText?
    }

    static func emailSection(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.account
        return section(Attribute("aria-labelledby", "email-heading"), .class("narrow")) {
            h2(.id("email-heading")) { words.emailHeading(language) }
            p { words.emailIntro(model.email ?? "")(language) }
            form(.method("post"), .action(Routes.changeEmail())) {
                Components.csrfField(context)
                Components.field(
                    id: "new-email", label: words.newEmail(language), type: "email", name: "email", value: model.newEmail,
                    autocomplete: "email", error: model.emailError.map { $0(language) }, extra: [.maxlength(254)])
                button(.type("submit")) { words.changeEmail(language) }
            }
        }
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.account
        return Layout.page(title: words.securityTitle(language), context: context) {
            h1 { words.securityTitle(language) }
            if let notice = model.notice {
                div(.class("notice"), .role("status")) { p { notice(language) } }
            }
            passwordSection(model, context: context)
            if model.email != nil { emailSection(model, context: context) }
            section(Attribute("aria-labelledby", "factor-heading"), .class("narrow")) {
                h2(.id("factor-heading")) { words.factorHeading(language) }
                if model.isStaff {
                    p { words.staffFactorRequired(language) }
                } else if model.hasSecondFactor {
                    p { (model.factorByEmail ? words.factorEmail : words.factorApp)(language) }
                    form(.method("post"), .action(Routes.removeSecondFactor())) {
                        Components.csrfField(context)
                        Components.field(
                            id: "remove-password", label: words.password(language), type: "password", name: "password",
                            autocomplete: "current-password", error: model.removeError.map { $0(language) },
                            hint: words.removeFactorIntro(language), extra: [.maxlength(PasswordPolicy.maximumLength)])
                        button(.type("submit"), .class("danger")) { words.removeFactor(language) }
                    }
                } else {
                    p { words.secondFactorOff(language) }
                    p { a(.href(Routes.secondFactorSetup()), .class("button")) { words.turnOn(language) } }
                    form(.method("post"), .action(Routes.startEmailCodes())) {
                        Components.csrfField(context)
                        button(.type("submit"), .class("link-button")) { words.useEmailCodes(language) }
                    }
                }
            }
            if model.hasSecondFactor {
                section(Attribute("aria-labelledby", "codes-heading"), .class("narrow")) {
                    h2(.id("codes-heading")) { words.codesHeading(language) }
                    p { words.recoveryCodesLeft(model.recoveryCodesLeft)(language) }
                    p { words.newCodesIntro(language) }
                    form(.method("post"), .action(Routes.newRecoveryCodes())) {
                        Components.csrfField(context)
                        button(.type("submit")) { words.newCodes(language) }
                    }
                }
            }
        }
    }

    static func passwordSection(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let minimum =
            model.hasSecondFactor && !model.factorByEmail
            ? PasswordPolicy.minimumWithSecondFactor : PasswordPolicy.minimumWithoutSecondFactor
        let newErrors = model.newPasswordErrors.map { $0(language) }
        return section(Attribute("aria-labelledby", "password-heading"), .class("narrow")) {
            h2(.id("password-heading")) { Strings.account.passwordHeading(language) }
            form(.method("post"), .action(Routes.changePassword())) {
                Components.csrfField(context)
                Components.field(
                    id: "new-password", label: Strings.account.newPassword(language), type: "password",
                    name: "new_password", autocomplete: "new-password",
                    error: newErrors.isEmpty ? nil : newErrors.joined(separator: " "),
                    hint: Strings.account.passwordHint(minimum)(language),
                    extra: [.minlength(minimum), .maxlength(PasswordPolicy.maximumLength)])
                button(.type("submit")) { Strings.account.changePassword(language) }
            }
        }
    }
}
