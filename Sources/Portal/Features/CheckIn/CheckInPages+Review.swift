import PortalCore
import PortalHTML

extension CheckInPages {
    struct ReviewModel: Sendable {
        var visit: String
        var patientName: String
        var hubLink: String
        var action: String
        var review: CheckInRecordReview
        var problems: [CheckInRecordReview.Place: CheckInRecordReview.Problem] = [:]
    }

    static func review(_ model: ReviewModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.checkIn
        let allergies = model.review.entries.filter { $0.kind == .allergy }
        let medicines = model.review.entries.filter { $0.kind == .medication }
        let missingError = model.problems[.missing].map { words.reviewProblem($0)(language) }
        return Layout.page(title: "\(words.reviewStep(language)) · \(words.titleFor(model.visit)(language))", context: context) {
            p(.class("breadcrumb")) { a(.href(model.hubLink)) { words.backToCheckIn(language) } }
            h1 { words.reviewStep(language) }
            if !model.problems.isEmpty { Components.alert(words.fixTheFields(language)) }
            p(.class("lead")) { words.reviewIntro(model.patientName)(language) }
            form(.method("post"), .action(model.action), Attribute("novalidate", nil), .class("questionnaire")) {
                Components.csrfField(context)
                h2 { words.allergiesHeading(language) }
                if allergies.isEmpty { p { words.noAllergies(language) } }
                for entry in allergies { self.entry(entry, model, language) }
                h2 { words.medicinesHeading(language) }
                if medicines.isEmpty { p { words.noMedicines(language) } }
                for entry in medicines { self.entry(entry, model, language) }
                h2 { words.missingHeading(language) }
                div(.class(missingError == nil ? "field" : "field has-error")) {
                    label(.for("missing")) { words.missingQuestion(language) }
                    if let missingError { p(.id("missing-error"), .class("error-text")) { missingError } }
                    textarea(
                        .id("missing"), .name(CheckInRecordReview.missingField),
                        .maxlength(CheckInRecordReview.missingLimit), Attribute("rows", "4"),
                        .ariaInvalid(missingError != nil), missingError == nil ? nil : .ariaDescribedBy("missing-error")
                    ) { model.review.missing }
                }
                button(.type("submit"), .class("primary")) { words.saveAndContinue(language) }
            }
        }
    }

    private static func entry(_ entry: CheckInRecordReview.Entry, _ model: ReviewModel, _ language: Language) -> Node {
        let words = Strings.checkIn
        let id = entry.itemID.uuidString.lowercased()
        let error = model.problems[.entry(entry.itemID)].map { words.reviewProblem($0)(language) }
        let noteID = "note-\(id)"
        return fieldset(.class(error == nil ? "field review-entry" : "field review-entry has-error")) {
            legend { entry.detail.isEmpty ? entry.name : "\(entry.name) (\(entry.detail))" }
            if let error { p(.id("\(noteID)-error"), .class("error-text")) { error } }
            for (index, answer) in CheckInRecordReview.Answer.allCases.enumerated() {
                div(.class("field checkbox")) {
                    input(
                        .type("radio"), .id("answer-\(id)-\(index)"), .name(CheckInRecordReview.answerField(entry.itemID)),
                        .value(answer.rawValue), Attribute.flag("checked", entry.answer == answer))
                    label(.for("answer-\(id)-\(index)")) { words.reviewAnswer(entry.kind, answer)(language) }
                }
            }
            div(.class("field")) {
                label(.for(noteID)) { words.reviewNote(language) }
                textarea(
                    .id(noteID), .name(CheckInRecordReview.noteField(entry.itemID)),
                    .maxlength(CheckInRecordReview.noteLimit), Attribute("rows", "2"),
                    error == nil ? nil : .ariaDescribedBy("\(noteID)-error")
                ) { entry.note }
            }
        }
    }
}
