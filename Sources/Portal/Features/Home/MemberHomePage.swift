import PortalCore
import PortalHTML

/// A member's home: each patient they may see today, with name, age and kind of access.
enum MemberHomePage {
    struct PatientCard: Sendable {
        var name: String
        var age: Int
        var access: AccessDescription
        var link: String
        var nextAppointment: String? = nil
        var appointmentsLink: String? = nil
        /// The next visit's online check-in, while it is open.
        var checkInLink: String? = nil
    }

    struct EndedCard: Sendable {
        var name: String
        var message: LocalizedText
    }

    struct Model: Sendable {
        var firstName: String
        var patients: [PatientCard]
        /// Patients turning 18 within thirty days, and what that changes for this member.
        var notices: [LocalizedText] = []
        /// Adult children whose record this member no longer sees, and why.
        var ended: [EndedCard] = []
        /// Conversations with something unread, counting only threads this member may read.
        var unreadMessages: Int = 0
        var canWrite: Bool = false
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.home.memberTitle(language), context: context) {
            h1 { Strings.home.memberTitle(language) }
            for notice in model.notices {
                div(.class("notice")) { p { notice(language) } }
            }
            section(Attribute("aria-labelledby", "patients-heading")) {
                h2(.id("patients-heading")) { Strings.home.patientsHeading(language) }
                if model.patients.isEmpty && model.ended.isEmpty {
                    p { Strings.home.noPatients(language) }
                } else {
                    ul(.class("cards patients")) {
                        for card in model.patients {
                            li(.class("card")) {
                                h3 { a(.href(card.link)) { card.name } }
                                p(.class("age")) { Strings.home.age(card.age)(language) }
                                p(.class("access")) { card.access.summary(language) }
                                if let appointments = card.appointmentsLink {
                                    p {
                                        a(.href(appointments)) {
                                            card.nextAppointment.map { Strings.home.nextAppointment($0)(language) }
                                                ?? Strings.appointments.title(language)
                                        }
                                    }
                                }
                                if let checkIn = card.checkInLink {
                                    p { a(.href(checkIn), .class("button secondary")) { Strings.checkIn.offer(language) } }
                                }
                            }
                        }
                        for ended in model.ended {
                            li(.class("card ended")) {
                                h3 { ended.name }
                                p { ended.message(language) }
                            }
                        }
                    }
                }
            }
            section(Attribute("aria-labelledby", "messages-heading")) {
                h2(.id("messages-heading")) { Strings.messaging.inboxTitle(language) }
                p {
                    a(.href(Routes.messages())) {
                        model.unreadMessages > 0
                            ? Strings.messaging.unreadCount(model.unreadMessages)(language)
                            : Strings.messaging.openInbox(language)
                    }
                }
                if model.canWrite { p { a(.href(Routes.messagesNew()), .class("button")) { Strings.messaging.write(language) } } }
            }
        }
    }
}
