import Foundation
import PortalCore
import PortalHTML

/// One member account for HIM: who it is, its access, its activity, and what to do when it
/// was used by someone else.
enum MemberPage {
    struct GrantRow: Sendable {
        var patientName: String
        var recordNumber: String
        var link: String
        var relationship: LocalizedText?
        var status: String
    }

    struct InvitationRow: Sendable {
        var email: String
        var sent: String
        var state: LocalizedText
    }

    struct Model: Sendable {
        var id: UUID
        var name: String
        var email: String
        var isActive: Bool
        var deactivation: LocalizedText?
        /// When sign-in locked after too many failures, as a date and time.
        var lockedSince: String?
        var grants: [GrantRow]
        var openReports: [String]
        var replacementInvitations: [InvitationRow]
        var activity: [AccountActivityPage.Entry]
        var state: MemberToolsController.FormState
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.memberTools
        let base = Routes.staffMember(Ref(model.id))
        return Layout.page(title: model.name, context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.staffEnrollment())) { Strings.enrollmentQueue.title(language) } }
            h1 { model.name }
            if let notice = model.state.notice { div(.class("notice"), .role("status")) { p { notice(language) } } }
            // The invitation form shows only for a closed account; an early attempt is answered here.
            if model.isActive, let error = model.state.emailError { Components.alert(error(language)) }
            if !model.openReports.isEmpty {
                div(.class("warning")) {
                    p { words.reported(model.openReports.joined(separator: "; "))(language) }
                    form(.method("post"), .action(base + "/reports/close")) {
                        Components.csrfField(context)
                        button(.type("submit")) { words.closeReports(language) }
                    }
                }
            }
            dl(.class("facts")) {
                dt { Strings.account.email(language) }
                dd { model.email }
                dt { Strings.grantTools.status(language) }
                dd { model.isActive ? words.active(language) : (model.deactivation ?? words.closed)(language) }
            }
            if model.isActive, let lockedSince = model.lockedSince {
                section(Attribute("aria-labelledby", "unlock-heading"), .class("warning")) {
                    h2(.id("unlock-heading")) { words.lockedHeading(language) }
                    p { words.lockedIntro(lockedSince)(language) }
                    form(.method("post"), .action(base + "/unlock")) {
                        Components.csrfField(context)
                        button(.type("submit"), .class("primary")) { words.unlock(language) }
                    }
                }
            }
            section(Attribute("aria-labelledby", "access-heading")) {
                h2(.id("access-heading")) { words.accessHeading(language) }
                if model.grants.isEmpty {
                    p { words.noGrants(language) }
                } else {
                    ul(.class("item-list")) {
                        for grant in model.grants {
                            li {
                                a(.href(grant.link)) { grant.patientName }
                                p(.class("item-meta")) {
                                    "\(grant.recordNumber) · \(grant.relationship?(language) ?? "") · \(grant.status)"
                                }
                            }
                        }
                    }
                }
            }
            if model.isActive {
                section(Attribute("aria-labelledby", "deactivate-heading")) {
                    h2(.id("deactivate-heading")) { words.deactivateHeading(language) }
                    p { words.deactivateIntro(language) }
                    form(.method("post"), .action(base + "/deactivate"), .class("narrow")) {
                        Components.csrfField(context)
                        Components.field(
                            id: "reason", label: words.reason(language), type: "text", name: "reason",
                            value: model.state.reason, autocomplete: "off", error: model.state.reasonError?(language),
                            extra: [.maxlength(MemberToolsController.reasonMaxLength)])
                        button(.type("submit"), .class("danger")) { words.deactivate(language) }
                    }
                }
            } else {
                section(Attribute("aria-labelledby", "reinvite-heading")) {
                    h2(.id("reinvite-heading")) { words.reinviteHeading(language) }
                    p { words.reinviteIntro(language) }
                    if !model.replacementInvitations.isEmpty {
                        ul(.class("item-list")) {
                            for invitation in model.replacementInvitations {
                                li { "\(invitation.email) · \(invitation.sent) · \(invitation.state(language))" }
                            }
                        }
                    }
                    form(.method("post"), .action(base + "/reinvite"), .class("narrow")) {
                        Components.csrfField(context)
                        Components.field(
                            id: "email", label: words.newEmail(language), type: "email", name: "email",
                            value: model.state.email, autocomplete: "off", error: model.state.emailError?(language),
                            hint: words.newEmailHint(language), extra: [.maxlength(254)])
                        button(.type("submit"), .class("primary")) { words.reinvite(language) }
                    }
                }
            }
            section(Attribute("aria-labelledby", "activity-heading")) {
                h2(.id("activity-heading")) { Strings.accountActivity.title(language) }
                if model.activity.isEmpty {
                    p { Strings.accountActivity.none(language) }
                } else {
                    ul(.class("item-list")) {
                        for entry in model.activity {
                            li {
                                "\(entry.when) · \(entry.what(language)) · \(entry.address)"
                                if let device = entry.device { " · \(device(language))" }
                            }
                        }
                    }
                }
            }
        }
    }
}
