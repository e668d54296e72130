import PortalCore
import PortalHTML

extension CheckInPages {
    struct InsuranceModel: Sendable {
        var visit: String
        var patientName: String
        var hubLink: String
        var action: String
        var insurance: CheckInInsurance
        var problems: [CheckInInsurance.Field: CheckInInsurance.Problem] = [:]
        /// The sides whose photo is already saved.
        var savedPhotos: Set<CheckInInsurance.Side>
        /// The form came back with problems after files were chosen: a browser does not keep them.
        var choseFiles: Bool
        /// The patient checks in from their own account.
        var ownAccount: Bool
        /// A 12-17-year-old, who may worry about what statements tell their parents.
        var isMinor = false
        var locked: String?
    }

    static let photoTypes = "image/jpeg,image/png,image/heic"

    static func insurance(_ model: InsuranceModel, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.checkIn
        func error(_ field: CheckInInsurance.Field) -> String? {
            model.problems[field].map { words.insuranceProblem($0)(language) }
        }
        let values = model.insurance
        return Layout.page(title: "\(words.insuranceStep(language)) · \(words.titleFor(model.visit)(language))", context: context)
        {
            p(.class("breadcrumb")) { a(.href(model.hubLink)) { words.backToCheckIn(language) } }
            h1 { words.insuranceStep(language) }
            if !model.problems.isEmpty { Components.alert(words.fixTheFields(language)) }
            if let locked = model.locked {
                p(.class("notice")) { locked }
            } else {
                p(.class("lead")) { words.insuranceIntro(language) }
                if model.ownAccount && model.isMinor { p(.class("notice")) { words.insurancePrivacyNote(language) } }
                form(
                    .method("post"), .action(model.action), Attribute("enctype", "multipart/form-data"),
                    Attribute("novalidate", nil)
                ) {
                    Components.csrfField(context)
                    fieldset(.class(error(.coverage) == nil ? "field" : "field has-error")) {
                        legend {
                            model.ownAccount
                                ? words.coverageQuestionOwn(language) : words.coverageQuestion(model.patientName)(language)
                        }
                        if let problem = error(.coverage) { p(.class("error-text")) { problem } }
                        for (index, coverage) in CheckInInsurance.Coverage.allCases.enumerated() {
                            div(.class("field checkbox")) {
                                input(
                                    .type("radio"), .id("coverage-\(index)"), .name("coverage"), .value(coverage.rawValue),
                                    Attribute.flag("checked", values.coverage == coverage))
                                label(.for("coverage-\(index)")) { words.coverageChoice(coverage)(language) }
                            }
                        }
                    }
                    fieldset(.class("field group")) {
                        legend { words.insuredOnly(language) }
                        Components.field(
                            id: "payer", label: words.payer(language), type: "text", name: "payer", value: values.payer,
                            autocomplete: "off", error: error(.payer), required: false,
                            extra: [.maxlength(CheckInInsurance.payerLimit)])
                        Components.field(
                            id: "member_id", label: words.memberID(language), type: "text", name: "member_id",
                            value: values.memberID, autocomplete: "off", error: error(.memberID), required: false,
                            extra: [.maxlength(CheckInInsurance.idLimit)])
                        Components.field(
                            id: "group_number", label: words.groupNumber(language), type: "text", name: "group_number",
                            value: values.groupNumber, autocomplete: "off", error: error(.groupNumber), required: false,
                            extra: [.maxlength(CheckInInsurance.idLimit)])
                        for side in CheckInInsurance.Side.allCases {
                            let field: CheckInInsurance.Field = side == .front ? .frontPhoto : .backPhoto
                            let hint =
                                model.savedPhotos.contains(side)
                                ? words.photoSaved(language)
                                : model.choseFiles ? words.choosePhotoAgain(language) : words.photoHint(language)
                            Components.field(
                                id: field.rawValue, label: words.cardPhoto(side)(language), type: "file", name: field.rawValue,
                                autocomplete: "off", error: error(field), hint: hint, required: false,
                                extra: [Attribute("accept", photoTypes)])
                        }
                    }
                    button(.type("submit"), .class("primary")) { words.saveAndContinue(language) }
                }
            }
        }
    }
}
