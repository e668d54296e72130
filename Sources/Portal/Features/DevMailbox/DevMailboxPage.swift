import PortalCore
import PortalHTML

/// The development mailbox: newest message first, each with its links made clickable.
enum DevMailboxPage {
    struct Message: Sendable {
        var to: String
        var subject: String
        var date: String
        var body: String
        /// Paths on this portal found in the body.
        var links: [String]
    }

    static func render(_ messages: [Message], context: PageContext) -> Node {
        let language = context.language
        let words = Strings.devMailbox
        return Layout.page(title: words.title(language), context: context) {
            h1 { words.title(language) }
            p { words.intro(language) }
            if messages.isEmpty {
                p { words.empty(language) }
            } else {
                ul(.class("item-list mailbox")) {
                    for message in messages {
                        li {
                            article {
                                h2 { message.subject }
                                dl(.class("facts")) {
                                    dt { words.to(language) }
                                    dd { message.to }
                                    dt { words.date(language) }
                                    dd { message.date }
                                }
                                for link in message.links {
                                    p { a(.href(link)) { words.openLink(language) } }
                                }
                                details {
                                    summary { words.showText(language) }
                                    pre(.class("mail-body")) { message.body }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
