import Foundation
import PortalCore
import PortalHTML

/// One enrollment request for HIM: the applicant's answers, what to watch out for, the
/// identity document, candidate records, and the two decisions.
enum EnrollmentRequestPage {
    struct Candidate: Sendable {
        var id: UUID
        var name: String
        var recordNumber: String
        var birthDate: String
        var zipMatches: Bool
        var birthDateMatches: Bool
    }

    /// What the applicant sent, as the page shows it.
    struct Answers: Sendable {
        var applicantName: String
        var applicantEmail: String
        var applicantPhone: String
        var patientLegalName: String
        var patientZIP: String
        var patientRecordNumber: String?
        var status: EnrollmentStatus
        var matchedPatientID: UUID?
    }

    struct Model: Sendable {
        var id: UUID
        var request: Answers
        var applicant: Applicant?
        var identification: IdentificationType?
        var submitted: String
        var birthDate: String
        var warnings: [LocalizedText]
        var hasDocument: Bool
        var decisionSummary: LocalizedText?
        var searchText: String
        var searchBirth: String
        var candidates: [Candidate]
        var decision: EnrollmentQueueController.DecisionState
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.enrollmentQueue
        let request = model.request
        let base = Routes.staffEnrollmentRequest(Ref(model.id))
        return Layout.page(title: words.requestTitle(language), context: context) {
            p(.class("breadcrumb")) { a(.href(Routes.staffEnrollment())) { words.title(language) } }
            h1 { words.requestTitle(language) }
            if model.decision.takenByOther { Components.alert(words.takenByOther(language)) }
            if let summary = model.decisionSummary { div(.class("notice"), .role("status")) { p { summary(language) } } }
            for warning in model.warnings { div(.class("warning")) { p { warning(language) } } }
            section(Attribute("aria-labelledby", "answers-heading")) {
                h2(.id("answers-heading")) { words.answersHeading(language) }
                dl(.class("facts")) {
                    dt { words.received(language) }
                    dd { model.submitted }
                    dt { words.applicant(language) }
                    dd {
                        "\(request.applicantName) (\(model.applicant.map { Strings.enrollment.applicantName($0)(language) } ?? ""))"
                    }
                    dt { words.applicantEmail(language) }
                    dd { request.applicantEmail }
                    dt { words.applicantPhone(language) }
                    dd { request.applicantPhone }
                    dt { Strings.enrollment.patientName(language) }
                    dd { request.patientLegalName }
                    dt { Strings.enrollment.birthDate(language) }
                    dd { model.birthDate }
                    dt { Strings.enrollment.zip(language) }
                    dd { request.patientZIP }
                    dt { Strings.patients.recordNumber(language) }
                    dd { request.patientRecordNumber ?? "—" }
                    dt { Strings.enrollment.identificationType(language) }
                    dd { model.identification.map { Strings.enrollment.identificationName($0)(language) } ?? "" }
                    dt { words.document(language) }
                    dd {
                        if model.hasDocument {
                            a(.href(base + "/document")) { words.openDocument(language) }
                        } else {
                            words.documentDeleted(language)
                        }
                    }
                }
            }
            if request.status == .pending {
                decisionForms(model, base: base, context: context)
            } else if let patientID = request.matchedPatientID {
                p { a(.href(Routes.staffPatient(Ref(patientID)))) { words.patientAccessLink(language) } }
            }
        }
    }

    private static func decisionForms(_ model: Model, base: String, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.enrollmentQueue
        return div {
            section(Attribute("aria-labelledby", "match-heading")) {
                h2(.id("match-heading")) { words.matchHeading(language) }
                form(.method("get"), .action(base), .class("search")) {
                    Components.field(
                        id: "q", label: words.searchLabel(language), type: "search", name: "q", value: model.searchText,
                        autocomplete: "off", required: false, extra: [.maxlength(100)])
                    Components.field(
                        id: "born", label: Strings.enrollment.birthDate(language), type: "date", name: "born",
                        value: model.searchBirth, autocomplete: "off", required: false)
                    button(.type("submit")) { words.search(language) }
                }
                form(.method("post"), .action(base + "/approve")) {
                    Components.csrfField(context)
                    if let error = model.decision.approveError { Components.alert(error(language)) }
                    if model.candidates.isEmpty {
                        p { words.noCandidates(language) }
                    } else {
                        fieldset {
                            legend { words.candidatesLegend(language) }
                            for candidate in model.candidates {
                                let id = "patient-\(candidate.id.uuidString.lowercased())"
                                div(.class("choice")) {
                                    input(
                                        .type("radio"), .id(id), .name("patient_id"),
                                        .value(candidate.id.uuidString.lowercased()),
                                        model.decision.patientID == candidate.id.uuidString.lowercased()
                                            ? Attribute("checked", nil) : nil)
                                    label(.for(id)) {
                                        "\(candidate.name) · \(candidate.recordNumber) · \(candidate.birthDate)"
                                        " ("
                                        (candidate.birthDateMatches ? words.birthDateMatches : words.birthDateDiffers)(language)
                                        ", "
                                        (candidate.zipMatches ? words.zipMatches : words.zipDiffers)(language)
                                        ")"
                                    }
                                }
                            }
                        }
                        Components.choice(
                            id: "relationship", label: Strings.grantTools.relationship(language), error: nil,
                            selected: model.decision.relationship.isEmpty
                                ? (model.applicant.map { EnrollmentQueuePage.relationships(for: $0)[0].rawValue } ?? "")
                                : model.decision.relationship,
                            language: language,
                            options: (model.applicant.map(EnrollmentQueuePage.relationships(for:)) ?? []).map {
                                ($0.rawValue, Strings.grantTools.relationshipName($0))
                            })
                        button(.type("submit"), .class("primary")) { words.approve(language) }
                    }
                }
            }
            section(Attribute("aria-labelledby", "reject-heading")) {
                h2(.id("reject-heading")) { words.rejectHeading(language) }
                form(.method("post"), .action(base + "/reject"), .class("narrow")) {
                    Components.csrfField(context)
                    Components.choice(
                        id: "reason", label: words.reason(language), error: model.decision.rejectError?(language),
                        hint: words.reasonHint(language), selected: model.decision.reason, language: language,
                        options: EnrollmentRequest.RejectionReason.allCases.map { ($0.rawValue, words.reasonName($0)) })
                    div(.class("field")) {
                        label(.for("note")) { words.note(language) }
                        p(.id("note-hint"), .class("hint")) { words.noteHint(language) }
                        textarea(
                            .id("note"), .name("note"), .maxlength(EnrollmentQueuePage.noteMaxLength),
                            .ariaDescribedBy("note-hint"),
                            Attribute("rows", "3")
                        ) { model.decision.note }
                    }
                    button(.type("submit")) { words.reject(language) }
                }
            }
        }
    }
}
