import Fluent
import Foundation
import PortalCore
import Testing

@testable import Portal

/// Secure messaging end to end through the portal's routes: who reads which thread, sending
/// once, the care team's inbox, and the answers to bad input.
@Suite("Messaging with the care team")
struct MessagingTests {
    struct Clinic {
        let teen: Patient
        let parent: Member
        let own: Member
        let team: CareTeam
        let him: CareTeam
        let clinician: StaffUser
    }

    static func clinic(_ world: TestWorld, teenYears: Int = 14, daysAgo: Int = 100) async throws -> Clinic {
        let teen = try await Fixtures.patient(world, name: "Mateo Garcia", bornYearsAgo: teenYears, daysAgo: daysAgo)
        let parent = try await Fixtures.member(world, email: "maria@example.org", name: "Maria Garcia")
        let own = try await Fixtures.member(world, email: "mateo@example.org", name: "Mateo Garcia")
        try await Fixtures.grant(world, parent, teen)
        try await Fixtures.grant(world, own, teen, .`self`)
        let team = try await Fixtures.careTeam(world, "Adolescent Medicine", days: 2)
        let him = try await Fixtures.careTeam(world, "Health Information Management", kind: .him, days: 3)
        try await PatientCareTeam(patientID: teen.id!, careTeamID: team.id!).create(on: world.app.db)
        let clinician = try await Fixtures.staff(world, role: .clinician, email: "dr.lee@example.org")
        try await CareTeamStaff(careTeamID: team.id!, staffID: clinician.id!).create(on: world.app.db)
        return Clinic(teen: teen, parent: parent, own: own, team: team, him: him, clinician: clinician)
    }

    /// The submission key the last form on a page carries.
    static func key(in html: String) -> String? {
        guard let range = html.range(of: "name=\"key\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Opens the compose page and sends a new thread; returns the response to the POST.
    @discardableResult
    static func start(
        _ browser: Browser, _ clinic: Clinic, subject: String, body: String, to careTeam: CareTeam? = nil
    ) async throws -> Browser.Page {
        let compose = try await browser.get(Routes.patientCompose(clinic.teen.ref))
        #expect(compose.status == .ok)
        return try await browser.post(
            Routes.patientMessages(clinic.teen.ref),
            [
                "to": (careTeam ?? clinic.team).id!.uuidString.lowercased(), "subject": subject, "body": body,
                "key": try #require(key(in: compose.body)),
            ])
    }

    static func thread(_ world: TestWorld, subject: String) async throws -> MessageThread {
        try #require(try await MessageThread.query(on: world.app.db).filter(\.$subject == subject).first())
    }

    @Test(
        "A teen's thread is theirs and the care team's; a parent's is the parents'; neither leaks into the other's inbox, counts or notices"
    )
    func whoReadsWhat() async throws {
        try await withTestApp { world in
            let clinic = try await Self.clinic(world)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.own.email)
            let sent = try await Self.start(teen, clinic, subject: "Question about my visit", body: "Can we talk privately?")
            #expect(sent.status == .seeOther)
            let teenThread = try await Self.thread(world, subject: "Question about my visit")
            #expect(teenThread.audience == .patient && teenThread.waitingSince != nil)
            #expect(sent.location == Routes.patientThread(clinic.teen.ref, teenThread.ref) + "?sent=1")

            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            try await Self.start(parent, clinic, subject: "Refill timing", body: "When should we pick it up?")
            let parentThread = try await Self.thread(world, subject: "Refill timing")
            #expect(parentThread.audience == .proxies)

            for (browser, mine, theirs) in [
                (teen, "Question about my visit", "Refill timing"), (parent, "Refill timing", "Question about my visit"),
            ] {
                let inbox = try await browser.get(Routes.messages())
                #expect(inbox.body.contains(mine) && !inbox.body.contains(theirs))
                let list = try await browser.get(Routes.patientMessages(clinic.teen.ref))
                #expect(list.body.contains(mine) && !list.body.contains(theirs))
            }
            // Searching finds one's own threads by subject or words in a message, never the other's.
            let parentSearch = try await parent.get(Routes.messages() + "?q=PRIVATELY")
            #expect(
                parentSearch.body.contains("No conversation contains those words.") && !parentSearch.body.contains("my visit"))
            #expect(try await parent.get(Routes.messages() + "?q=pick%20it").body.contains("Refill timing"))
            let teenSearch = try await teen.get(Routes.messages() + "?q=privately")
            #expect(teenSearch.body.contains("Question about my visit") && !teenSearch.body.contains("Refill timing"))
            #expect(try await teen.get(Routes.messages() + "?q=%25").body.contains("Question about my visit"))
            // Asking for the other's thread by its id is answered as if it did not exist, and audited.
            let refused = try await parent.get(Routes.patientThread(clinic.teen.ref, teenThread.ref))
            #expect(refused.status == .notFound && !refused.body.contains("privately"))
            let replyRefused = try await parent.post(
                Routes.patientThreadReplies(clinic.teen.ref, teenThread.ref), ["body": "Hi", "key": RandomToken.make()])
            #expect(replyRefused.status == .notFound)
            let denied = try await AuditEvent.query(on: world.app.db).filter(\.$outcome == "denied")
                .filter(\.$action ~~ ["thread.view", "message.sent"]).count()
            #expect(denied == 2)

            // The clinician sees both in the care team, replies to the teen; only the teen is told, without health information.
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinic.clinician)
            let careTeam = try await doctor.get(Routes.careTeamInbox(clinic.team.ref))
            #expect(careTeam.body.contains("Question about my visit") && careTeam.body.contains("Refill timing"))
            let page = try await doctor.get(Routes.patientThread(clinic.teen.ref, teenThread.ref))
            #expect(page.body.contains("Mateo Garcia (the patient)") && page.body.contains("14 years old"))
            #expect(page.body.contains("Read by the patient only, not the parents"))
            let replied = try await doctor.post(
                Routes.patientThreadReplies(clinic.teen.ref, teenThread.ref),
                [
                    "body": "Yes, call us at your convenience.", "key": try #require(Self.key(in: page.body)),
                    "care_team": clinic.team.id!.uuidString.lowercased(),
                ])
            #expect(replied.status == .seeOther)
            // One event per look at the thread and per message, naming the thread.
            let views = try await AuditEvent.query(on: world.app.db).filter(\.$action == "thread.view")
                .filter(\.$outcome == "success").all()
            #expect(views.count == 1 && views.allSatisfy { $0.subject == "thread:\(teenThread.id!.uuidString.lowercased())" })
            let notices = try await OutboxMessage.query(on: world.app.db).filter(\.$dedupeKey =~ "thread-notice:").all()
            #expect(notices.map(\.recipient) == ["mateo@example.org"])
            // The teen's own name greets them; nothing about the care is in it.
            for secret in ["Adolescent", "Medicine", "visit", "privately", "convenience"] {
                #expect(!notices[0].body(world).contains(secret) && !notices[0].subject.contains(secret), "\(secret)")
            }
            // The teen sees the reply and that the care team read their message; the parent's counts do not move.
            let teenView = try await teen.get(Routes.patientThread(clinic.teen.ref, teenThread.ref))
            #expect(teenView.body.contains("Yes, call us") && teenView.body.contains("Read by the care team"))
            let parentInbox = try await parent.get(Routes.messages())
            #expect(!parentInbox.body.contains("unread conversation"))
        }
    }

    @Test("Sending the same form twice, or after a reload, makes one message")
    func idempotent() async throws {
        try await withTestApp { world in
            let clinic = try await Self.clinic(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let compose = try await parent.get(Routes.patientCompose(clinic.teen.ref))
            let fields = [
                "to": clinic.team.id!.uuidString.lowercased(), "subject": "Rash", "body": "It is spreading.",
                "key": try #require(Self.key(in: compose.body)),
            ]
            let first = try await parent.post(Routes.patientMessages(clinic.teen.ref), fields)
            let second = try await parent.post(Routes.patientMessages(clinic.teen.ref), fields)
            #expect(first.status == .seeOther && second.location == first.location)
            #expect(try await MessageThread.query(on: world.app.db).count() == 1)
            #expect(try await ThreadMessage.query(on: world.app.db).count() == 1)

            let thread = try await Self.thread(world, subject: "Rash")
            let page = try await parent.get(Routes.patientThread(clinic.teen.ref, thread.ref))
            let reply = ["body": "Photo attached later.", "key": try #require(Self.key(in: page.body))]
            for _ in 0..<3 {
                #expect(
                    try await parent.post(Routes.patientThreadReplies(clinic.teen.ref, thread.ref), reply).status == .seeOther)
            }
            #expect(try await ThreadMessage.query(on: world.app.db).count() == 2)
            #expect(try await MessageThread.find(thread.id!, on: world.app.db)?.messageCount == 2)
            // A key someone else used is refused, not attached to their thread.
            let other = Browser(world)
            try await other.signIn(email: clinic.own.email)
            try await other.get(Routes.patientMessages(clinic.teen.ref))
            let stolen = try await other.post(
                Routes.patientMessages(clinic.teen.ref),
                ["to": clinic.team.id!.uuidString.lowercased(), "subject": "x", "body": "y", "key": fields["key"]!])
            #expect(stolen.status == .badRequest)
        }
    }

    @Test("Twenty tabs open an answered thread at the same moment: each is answered, and the parent has read it once")
    func simultaneousOpens() async throws {
        try await withTestApp { world in
            let clinic = try await Self.clinic(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            try await Self.start(parent, clinic, subject: "Rash", body: "It is spreading.")
            let thread = try await Self.thread(world, subject: "Rash")
            world.advance(600)
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinic.clinician)
            let page = try await doctor.get(Routes.patientThread(clinic.teen.ref, thread.ref))
            let replied = try await doctor.post(
                Routes.patientThreadReplies(clinic.teen.ref, thread.ref),
                [
                    "body": "Please send a photo.", "key": try #require(Self.key(in: page.body)),
                    "care_team": clinic.team.id!.uuidString.lowercased(),
                ])
            #expect(replied.status == .seeOther)
            #expect(try await parent.get(Routes.messages()).body.contains("1 unread conversation"))

            let tabs = (0..<20).map { _ in parent.newTab() }
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for tab in tabs {
                    group.addTask { try await tab.get(Routes.patientThread(clinic.teen.ref, thread.ref)).status.code }
                }
                return try await group.reduce(into: [UInt]()) { $0.append($1) }
            }
            #expect(statuses.count == 20 && statuses.allSatisfy { $0 == 200 })
            let readings = try await ThreadRead.query(on: world.app.db).filter(\.$threadID == thread.id!)
                .filter(\.$memberID == clinic.parent.id!).count()
            #expect(readings == 1)
            #expect(!(try await parent.get(Routes.messages()).body.contains("unread conversation")))
        }
    }

    @Test("Bad input is answered with a clear message and what was typed is kept")
    func badInput() async throws {
        try await withTestApp { world in
            let clinic = try await Self.clinic(world)
            let stranger = try await Fixtures.careTeam(world, "Cardiology", days: 2)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let empty = try await Self.start(parent, clinic, subject: "  ", body: "Typed with care")
            #expect(
                empty.status == .unprocessableEntity && empty.body.contains("Write a subject.")
                    && empty.body.contains("Typed with care"))
            let long = try await Self.start(parent, clinic, subject: "Long", body: String(repeating: "a", count: 10_001))
            #expect(long.status == .unprocessableEntity && long.body.contains("at most 10,000 characters"))
            let wrongTeam = try await Self.start(parent, clinic, subject: "Heart", body: "Question", to: stranger)
            #expect(
                wrongTeam.status == .unprocessableEntity && wrongTeam.body.contains("does not take messages about this patient"))
            let badKey = try await parent.post(
                Routes.patientMessages(clinic.teen.ref),
                ["to": clinic.team.id!.uuidString.lowercased(), "subject": "s", "body": "b", "key": "short"])
            #expect(badKey.status == .badRequest)
            #expect(try await MessageThread.query(on: world.app.db).count() == 0)

            // Markup is kept as typed and shown as text.
            try await Self.start(parent, clinic, subject: "<b>Bold</b>", body: "<script>alert('x')</script>")
            let thread = try await Self.thread(world, subject: "<b>Bold</b>")
            let page = try await parent.get(Routes.patientThread(clinic.teen.ref, thread.ref))
            #expect(page.body.contains("&lt;script&gt;alert") && !page.body.contains("<script>alert"))
            #expect(page.body.contains("&lt;b&gt;Bold"))

            // The care team closes it while the parent types: nothing is lost, the text moves to a new message.
            let key = try #require(Self.key(in: page.body))
            thread.status = .done
            try await thread.save(on: world.app.db)
            let late = try await parent.post(
                Routes.patientThreadReplies(clinic.teen.ref, thread.ref), ["body": "One more thing", "key": key])
            #expect(
                late.status == .conflict && late.body.contains("One more thing") && late.body.contains("closed this conversation")
            )
            #expect(try await ThreadMessage.query(on: world.app.db).count() == 1)
        }
    }

    @Test("The careTeam lists open threads longest-waiting first, counts business days and flags late ones")
    func careTeamInbox() async throws {
        try await withTestApp { world in
            let clinic = try await Self.clinic(world)
            // Monday 2026-11-16, Friday 2026-11-20 and Tuesday 2026-11-24 (today) at 9:00.
            let zone = world.config.hospitalTimeZone
            for (subject, day) in [("Newest", "2026-11-24"), ("Oldest", "2026-11-16"), ("Middle", "2026-11-20")] {
                let at = LocalDate(iso: day)!.startOfDay(in: zone).addingTimeInterval(9 * 3600)
                let thread = MessageThread(
                    patientID: clinic.teen.id!, careTeamID: clinic.team.id!, subject: subject, audience: .proxies,
                    startedBy: clinic.parent.id!, at: at)
                try await thread.create(on: world.app.db)
            }
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinic.clinician)
            let careTeam = try await doctor.get(Routes.careTeamInbox(clinic.team.ref)).body
            let order = ["Oldest", "Middle", "Newest"].compactMap { careTeam.range(of: $0)?.lowerBound }
            #expect(order.count == 3 && order == order.sorted())
            #expect(
                careTeam.contains("6 business days") && careTeam.contains("2 business days")
                    && careTeam.contains("Less than 1 business day"))
            #expect(careTeam.components(separatedBy: "Past response time").count - 1 == 1)
            let careTeams = try await doctor.get(Routes.staffInbox()).body
            #expect(careTeams.contains("3 waiting, 1 late"))
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "pool_inbox.view").count() == 1)

            // A scheduler reads no inbox; a clinician outside the care team may not open it.
            let outsider = try await Fixtures.staff(world, role: .clinician, email: "other@example.org")
            let other = Browser(world)
            try await SecondFactorTests.signInStaff(other, world, outsider)
            #expect(try await other.get(Routes.careTeamInbox(clinic.team.ref)).status == .forbidden)
            // Outside the care team, a clinician is asked to break the glass; then reads the thread
            // (and may restrict it) but does not work it.
            let oldest = try await Self.thread(world, subject: "Oldest")
            let glass = try await other.get(Routes.patientThread(clinic.teen.ref, oldest.ref))
            #expect(glass.status == .forbidden && glass.body.contains("This patient is not in your care teams"))
            #expect(!glass.body.contains("Oldest"))
            #expect(
                try await other.post(
                    Routes.patientBreakTheGlass(clinic.teen.ref),
                    [
                        "reason": "referral_or_consult", "explanation": "Asked to advise on this question",
                        "return": Routes.patientThread(clinic.teen.ref, oldest.ref),
                    ]
                ).location == Routes.patientThread(clinic.teen.ref, oldest.ref))
            let outsiderView = try await other.get(Routes.patientThread(clinic.teen.ref, oldest.ref))
            #expect(outsiderView.status == .ok && outsiderView.body.contains("Restrict thread"))
            #expect(!outsiderView.body.contains("Mark done") && !outsiderView.body.contains("Send reply"))
        }
    }

    @Test("A clinician restricts a parent's thread, and it leaves every parent's view; HIM cannot restrict")
    func restriction() async throws {
        try await withTestApp { world in
            let clinic = try await Self.clinic(world, teenYears: 8)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            try await Self.start(parent, clinic, subject: "Worried about home", body: "Details")
            let thread = try await Self.thread(world, subject: "Worried about home")
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinic.clinician)
            try await doctor.get(Routes.patientThread(clinic.teen.ref, thread.ref))
            let noReason = try await doctor.post(
                Routes.patientThreadActions(clinic.teen.ref, thread.ref), ["action": "restrict", "reason": "  "])
            #expect(noReason.status == .unprocessableEntity && noReason.body.contains("Give a reason of at most 500 characters"))
            let strangerAssigned = try await doctor.post(
                Routes.patientThreadActions(clinic.teen.ref, thread.ref), ["action": "assign", "staff": UUID().uuidString])
            #expect(
                strangerAssigned.status == .unprocessableEntity && strangerAssigned.body.contains("That change cannot be made"))
            let restricted = try await doctor.post(
                Routes.patientThreadActions(clinic.teen.ref, thread.ref), ["action": "restrict", "reason": "Safeguarding"])
            #expect(restricted.status == .seeOther)
            #expect(!(try await parent.get(Routes.messages())).body.contains("Worried about home"))
            #expect(try await parent.get(Routes.patientThread(clinic.teen.ref, thread.ref)).status == .notFound)

            let himStaff = try await Fixtures.staff(world, role: .him, email: "him@example.org")
            let him = Browser(world)
            try await SecondFactorTests.signInStaff(him, world, himStaff)
            try await him.get(Routes.patientThread(clinic.teen.ref, thread.ref))
            let refused = try await him.post(Routes.patientThreadActions(clinic.teen.ref, thread.ref), ["action": "unrestrict"])
            #expect(refused.status == .forbidden)
            #expect(try await MessageThread.find(thread.id!, on: world.app.db)?.restrictedAt != nil)
        }
    }

    @Test("On the 18th birthday the parents' threads leave the parents' view and do not pass to the adult; staff keep them")
    func turningEighteen() async throws {
        try await withTestApp { world in
            let clinic = try await Self.clinic(world, teenYears: 18, daysAgo: -1)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            try await Self.start(parent, clinic, subject: "Before the birthday", body: "Question")
            let thread = try await Self.thread(world, subject: "Before the birthday")
            world.advance(2 * 86_400)
            try await parent.signIn(email: clinic.parent.email)
            #expect(try await parent.get(Routes.patientThread(clinic.teen.ref, thread.ref)).status == .notFound)
            let adult = Browser(world)
            try await adult.signIn(email: clinic.own.email)
            #expect(!(try await adult.get(Routes.messages())).body.contains("Before the birthday"))
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinic.clinician)
            #expect(try await doctor.get(Routes.patientThread(clinic.teen.ref, thread.ref)).status == .ok)
        }
    }

    @Test("Several replies in a few minutes send one notice; staff moving a thread while a colleague types loses nothing")
    func noticesAndMoves() async throws {
        try await withTestApp { world in
            let clinic = try await Self.clinic(world, teenYears: 6)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            try await Self.start(parent, clinic, subject: "Fever", body: "Since last night")
            let thread = try await Self.thread(world, subject: "Fever")
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinic.clinician)
            for text in ["First answer", "Second answer", "Third answer"] {
                let page = try await doctor.get(Routes.patientThread(clinic.teen.ref, thread.ref))
                let sent = try await doctor.post(
                    Routes.patientThreadReplies(clinic.teen.ref, thread.ref),
                    [
                        "body": text, "key": try #require(Self.key(in: page.body)),
                        "care_team": clinic.team.id!.uuidString.lowercased(),
                    ])
                #expect(sent.status == .seeOther)
            }
            #expect(try await OutboxMessage.notices(world).filter(\.$recipient == "maria@example.org").count() == 1)
            #expect(try await MessageThread.find(thread.id!, on: world.app.db)?.waitingSince == nil)

            let page = try await doctor.get(Routes.patientThread(clinic.teen.ref, thread.ref))
            // Sent within one instant, the messages still read in the order they were sent.
            let order = ["Since last night", "First answer", "Second answer", "Third answer"].compactMap {
                page.body.range(of: $0)?.lowerBound
            }
            #expect(order.count == 4 && order == order.sorted())
            let key = try #require(Self.key(in: page.body))
            // Only to the patient's own care teams or HIM: a team with no part in their care is refused.
            let elsewhere = try await Fixtures.careTeam(world, "Cardiology", days: 2)
            let refusedMove = try await doctor.post(
                Routes.patientThreadActions(clinic.teen.ref, thread.ref),
                ["action": "move", "care_team": elsewhere.id!.uuidString.lowercased()])
            #expect(refusedMove.status != .seeOther)
            #expect(try await MessageThread.find(thread.id!, on: world.app.db)?.$careTeam.id == clinic.team.id)
            let moved = try await doctor.post(
                Routes.patientThreadActions(clinic.teen.ref, thread.ref),
                ["action": "move", "care_team": clinic.him.id!.uuidString.lowercased()])
            #expect(moved.status == .seeOther)
            let stale = try await doctor.post(
                Routes.patientThreadReplies(clinic.teen.ref, thread.ref),
                ["body": "Typed before the move", "key": key, "care_team": clinic.team.id!.uuidString.lowercased()])
            #expect(stale.status == .forbidden || stale.status == .conflict)
            #expect(stale.body.contains("Typed before the move"))
            #expect(try await ThreadMessage.query(on: world.app.db).filter(\.$body == "Typed before the move").count() == 0)
        }
    }

    @Test("A careTeam's saved replies fill the reply box with the patient's first name, for that careTeam's threads only")
    func savedReplies() async throws {
        try await withTestApp { world in
            let clinic = try await Self.clinic(world, teenYears: 9)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            try await Self.start(parent, clinic, subject: "Lab question", body: "Are the results back?")
            let thread = try await Self.thread(world, subject: "Lab question")
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinic.clinician)
            let list = try await doctor.get(Routes.staffSavedReplies(clinic.team.ref))
            #expect(list.status == .ok && list.body.contains("No saved replies yet."))
            let refused = try await doctor.post(Routes.staffSavedReplies(clinic.team.ref), ["title": " ", "body": "Kept text"])
            #expect(refused.status == .unprocessableEntity && refused.body.contains("Kept text"))
            let added = try await doctor.post(
                Routes.staffSavedReplies(clinic.team.ref),
                ["title": "Results normal", "body": "Hi, {first_name}'s results are normal. No action is needed."])
            #expect(added.status == .seeOther)
            let saved = try #require(try await SavedReply.query(on: world.app.db).first())

            let page = try await doctor.get(Routes.patientThread(clinic.teen.ref, thread.ref))
            #expect(page.body.contains("Saved replies") && page.body.contains("Results normal"))
            let filled = try await doctor.get(
                Routes.patientThread(clinic.teen.ref, thread.ref).query(["saved": saved.id!.uuidString.lowercased()]))
            #expect(
                filled.body.contains("Hi, Mateo&#39;s results are normal.")
                    || filled.body.contains("Hi, Mateo's results are normal."))
            // A family member cannot use the link to read the care team's texts.
            let asParent = try await parent.get(
                Routes.patientThread(clinic.teen.ref, thread.ref).query(["saved": saved.id!.uuidString.lowercased()]))
            #expect(asParent.status == .ok && !asParent.body.contains("results are normal"))
            #expect(try await parent.get(Routes.staffSavedReplies(clinic.team.ref)).status != .ok)

            // Another care team's member neither sees nor uses them.
            let other = try await Fixtures.careTeam(world, "Cardiology", days: 2)
            saved.$careTeam.id = other.id!
            try await saved.save(on: world.app.db)
            let elsewhere = try await doctor.get(
                Routes.patientThread(clinic.teen.ref, thread.ref).query(["saved": saved.id!.uuidString.lowercased()]))
            #expect(!elsewhere.body.contains("results are normal"))
            #expect(try await doctor.get(Routes.staffSavedReplies(other.ref)).status == .forbidden)

            saved.$careTeam.id = clinic.team.id!
            try await saved.save(on: world.app.db)
            let deleted = try await doctor.post(Routes.staffSavedReplyDelete(clinic.team.ref, saved.ref), [:])
            #expect(deleted.status == .seeOther)
            #expect(try await SavedReply.query(on: world.app.db).count() == 0)
        }
    }

    @Test("A long careTeam inbox pages 50 at a time: every waiting thread, then the answered ones, each once")
    func careTeamPages() async throws {
        try await withTestApp { world in
            let clinic = try await Self.clinic(world, teenYears: 6)
            for n in 0..<57 {
                let thread = MessageThread(
                    patientID: clinic.teen.id!, careTeamID: clinic.team.id!, subject: "Thread \(n)-end", audience: .proxies,
                    startedBy: clinic.parent.id!, at: world.now.addingTimeInterval(Double(n - 100) * 3600))
                if n >= 52 { thread.waitingSince = nil }
                try await thread.create(on: world.app.db)
            }
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinic.clinician)
            let first = try await doctor.get(Routes.careTeamInbox(clinic.team.ref)).body
            let second = try await doctor.get(Routes.careTeamInbox(clinic.team.ref).query(["page": "2"])).body
            #expect(first.contains("Page 1 of 2") && first.contains("rel=\"next\"") && second.contains("rel=\"prev\""))
            let subjects = { (page: String) in
                page.components(separatedBy: "Thread ").dropFirst().map { String($0.prefix { $0 != "-" }) }
            }
            #expect(subjects(first) == (0..<50).map(String.init))
            #expect(subjects(second) == ["50", "51", "56", "55", "54", "53", "52"])
        }
    }
}
