import PortalCore
import PortalHTML

/// HIM's page for one patient: every grant ever recorded, with its status today, and the
/// forms to record a special circumstance or revoke access.
enum BackOfficePatientPage {
    struct GrantRow: Sendable {
        var id: String
        var account: String
        var email: String
        var memberLink: String
        var relationship: LocalizedText
        var kind: LocalizedText
        var courtOrdered: Bool
        var dates: LocalizedText
        var status: String
        var recordedBy: String?
        var reason: String?
        var revocation: String?
        var documentLink: String?
        var revokeAction: String?
    }

    struct FormState: Sendable {
        var memberEmail = ""
        var relationship = ""
        var kind = ""
        var firstDay = ""
        var lastDay = ""
        var courtOrdered = false
        var reason = ""
        var problems: [SpecialCircumstanceProblem] = []
    }

    struct Model: Sendable {
        var name: String
        var recordNumber: String
        var dateOfBirth: String
        var age: Int
        var grants: [GrantRow]
        var notice: LocalizedText?
        var form = FormState()
        var addAction: String
        /// The grant whose revocation lacked a reason, to show the message beside it.
        var revokeErrorFor: String?
        var invitations: [InvitationRow] = []
        var inviteAction: String = ""
        var inviteError: LocalizedText? = nil
        var inviteEmail: String = ""
        var careTeams: [(id: String, name: String, isChosen: Bool)] = []
        var careTeamsAction: String = ""
    }

    struct InvitationRow: Sendable {
        var email: String
        var relationship: LocalizedText
        var sent: String
        var state: LocalizedText
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.grantTools
        return Layout.page(title: model.name, context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.staffPatients())) { words.searchTitle(language) } }
            h1 { model.name }
            if let notice = model.notice { div(.class("notice"), .role("status")) { p { notice(language) } } }
            if !model.form.problems.isEmpty || model.revokeErrorFor != nil {
                Components.alert(Strings.errors.message(.badRequest)(language))
            }
            dl(.class("facts")) {
                dt { Strings.patients.recordNumber(language) }
                dd { model.recordNumber }
                dt { Strings.patients.dateOfBirth(language) }
                dd { model.dateOfBirth }
                dt { Strings.patients.age(language) }
                dd { Strings.home.age(model.age)(language) }
            }
            section(Attribute("aria-labelledby", "grants-heading")) {
                h2(.id("grants-heading")) { words.accessHeading(language) }
                if model.grants.isEmpty {
                    p { words.noGrants(language) }
                } else {
                    ul(.class("item-list grants")) {
                        for grant in model.grants { grantItem(grant, model: model, context: context) }
                    }
                }
            }
            inviteSection(model, context: context)
            careTeamSection(model, context: context)
            addForm(model, context: context)
        }
    }

    /// Which care teams the family may write to about this patient; HIM is always offered.
    private static func careTeamSection(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.careTeamInbox
        return section(Attribute("aria-labelledby", "care-teams-heading")) {
            h2(.id("care-teams-heading")) { words.patientTeamsHeading(language) }
            form(.method("post"), .action(model.careTeamsAction), .class("narrow")) {
                Components.csrfField(context)
                fieldset {
                    legend { words.patientTeamsLegend(language) }
                    p(.class("hint")) { words.patientTeamsHint(language) }
                    for team in model.careTeams {
                        div(.class("choice")) {
                            input(
                                .type("checkbox"), .id("team-\(team.id)"), .name("care_teams[]"), .value(team.id),
                                team.isChosen ? Attribute("checked", nil) : nil)
                            label(.for("team-\(team.id)")) { team.name }
                        }
                    }
                }
                button(.type("submit")) { words.saveTeams(language) }
            }
        }
    }

    private static func inviteSection(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.grantTools
        return section(Attribute("aria-labelledby", "invite-heading")) {
            h2(.id("invite-heading")) { words.inviteHeading(language) }
            p { words.inviteIntro(language) }
            if !model.invitations.isEmpty {
                ul(.class("item-list invitations")) {
                    for invitation in model.invitations {
                        li {
                            strong { invitation.email }
                            p(.class("item-meta")) {
                                "\(invitation.relationship(language)) · \(invitation.sent) · \(invitation.state(language))"
                            }
                        }
                    }
                }
            }
            form(.method("post"), .action(model.inviteAction), .class("narrow")) {
                Components.csrfField(context)
                Components.field(
                    id: "invite_email", label: words.inviteEmail(language), type: "email", name: "email",
                    value: model.inviteEmail,
                    autocomplete: "off", error: model.inviteError?(language))
                Components.choice(
                    id: "invite_relationship", name: "relationship", label: words.relationship(language), error: nil,
                    selected: "", language: language,
                    options: [Relationship.`self`, .parent, .legalGuardian].map { ($0.rawValue, words.relationshipName($0)) })
                button(.type("submit")) { words.sendInvitation(language) }
            }
        }
    }

    private static func grantItem(_ grant: GrantRow, model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.grantTools
        return li(.id("grant-\(grant.id)")) {
            p {
                a(.href(grant.memberLink)) { strong { grant.account } }
                " · "
                grant.email
            }
            dl(.class("facts")) {
                dt { words.relationship(language) }
                dd { grant.relationship(language) }
                dt { words.kind(language) }
                dd {
                    grant.kind(language)
                    if grant.courtOrdered { " (\(words.courtOrdered(language)))" }
                }
                dt { words.dates(language) }
                dd { grant.dates(language) }
                dt { words.status(language) }
                dd { grant.status }
                dt { words.recordedBy(language) }
                dd { grant.recordedBy ?? words.enrollment(language) }
                if let reason = grant.reason {
                    dt { words.reason(language) }
                    dd { reason }
                }
                if let revocation = grant.revocation {
                    dt { words.revokedBy(language) }
                    dd { revocation }
                }
                if let link = grant.documentLink {
                    dt { words.document(language) }
                    dd { a(.href(link)) { words.openDocument(language) } }
                }
            }
            if let action = grant.revokeAction {
                let fieldID = "revoke-reason-\(grant.id)"
                let hasError = model.revokeErrorFor == grant.id
                form(.method("post"), .action(action), .class("revoke-form")) {
                    Components.csrfField(context)
                    div(.class(hasError ? "field has-error" : "field")) {
                        label(.for(fieldID)) { words.revokeReason(language) }
                        if hasError { p(.id("\(fieldID)-error"), .class("error-text")) { words.revokeReasonRequired(language) } }
                        input(
                            .id(fieldID), .type("text"), .name("reason"), .maxlength(SpecialCircumstanceForm.reasonMaxLength),
                            .required, .ariaInvalid(hasError), hasError ? .ariaDescribedBy("\(fieldID)-error") : nil)
                    }
                    button(.type("submit"), .class("danger")) { words.revoke(language) }
                }
            }
        }
    }

    private static func addForm(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.grantTools
        let state = model.form
        func error(_ field: String) -> String? {
            let messages = state.problems.filter { $0.field == field }.map { $0.message(language) }
            return messages.isEmpty ? nil : messages.joined(separator: " ")
        }
        return section(Attribute("aria-labelledby", "add-heading")) {
            h2(.id("add-heading")) { words.addHeading(language) }
            p { words.addIntro(language) }
            form(.method("post"), .action(model.addAction), Attribute("enctype", "multipart/form-data"), .class("narrow")) {
                Components.csrfField(context)
                Components.field(
                    id: "member_email", label: words.memberEmail(language), type: "email", name: "member_email",
                    value: state.memberEmail, autocomplete: "off", error: error("member_email"))
                Components.choice(
                    id: "kind", label: words.kind(language), error: error("kind"), selected: state.kind, language: language,
                    options: GrantKind.allCases.filter(\.isSpecialCircumstance).map { ($0.rawValue, words.kindName($0)) })
                Components.choice(
                    id: "relationship", label: words.relationship(language), error: error("relationship"),
                    selected: state.relationship, language: language,
                    options: [Relationship.parent, .legalGuardian, .other].map { ($0.rawValue, words.relationshipName($0)) })
                Components.field(
                    id: "first_day", label: words.firstDay(language), type: "date", name: "first_day", value: state.firstDay,
                    autocomplete: "off", hint: words.dateHint(language))
                Components.field(
                    id: "last_day", label: words.lastDay(language), type: "date", name: "last_day", value: state.lastDay,
                    autocomplete: "off", error: error("last_day"), hint: words.dateHint(language))
                div(.class("field checkbox")) {
                    input(
                        .id("court_ordered"), .type("checkbox"), .name("court_ordered"), .value("yes"),
                        state.courtOrdered ? Attribute("checked", nil) : nil)
                    label(.for("court_ordered")) { words.courtOrderedLabel(language) }
                }
                Components.field(
                    id: "reason", label: words.reason(language), type: "text", name: "reason", value: state.reason,
                    autocomplete: "off", error: error("reason"), extra: [.maxlength(SpecialCircumstanceForm.reasonMaxLength)])
                Components.field(
                    id: "document", label: words.document(language), type: "file", name: "document", autocomplete: "off",
                    error: error("document"), hint: words.documentHint(language),
                    extra: [Attribute("accept", "image/jpeg,image/png,image/heic,application/pdf")])
                button(.type("submit"), .class("primary")) { words.record(language) }
            }
        }
    }
}
