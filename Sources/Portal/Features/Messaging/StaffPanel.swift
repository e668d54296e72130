import Foundation
import PortalCore
import PortalHTML

/// What the care team sees around a thread: who the patient is and who wrote, the thread's
/// controls, and the medicines and allergies a clinician checks before answering.
enum StaffPanel {
    struct Model: Sendable {
        var patientName: String
        var age: Int
        var startedBy: String
        var audience: ThreadAudience
        var waited: LocalizedText?
        var isLate: Bool
        var assigneeName: String?
        var actionsPath: String
        var recordLink: String
        var isClosed: Bool
        var colleagues: [(id: UUID, name: String)]
        var careTeams: [(id: UUID, name: String)]
        var currentCareTeamID: UUID
        /// Members of the thread's care team assign, move and close it; others only read it.
        var worksCareTeam: Bool
        var canRestrict: Bool
        var isRestricted: Bool
        var medications: [String]
        var allergies: [String]
    }

    static func banner(_ model: Model, language: Language) -> Node {
        let words = Strings.careTeamInbox
        return section(.class("card patient-banner"), .ariaLabel(words.patientBanner(language))) {
            p {
                strong { model.patientName }
                " · "
                words.age(model.age)(language)
                " · "
                a(.href(model.recordLink)) { words.openRecord(language) }
            }
            p {
                words.startedBy(model.startedBy)(language)
                " · "
                strong { words.readBy(model.audience)(language) }
            }
            p {
                if let waited = model.waited { waited(language) }
                if model.isLate {
                    " "
                    span(.class("tag late")) { words.late(language) }
                }
                " · "
                (model.assigneeName.map { words.assignedTo($0) } ?? words.unassigned)(language)
            }
        }
    }

    static func aside(_ model: Model, language: Language) -> Node {
        let words = Strings.careTeamInbox
        return element("aside", [.class("card clinical-aside"), .ariaLabel(words.checkFirst(language))]) {
            h2 { words.activeMedications(language) }
            if model.medications.isEmpty {
                p { words.noneRecorded(language) }
            } else {
                ul { for medication in model.medications { li { medication } } }
            }
            h2 { words.allergies(language) }
            if model.allergies.isEmpty {
                p { words.noneRecorded(language) }
            } else {
                ul { for allergy in model.allergies { li { allergy } } }
            }
        }
    }

    static func controls(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.careTeamInbox
        if !model.worksCareTeam && !model.canRestrict { return Node.empty }
        return section(.class("card thread-controls"), Attribute("aria-labelledby", "controls-heading")) {
            h2(.id("controls-heading")) { words.controls(language) }
            if model.worksCareTeam {
                form(.method("post"), .action(model.actionsPath), .class("inline-form")) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("action"), .value("assign"))
                    label(.for("assignee")) { words.assignTo(language) }
                    select(.id("assignee"), .name("staff")) {
                        option(.value("")) { words.nobody(language) }
                        for colleague in model.colleagues {
                            option(
                                .value(colleague.id.uuidString.lowercased()),
                                colleague.name == model.assigneeName ? Attribute("selected", nil) : nil
                            ) { colleague.name }
                        }
                    }
                    button(.type("submit"), .class("secondary")) { words.assign(language) }
                }
                form(.method("post"), .action(model.actionsPath), .class("inline-form")) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("action"), .value("move"))
                    label(.for("move-to")) { words.moveTo(language) }
                    select(.id("move-to"), .name("care_team")) {
                        for careTeam in model.careTeams where careTeam.id != model.currentCareTeamID {
                            option(.value(careTeam.id.uuidString.lowercased())) { careTeam.name }
                        }
                    }
                    button(.type("submit"), .class("secondary")) { words.move(language) }
                }
                form(.method("post"), .action(model.actionsPath), .class("inline-form")) {
                    Components.csrfField(context)
                    input(.type("hidden"), .name("action"), .value(model.isClosed ? "reopen" : "done"))
                    button(.type("submit"), .class("secondary")) { (model.isClosed ? words.reopen : words.markDone)(language) }
                }
            }
            if model.canRestrict {
                form(.method("post"), .action(model.actionsPath)) {
                    Components.csrfField(context)
                    if model.isRestricted {
                        input(.type("hidden"), .name("action"), .value("unrestrict"))
                        button(.type("submit"), .class("secondary")) { words.liftRestriction(language) }
                    } else {
                        input(.type("hidden"), .name("action"), .value("restrict"))
                        p(.class("hint")) { words.restrictExplanation(language) }
                        label(.for("restriction-reason")) { Strings.results.restrictReason(language) }
                        textarea(
                            .id("restriction-reason"), .name("reason"), .maxlength(500), .required, Attribute("rows", "2")
                        ) { Node.empty }
                        button(.type("submit"), .class("secondary")) { words.restrict(language) }
                    }
                }
            }
        }
    }
}
