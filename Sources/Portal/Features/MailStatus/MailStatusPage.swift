import Foundation
import PortalCore
import PortalHTML

/// Undelivered e-mail for administrators, newest first.
enum MailStatusPage {
    struct Row: Sendable {
        var id: UUID
        var recipient: String
        var subject: String
        var queued: String
        var attempts: Int
        var lastError: String
        var failed: Bool
        var nextAttempt: String
    }

    struct Model: Sendable {
        var rows: [Row]
        var waiting: Int
        var notice: LocalizedText?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.mailStatus
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            if let notice = model.notice { div(.class("notice"), .role("status")) { p { notice(language) } } }
            p(.class("lead")) { words.intro(model.waiting)(language) }
            if model.rows.isEmpty {
                p { words.allDelivered(language) }
            } else {
                ul(.class("item-list")) {
                    for row in model.rows {
                        li {
                            p {
                                strong { row.subject }
                                " · "
                                row.recipient
                            }
                            dl(.class("facts")) {
                                dt { words.queued(language) }
                                dd { row.queued }
                                dt { words.attempts(language) }
                                dd { String(row.attempts) }
                                dt { words.lastError(language) }
                                dd { row.lastError }
                                dt { words.state(language) }
                                dd { row.failed ? words.gaveUp(language) : words.retrying(row.nextAttempt)(language) }
                            }
                            if row.failed {
                                form(.method("post"), .action(Routes.staffMail() + "/\(row.id.uuidString.lowercased())/retry")) {
                                    Components.csrfField(context)
                                    button(.type("submit")) { words.sendAgain(language) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
