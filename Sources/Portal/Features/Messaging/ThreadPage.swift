import Foundation
import PortalCore
import PortalHTML

/// One conversation: its messages oldest first, who wrote each and when, whether the care
/// team has read the family's messages, and the reply box. Staff also get the patient
/// banner, the thread's controls and the patient's active medicines and allergies.
enum ThreadPage {
    struct Entry: Sendable {
        var author: String
        var isFromCareTeam: Bool
        var time: String
        var body: String
        var readNote: LocalizedText?
        var attachments: [(name: LocalizedText, link: String)] = []
    }

    struct Reply: Sendable {
        var action: String
        var submissionKey: String
        var text: String
        var error: LocalizedText?
        var attachmentError: LocalizedText? = nil
        /// The care team the thread was in when the staff form was drawn.
        var careTeamID: String?
        var savedReplies: [(title: String, link: String)] = []
    }

    struct Model: Sendable {
        var subject: String
        var patientName: String
        var teamName: String
        var backLink: String
        var isClosed: Bool
        var restrictedBecause: String?
        var entries: [Entry]
        var flash: LocalizedText?
        var problem: LocalizedText?
        var reply: Reply?
        /// What the viewer typed when the reply could not be sent and no reply box is shown.
        var unsentText: String? = nil
        var newMessageLink: String?
        var staff: StaffPanel.Model?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.messaging
        return Layout.page(title: model.subject, context: context) {
            p(.class("breadcrumb")) { a(.href(model.backLink)) { words.backToInbox(language) } }
            if let flash = model.flash { div(.class("notice"), .role("status")) { p { flash(language) } } }
            if let problem = model.problem { Components.alert(problem(language)) }
            if let staff = model.staff { StaffPanel.banner(staff, language: language) }
            h1 { model.subject }
            p(.class("item-meta")) {
                [words.about(model.patientName)(language), "\(words.with(language)): \(model.teamName)"].joined(separator: " · ")
                if model.isClosed {
                    " "
                    span(.class("tag")) { words.closed(language) }
                }
            }
            if let reason = model.restrictedBecause {
                p(.class("tag restricted")) { Strings.careTeamInbox.restrictedBecause(reason)(language) }
            }
            div(.class(model.staff == nil ? "thread" : "thread with-aside")) {
                ol(.class("messages")) {
                    for entry in model.entries {
                        li(.class(entry.isFromCareTeam ? "message from-team" : "message from-family")) {
                            p(.class("message-meta")) {
                                strong { entry.author }
                                " · "
                                entry.time
                            }
                            div(.class("message-body")) { entry.body }
                            if !entry.attachments.isEmpty {
                                ul(.class("attachments")) {
                                    for file in entry.attachments { li { a(.href(file.link)) { file.name(language) } } }
                                }
                            }
                            if let note = entry.readNote { p(.class("hint")) { note(language) } }
                        }
                    }
                }
                if let staff = model.staff { StaffPanel.aside(staff, language: language) }
            }
            if model.isClosed && model.staff == nil {
                p { words.threadClosed(language) }
            }
            if let link = model.newMessageLink { p { a(.href(link), .class("button")) { words.startNew(language) } } }
            if let reply = model.reply { replyForm(reply, model: model, context: context) }
            if let unsent = model.unsentText, model.reply == nil {
                label(.for("unsent")) { Strings.messaging.yourUnsentText(language) }
                textarea(.id("unsent"), Attribute("readonly", nil), Attribute("rows", "6")) { unsent }
            }
            if let staff = model.staff { StaffPanel.controls(staff, context: context) }
        }
    }

    private static func replyForm(_ reply: Reply, model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.messaging
        return section(.class("card reply"), Attribute("aria-labelledby", "reply-heading")) {
            h2(.id("reply-heading")) { words.reply(language) }
            if model.staff == nil { EmergencyBanner.render(language) }
            if !reply.savedReplies.isEmpty {
                details(.class("saved-replies")) {
                    summary { Strings.careTeamInbox.savedReplies(language) }
                    ul { for saved in reply.savedReplies { li { a(.href(saved.link)) { saved.title } } } }
                }
            }
            form(.method("post"), .action(reply.action), Attribute("enctype", "multipart/form-data")) {
                Components.csrfField(context)
                input(.type("hidden"), .name("key"), .value(reply.submissionKey))
                if let careTeam = reply.careTeamID { input(.type("hidden"), .name("care_team"), .value(careTeam)) }
                MessageBox.render(
                    id: "body", label: words.yourReply(language), text: reply.text, error: reply.error?(language),
                    language: language)
                AttachmentField.render(error: reply.attachmentError?(language), language: language)
                button(.type("submit")) { words.sendReply(language) }
            }
        }
    }

    /// A staff reply to a thread that left the writer's care teams while they typed: the text
    /// they wrote, to copy, and where to go; the thread itself is no longer theirs to see.
    static func movedAway(text: String, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.careTeamInbox.movedWhileTyping(language), context: context) {
            Components.alert(Strings.careTeamInbox.movedWhileTyping(language))
            div(.class("field")) {
                label(.for("unsent-reply")) { Strings.messaging.yourUnsentReply(language) }
                textarea(.id("unsent-reply"), Attribute("readonly", nil), Attribute("rows", "6")) { text }
            }
            p { a(.href(Routes.staffInbox())) { Strings.careTeamInbox.title(language) } }
        }
    }
}
