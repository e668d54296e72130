import PortalCore
import PortalHTML

enum SecondFactorSetupPage {
    struct Model: Sendable {
        var secret: String
        var provisioningURI: String
        var isRequiredStaffSetup: Bool
        var error: LocalizedText?
        /// Just after activation: the offer can be declined.
        var welcomesNewMember = false
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let groupedSecret = stride(from: 0, to: model.secret.count, by: 4).map { start -> String in
            let from = model.secret.index(model.secret.startIndex, offsetBy: start)
            let to = model.secret.index(from, offsetBy: min(4, model.secret.count - start))
            return String(model.secret[from..<to])
        }.joined(separator: " ")
        return Layout.page(title: Strings.account.setupTitle(language), context: context) {
            section(.class("narrow")) {
                h1 { Strings.account.setupTitle(language) }
                if model.isRequiredStaffSetup { p(.class("lead")) { Strings.account.setupRequiredForStaff(language) } }
                if model.welcomesNewMember {
                    div(.class("notice"), .role("status")) { p { Strings.account.welcome(language) } }
                    p { a(.href(Routes.home())) { Strings.account.skipSetup(language) } }
                }
                if let error = model.error { Components.alert(error(language)) }
                ol {
                    li { Strings.account.setupStep1(language) }
                    li {
                        p { Strings.account.setupStep2(language) }
                        p(.class("secret")) { strong { groupedSecret } }
                        p { a(.href(model.provisioningURI)) { Strings.account.setupLink(language) } }
                    }
                    li { Strings.account.setupStep3(language) }
                }
                form(.method("post"), .action(Routes.secondFactorSetup())) {
                    Components.csrfField(context)
                    Components.field(
                        id: "code", label: Strings.signIn.code(language), type: "text", name: "code",
                        autocomplete: "one-time-code", error: model.error.map { $0(language) },
                        hint: Strings.signIn.sixDigits(language), extra: [.inputmode("numeric"), .maxlength(12)])
                    button(.type("submit"), .class("primary")) { Strings.account.confirm(language) }
                }
            }
        }
    }
}

enum RecoveryCodesPage {
    static func render(codes: [String], isStaff: Bool, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.account.codesTitle(language), context: context) {
            h1 { Strings.account.codesTitle(language) }
            p(.class("lead")) { Strings.account.codesIntro(language) }
            ul(.class("codes")) { for code in codes { li { code } } }
            p {
                a(.href(isStaff ? Routes.staffHome() : Routes.accountSecurity()), .class("button")) {
                    Strings.account.codesDone(language)
                }
            }
        }
    }
}
