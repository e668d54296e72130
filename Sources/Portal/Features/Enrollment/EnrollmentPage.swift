import PortalCore
import PortalHTML

/// The public form that asks for a portal account, and the page that says it arrived.
enum EnrollmentPage {
    struct Values: Sendable {
        var applicant = ""
        var patientName = ""
        var patientBirthDate = ""
        var patientZIP = ""
        var patientRecordNumber = ""
        var applicantName = ""
        var applicantEmail = ""
        var applicantPhone = ""
        var identificationType = ""
        var submissionKey = ""
    }

    static func render(_ values: Values, problems: EnrollmentProblems?, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.enrollment
        let error = { (field: String) in problems?.message(for: field, language) }
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            p(.class("lead")) { words.intro(language) }
            if problems != nil { Components.alert(words.fixAndResend(language)) }
            form(
                .method("post"), .action(Routes.enroll()), Attribute("enctype", "multipart/form-data"), .class("narrow"),
                Attribute("novalidate", nil)
            ) {
                Components.csrfField(context)
                input(.type("hidden"), .name("submission_key"), .value(values.submissionKey))
                fieldset {
                    legend { words.whoHeading(language) }
                    Components.choice(
                        id: "applicant", label: words.applicant(language), error: error("applicant"),
                        selected: values.applicant, language: language,
                        options: Applicant.allCases.map { ($0.rawValue, words.applicantName($0)) })
                }
                fieldset {
                    legend { words.patientHeading(language) }
                    Components.field(
                        id: "patient_name", label: words.patientName(language), type: "text", name: "patient_name",
                        value: values.patientName, autocomplete: "off", error: error("patient_name"),
                        hint: words.patientNameHint(language), extra: [.maxlength(EnrollmentForm.nameMaxLength)])
                    Components.field(
                        id: "patient_birth_date", label: words.birthDate(language), type: "date", name: "patient_birth_date",
                        value: values.patientBirthDate, autocomplete: "off", error: error("patient_birth_date"),
                        hint: words.birthDateHint(language))
                    Components.field(
                        id: "patient_zip", label: words.zip(language), type: "text", name: "patient_zip",
                        value: values.patientZIP, autocomplete: "postal-code", error: error("patient_zip"),
                        extra: [.inputmode("numeric"), .maxlength(10)])
                    Components.field(
                        id: "patient_record_number", label: words.recordNumber(language), type: "text",
                        name: "patient_record_number", value: values.patientRecordNumber, autocomplete: "off",
                        error: error("patient_record_number"), hint: words.recordNumberHint(language), required: false,
                        extra: [.maxlength(20)])
                }
                fieldset {
                    legend { words.youHeading(language) }
                    Components.field(
                        id: "applicant_name", label: words.yourName(language), type: "text", name: "applicant_name",
                        value: values.applicantName, autocomplete: "name", error: error("applicant_name"),
                        extra: [.maxlength(EnrollmentForm.nameMaxLength)])
                    Components.field(
                        id: "applicant_email", label: words.yourEmail(language), type: "email", name: "applicant_email",
                        value: values.applicantEmail, autocomplete: "email", error: error("applicant_email"),
                        hint: words.emailHint(language), extra: [.maxlength(254)])
                    Components.field(
                        id: "applicant_phone", label: words.yourPhone(language), type: "tel", name: "applicant_phone",
                        value: values.applicantPhone, autocomplete: "tel", error: error("applicant_phone"),
                        extra: [.maxlength(30)])
                }
                fieldset {
                    legend { words.identificationHeading(language) }
                    Components.choice(
                        id: "identification_type", label: words.identificationType(language),
                        error: error("identification_type"), hint: words.identificationHint(language),
                        selected: values.identificationType, language: language,
                        options: IdentificationType.allCases.map { ($0.rawValue, words.identificationName($0)) })
                    Components.field(
                        id: "document", label: words.document(language), type: "file", name: "document", autocomplete: "off",
                        error: error("document"),
                        hint: problems == nil ? words.documentHint(language) : words.documentAgainHint(language),
                        extra: [Attribute("accept", "image/jpeg,image/png,image/heic,application/pdf")])
                }
                p { words.twoBusinessDays(language) }
                button(.type("submit"), .class("primary")) { words.send(language) }
            }
        }
    }

    static func received(context: PageContext, contact: HospitalContact) -> Node {
        let language = context.language
        let words = Strings.enrollment
        return Layout.page(title: words.receivedTitle(language), context: context) {
            h1 { words.receivedTitle(language) }
            div(.class("notice"), .role("status")) { p { words.received(language) } }
            p { words.receivedNext(language) }
            p { words.contactHIM(contact)(language) }
            p { a(.href(Routes.signIn())) { Strings.layout.home(language) } }
        }
    }
}
