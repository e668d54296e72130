import Foundation
import PortalCore
import PortalHTML

/// A new message to a care team or to HIM about one patient, with the emergency warning
/// and when to expect a reply from each team.
enum ComposePage {
    struct Recipient: Sendable {
        var id: UUID
        var name: String
        var isHIM: Bool
        var promise: LocalizedText
    }

    struct Problems: Sendable {
        var recipient: LocalizedText?
        var subject: LocalizedText?
        var body: LocalizedText?
        var attachments: LocalizedText?
        var isEmpty: Bool { recipient == nil && subject == nil && body == nil && attachments == nil }
    }

    struct Model: Sendable {
        var patientName: String
        var action: String
        var backLink: String
        var recipients: [Recipient]
        var selected: String
        var subject: String
        var body: String
        var submissionKey: String
        var audienceNote: LocalizedText
        var notice: LocalizedText? = nil
        var problems = Problems()
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.messaging
        let title = words.composeTitle(model.patientName)(language)
        return Layout.page(title: title, context: context) {
            p(.class("breadcrumb")) { a(.href(model.backLink)) { words.backToInbox(language) } }
            h1 { title }
            EmergencyBanner.render(language)
            if let notice = model.notice { Components.alert(notice(language)) }
            if !model.problems.isEmpty && model.notice == nil { Components.alert(words.fixBelow(language)) }
            form(.method("post"), .action(model.action), .class("compose"), Attribute("enctype", "multipart/form-data")) {
                Components.csrfField(context)
                input(.type("hidden"), .name("key"), .value(model.submissionKey))
                fieldset(.class(model.problems.recipient == nil ? "field" : "field has-error")) {
                    legend { words.recipient(language) }
                    p(.id("recipient-hint"), .class("hint")) { words.recipientHint(language) }
                    if let problem = model.problems.recipient {
                        p(.id("recipient-error"), .class("error-text")) { problem(language) }
                    }
                    if model.recipients.allSatisfy(\.isHIM) { p { words.noRecipients(language) } }
                    for recipient in model.recipients {
                        let value = recipient.id.uuidString.lowercased()
                        let id = "to-\(value)"
                        div(.class("choice")) {
                            input(
                                .type("radio"), .id(id), .name("to"), .value(value), .required,
                                (model.selected == value || model.recipients.count == 1) ? Attribute("checked", nil) : nil)
                            label(.for(id)) {
                                strong { recipient.isHIM ? words.himOption(language) : recipient.name }
                                br()
                                span(.class("hint")) { recipient.promise(language) }
                            }
                        }
                    }
                }
                Components.field(
                    id: "subject", label: words.subject(language), type: "text", name: "subject", value: model.subject,
                    autocomplete: "off", error: model.problems.subject?(language),
                    extra: [.maxlength(MessageText.subjectLimit)])
                MessageBox.render(
                    id: "body", label: words.message(language), text: model.body, error: model.problems.body?(language),
                    language: language)
                AttachmentField.render(error: model.problems.attachments?(language), language: language)
                p(.class("hint")) { model.audienceNote(language) }
                button(.type("submit")) { words.send(language) }
            }
        }
    }
}

/// The warning at the top of every page where a family writes to the care team.
enum EmergencyBanner {
    static func render(_ language: Language) -> Node {
        section(.class("card emergency-banner"), .role("note"), Attribute("aria-labelledby", "emergency-heading")) {
            h2(.id("emergency-heading")) { Strings.messaging.emergencyHeading(language) }
            p { Strings.messaging.emergency(language) }
        }
    }
}

/// The text box for a message, with its limit and its error tied to it.
enum MessageBox {
    static func render(id: String, label labelText: String, text: String, error: String?, language: Language) -> Node {
        let describedBy = ["\(id)-hint", error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
        return div(.class(error == nil ? "field" : "field has-error")) {
            label(.for(id)) { labelText }
            p(.id("\(id)-hint"), .class("hint")) { Strings.messaging.messageHint(language) }
            if let error { p(.id("\(id)-error"), .class("error-text")) { error } }
            textarea(
                .id(id), .name("body"), .required, Attribute("rows", "8"), .maxlength(MessageText.bodyLimit),
                .ariaInvalid(error != nil), .ariaDescribedBy(describedBy)
            ) {
                text
            }
        }
    }
}

/// The file picker of a message, with its limits and its error tied to it.
enum AttachmentField {
    static func render(error: String?, language: Language) -> Node {
        let describedBy = ["attachments-hint", error.map { _ in "attachments-error" }].compactMap { $0 }.joined(separator: " ")
        return div(.class(error == nil ? "field" : "field has-error")) {
            label(.for("attachments")) { Strings.messaging.attachments(language) }
            p(.id("attachments-hint"), .class("hint")) { Strings.messaging.attachmentsHint(language) }
            if let error { p(.id("attachments-error"), .class("error-text")) { error } }
            input(
                .type("file"), .id("attachments"), .name("attachments[]"), Attribute("multiple", nil),
                Attribute("accept", "image/jpeg,image/png,image/heic,application/pdf"), .ariaInvalid(error != nil),
                .ariaDescribedBy(describedBy), Attribute("data-max-bytes", String(UploadedFileKind.maxBytes)),
                Attribute("data-max-files", String(MessageAttachments.maxFiles)),
                Attribute("data-too-big", Strings.messaging.eachFileLimit(language)),
                Attribute("data-too-many", Strings.messaging.fileCountLimit(language)))
        }
    }
}
