import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal

@Suite("HIM's queue of account requests")
struct EnrollmentQueueTests {
    func signedIn(_ world: TestWorld, role: StaffUser.Role = .him) async throws -> Browser {
        let staff = try await Fixtures.staff(world, role: role)
        let browser = Browser(world)
        try await SecondFactorTests.signInStaff(browser, world, staff)
        return browser
    }

    /// Sends the public form as a visitor and returns the saved request.
    func apply(
        _ world: TestWorld, _ fields: [String: String]
    ) async throws -> EnrollmentRequest {
        let sent = try await EnrollmentTests.apply(Browser(world), fields)
        #expect(sent.status == .seeOther)
        return try #require(
            try await EnrollmentRequest.query(on: world.app.db).sort(\.$submittedAt, .descending).first())
    }

    @Test("Oldest first, with business days waited that skip the weekend and Thanksgiving, and a flag past two")
    func waitingTimes() async throws {
        // Thursday, November 19, 2026, noon in Chicago.
        try await withTestApp(startingAt: testStart.addingTimeInterval(-5 * 86_400)) { world in
            let older = try await apply(world, EnrollmentTests.fields(patient: "Older Request", born: "2019-05-02"))
            world.advance(4 * 86_400)  // Monday the 23rd
            _ = try await apply(
                world, EnrollmentTests.fields(patient: "Newer Request", born: "2019-05-02", email: "b@example.org"))
            world.advance(4 * 86_400 + 3600)  // Friday the 27th, after Thanksgiving
            let him = try await signedIn(world)
            let queue = try await him.get(Routes.staffEnrollment())
            #expect(queue.status == .ok)
            let body = queue.body
            let olderAt = try #require(body.range(of: "Older Request")), newerAt = try #require(body.range(of: "Newer Request"))
            #expect(olderAt.lowerBound < newerAt.lowerBound, "oldest first")
            // Thursday the 19th: Fri 20, Mon 23, Tue 24, Wed 25, Fri 27 = 5; Monday the 23rd: Tue, Wed, Fri = 3.
            #expect(body.contains("5 business days") && body.contains("3 business days"))
            #expect(body.components(separatedBy: #"<span class="tag late">Late</span>"#).count == 3)
            #expect(body.contains(Routes.staffEnrollmentRequest(older.ref)))
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "enrollment.queue_view").count() == 1)
        }
    }

    @Test("The identity document is served to HIM only, never cached, and each view is audited")
    func documentOnlyForHIM() async throws {
        try await withTestApp { world in
            let request = try await apply(world, EnrollmentTests.fields(born: "2019-05-02"))
            let path = Routes.staffEnrollmentRequest(request.ref) + "/document"
            let anonymous = try await Browser(world).get(path)
            #expect(anonymous.status == .seeOther && anonymous.bytes.isEmpty)
            let member = Browser(world)
            let account = try await Fixtures.member(world)
            try await member.signIn(email: account.email)
            #expect(try await member.get(path).status != .ok)
            let clinician = try await signedIn(world, role: .clinician)
            #expect(try await clinician.get(path).status == .forbidden)
            #expect(try await clinician.get(Routes.staffEnrollment()).status == .forbidden)

            let him = try await signedIn(world)
            let page = try await him.get(Routes.staffEnrollmentRequest(request.ref))
            #expect(page.status == .ok && page.body.contains("Ana Rivera") && page.body.contains(path))
            let document = try await him.get(path)
            #expect(document.status == .ok && document.bytes.starts(with: [0xFF, 0xD8]))
            #expect(document.headers.first(name: .cacheControl) == "no-store")
            #expect(document.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            let views = try await AuditEvent.query(on: world.app.db).filter(\.$action == "identity_document.view").all()
            #expect(views.count == 1 && views[0].subject == "enrollment_request:\(request.id!.uuidString.lowercased())")
            #expect(try await him.get(Routes.staffEnrollmentRequest(Ref(UUID())) + "/document").status == .notFound)
        }
    }

    @Test("HIM matches and approves: the invitation goes to the applicant in their language; a second decision is refused")
    func approve() async throws {
        try await withTestApp { world in
            let sofia = try await Fixtures.patient(world, name: "Sofia Rivera", born: LocalDate(iso: "2019-05-02")!)
            let visitor = Browser(world)
            visitor.setCookie(Request.languageCookie, "es")
            _ = try await EnrollmentTests.apply(visitor, EnrollmentTests.fields(born: "2019-05-02"))
            let request = try #require(try await EnrollmentRequest.query(on: world.app.db).first())
            let him = try await signedIn(world)
            let page = try await him.get(Routes.staffEnrollmentRequest(request.ref))
            #expect(page.body.contains(sofia.medicalRecordNumber) && page.body.contains("date of birth matches"))
            let path = Routes.staffEnrollmentRequest(request.ref)
            let missing = try await him.post(path + "/approve", ["relationship": "parent"])
            #expect(missing.status == .badRequest && missing.body.contains("Choose the patient"))
            let wrongRelationship = try await him.post(
                path + "/approve", ["patient_id": sofia.id!.uuidString, "relationship": "self"])
            #expect(wrongRelationship.status == .badRequest)

            let approved = try await him.post(
                path + "/approve", ["patient_id": sofia.id!.uuidString, "relationship": "parent"])
            #expect(approved.status == .seeOther)
            let saved = try #require(try await EnrollmentRequest.find(request.id, on: world.app.db))
            #expect(saved.status == "approved" && saved.$matchedPatient.id == sofia.id)
            let invitation = try #require(try await Invitation.query(on: world.app.db).first())
            #expect(invitation.email == "ana@example.org" && invitation.relationship == "parent")
            let mail = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$subject == "Su invitación al portal del paciente")
                    .first())
            #expect(
                mail.body(world).contains("/activate/") && !mail.body(world).contains("Sofia")
                    && !mail.body(world).contains("Your invitation"))

            let again = try await him.post(path + "/reject", ["reason": "duplicate"])
            #expect(again.status == .conflict && again.body.contains("Another HIM user decided this request"))
            #expect(try await Invitation.query(on: world.app.db).count() == 1)
        }
    }

    @Test("Two HIM users deciding at once: exactly one decision wins")
    func concurrentDecisions() async throws {
        try await withTestApp { world in
            let sofia = try await Fixtures.patient(world, name: "Sofia Rivera", born: LocalDate(iso: "2019-05-02")!)
            let request = try await apply(world, EnrollmentTests.fields(born: "2019-05-02"))
            let path = Routes.staffEnrollmentRequest(request.ref)
            let first = try await signedIn(world), second = try await signedIn(world)
            _ = try await first.get(path)
            _ = try await second.get(path)
            async let approving = first.post(path + "/approve", ["patient_id": sofia.id!.uuidString, "relationship": "parent"])
            async let rejecting = second.post(path + "/reject", ["reason": "identity_not_verified"])
            let statuses = [try await approving.status, try await rejecting.status]
            #expect(statuses.filter { $0 == .seeOther }.count == 1 && statuses.filter { $0 == .conflict }.count == 1)
            let saved = try #require(try await EnrollmentRequest.find(request.id, on: world.app.db))
            let invitations = try await Invitation.query(on: world.app.db).count()
            #expect(saved.status == "approved" ? invitations == 1 : invitations == 0)
            // One e-mail for the request, and one for the decision.
            #expect(try await OutboxMessage.query(on: world.app.db).count() == 2)
        }
    }

    @Test("A rejection e-mails the chosen reason, never HIM's note; another reason needs a note")
    func reject() async throws {
        try await withTestApp { world in
            let request = try await apply(world, EnrollmentTests.fields(born: "2019-05-02"))
            let path = Routes.staffEnrollmentRequest(request.ref)
            let him = try await signedIn(world)
            _ = try await him.get(path)
            #expect(try await him.post(path + "/reject", [:]).status == .badRequest)
            let unexplained = try await him.post(path + "/reject", ["reason": "other"])
            #expect(unexplained.status == .badRequest && unexplained.body.contains("write a note"))
            let done = try await him.post(
                path + "/reject", ["reason": "no_matching_record", "note": "Checked Sofia Rivera in Epic; no such child"])
            #expect(done.status == .seeOther)
            let mail = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$subject == "A portal request was updated").first())
            #expect(mail.body(world).contains("could not find a hospital record") && !mail.body(world).contains("Epic"))
            #expect(!mail.body(world).contains("Sofia"))
            let saved = try #require(try await EnrollmentRequest.find(request.id, on: world.app.db))
            #expect(saved.status == "rejected" && saved.decisionNote == "Checked Sofia Rivera in Epic; no such child")
            let queue = try await him.get(Routes.staffEnrollment() + "?done=rejected")
            #expect(queue.body.contains("Rejected. The applicant will get an e-mail"))
        }
    }

    @Test("A teen's own request cannot be approved with a parent's e-mail; HIM is warned when the phone matches a parent's")
    func teenEmailAndPhone() async throws {
        try await withTestApp { world in
            let today = LocalDate(world.now, in: world.config.hospitalTimeZone)
            let born = today.adding(years: -15).iso
            let teen = try await Fixtures.patient(world, name: "Mateo Rivera", born: LocalDate(iso: born)!)
            let parent = try await Fixtures.member(world, email: "maria@example.org")
            _ = try await Fixtures.grant(world, parent, teen, .parent)
            _ = try await apply(world, EnrollmentTests.fields(patient: "Mateo Rivera", born: born, email: "other@example.org"))
            world.advance(60)
            let request = try await apply(
                world,
                EnrollmentTests.fields(
                    applicant: "patient", patient: "Mateo Rivera", born: born, email: "maria@example.org",
                    identification: "organization_photo_id"))
            let him = try await signedIn(world)
            let path = Routes.staffEnrollmentRequest(request.ref)
            let page = try await him.get(path)
            #expect(page.body.contains("The phone number matches one a parent or guardian gave"))
            #expect(page.body.contains("A portal account already uses this e-mail address"))
            let refused = try await him.post(path + "/approve", ["patient_id": teen.id!.uuidString, "relationship": "self"])
            #expect(refused.status == .badRequest && refused.body.contains("may not share an e-mail address"))
            let saved = try #require(try await EnrollmentRequest.find(request.id, on: world.app.db))
            #expect(saved.status == "pending", "the refused approval changed nothing")
            #expect(try await Invitation.query(on: world.app.db).count() == 0)
        }
    }

    @Test(
        "A teen applying with the address of any existing account, or of a parent's request, is flagged and never invited there")
    func teenAddressInUse() async throws {
        try await withTestApp { world in
            let today = LocalDate(world.now, in: world.config.hospitalTimeZone)
            let born = today.adding(years: -15).iso
            let teen = try await Fixtures.patient(world, name: "Lucia Rivera", born: LocalDate(iso: born)!)
            // The mother has an account for a younger child only: no grant to this teen.
            let mother = try await Fixtures.member(world, email: "mother@example.org")
            let sibling = try await Fixtures.patient(world, name: "Pablo Rivera", bornYearsAgo: 8)
            _ = try await Fixtures.grant(world, mother, sibling, .parent)
            let request = try await apply(
                world,
                EnrollmentTests.fields(
                    applicant: "patient", patient: "Lucia Rivera", born: born, email: " Mother@Example.ORG ",
                    identification: "organization_photo_id"))
            let him = try await signedIn(world)
            let queue = try await him.get(Routes.staffEnrollment())
            #expect(queue.body.contains("Address already in use"))
            let path = Routes.staffEnrollmentRequest(request.ref)
            #expect(try await him.get(path).body.contains("a teen&#39;s own login cannot be sent to it"))
            let refused = try await him.post(path + "/approve", ["patient_id": teen.id!.uuidString, "relationship": "self"])
            #expect(refused.status == .badRequest && refused.body.contains("already has a portal account"))
            #expect(try await Invitation.query(on: world.app.db).count() == 0)
            #expect(
                try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == "mother@example.org")
                    .filter(\.$subject == Strings.mail.invitationSubject(.english)).count() == 0)

            // A parent's request (no account yet) for the same teen, then the teen's with that address.
            world.advance(60)
            _ = try await apply(world, EnrollmentTests.fields(patient: "Lucia Rivera", born: born, email: "dad@example.org"))
            world.advance(60)
            let second = try await apply(
                world,
                EnrollmentTests.fields(
                    applicant: "patient", patient: "Lucia Rivera", born: born, email: "dad@example.org",
                    identification: "organization_photo_id"))
            let secondPath = Routes.staffEnrollmentRequest(second.ref)
            #expect(try await him.get(secondPath).body.contains("A parent or guardian applied with this same e-mail address"))
            let alsoRefused = try await him.post(
                secondPath + "/approve", ["patient_id": teen.id!.uuidString, "relationship": "self"])
            #expect(alsoRefused.status == .badRequest && alsoRefused.body.contains("may not share an e-mail address"))
            // HIM invites the teen at an address of their own instead; the parent's address is refused there too.
            _ = try await him.get(Routes.staffPatient(teen.ref))
            let direct = try await him.post(
                Routes.staffPatientInvitations(teen.ref), ["email": "mother@example.org", "relationship": "self"])
            #expect(direct.status == .badRequest || direct.status == .unprocessableEntity)
            #expect(try await Invitation.query(on: world.app.db).count() == 0)
            let own = try await him.post(
                Routes.staffPatientInvitations(teen.ref), ["email": "lucia@example.org", "relationship": "self"])
            #expect(own.status == .seeOther)
            #expect(try await Invitation.query(on: world.app.db).count() == 1)
        }
    }
}

@Suite("Identity document retention")
struct IdentityDocumentRetentionTests {
    @Test("Deleted the day the retention period ends after the decision, audited; a pending request keeps its document")
    func retention() async throws {
        try await withTestApp(environment: ["IDENTITY_DOCUMENT_RETENTION_DAYS": "30"]) { world in
            let decided = try await EnrollmentQueueTests().apply(world, EnrollmentTests.fields(born: "2019-05-02"))
            world.advance(60)
            let waiting = try await EnrollmentQueueTests().apply(
                world, EnrollmentTests.fields(born: "2019-05-02", email: "later@example.org"))
            let him = try await EnrollmentQueueTests().signedIn(world)
            let path = Routes.staffEnrollmentRequest(decided.ref)
            _ = try await him.get(path)
            #expect(try await him.post(path + "/reject", ["reason": "document_unreadable"]).status == .seeOther)
            let run = { (days: Double) in
                try await IdentityDocumentRetention.deleteExpired(
                    db: world.app.db, config: world.config, audit: world.app.portal.audit,
                    now: world.now.addingTimeInterval(days * 86_400))
            }
            #expect(try await run(29.9) == 0)
            #expect(try await run(30) == 1)
            #expect(try await run(400) == 0, "the pending request keeps its document")
            #expect(try await StoredDocument.query(on: world.app.db).count() == 1)
            let saved = try #require(try await EnrollmentRequest.find(decided.id, on: world.app.db))
            #expect(saved.$identityDocument.id == nil && saved.documentDeletedAt != nil && saved.status == "rejected")
            let kept = try #require(try await EnrollmentRequest.find(waiting.id, on: world.app.db))
            #expect(kept.$identityDocument.id != nil)
            let event = try #require(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "identity_document.deleted").first())
            #expect(event.actorKind == "system" && event.subject == "enrollment_request:\(decided.id!.uuidString.lowercased())")
            let page = try await him.get(path)
            #expect(page.body.contains("Deleted after the retention period."))
            #expect(try await him.get(path + "/document").status == .notFound)
        }
    }

    @Test("Two app servers running retention at once delete each document once and audit each deletion once")
    func retentionRunTwiceAtOnce() async throws {
        try await withTestApp(environment: ["IDENTITY_DOCUMENT_RETENTION_DAYS": "30"]) { world in
            let him = try await EnrollmentQueueTests().signedIn(world)
            for number in 0..<3 {
                let request = try await EnrollmentQueueTests().apply(
                    world, EnrollmentTests.fields(born: "2019-05-02", email: "parent\(number)@example.org"))
                let path = Routes.staffEnrollmentRequest(request.ref)
                _ = try await him.get(path)
                #expect(try await him.post(path + "/reject", ["reason": "document_unreadable"]).status == .seeOther)
                world.advance(60)
            }
            let later = world.now.addingTimeInterval(31 * 86_400)
            let deleted = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        try await IdentityDocumentRetention.deleteExpired(
                            db: world.app.db, config: world.config, audit: world.app.portal.audit, now: later)
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(deleted == 3)
            #expect(try await StoredDocument.query(on: world.app.db).count() == 0)
            #expect(try await AuditEvent.query(on: world.app.db).filter(\.$action == "identity_document.deleted").count() == 3)
        }
    }
}

@Suite("Periodic jobs run once in the cluster")
struct ClusterJobTests {
    @Test("Fifty servers claiming the same job and hour at once: one runs it; the next hour is claimed afresh")
    func oneClaimPerHour() async throws {
        try await withTestApp { world in
            let slot = ClusterJobs.hourSlot(world.now)
            let claims = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<50 {
                    group.addTask { try await ClusterJobs.claim("hourly", slot: slot, at: world.now, on: world.app.db) }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(claims.filter { $0 }.count == 1)
            #expect(try await ClusterJobs.claim("other job", slot: slot, at: world.now, on: world.app.db))
            let nextHour = ClusterJobs.hourSlot(world.now.addingTimeInterval(3600))
            #expect(nextHour != slot)
            #expect(try await ClusterJobs.claim("hourly", slot: nextHour, at: world.now, on: world.app.db))
        }
    }

    @Test("An hour's slot is the same for every instant in it, in UTC")
    func hourSlots() {
        let top = Date(timeIntervalSince1970: 1_796_000_400)  // a whole hour
        #expect(ClusterJobs.hourSlot(top) == ClusterJobs.hourSlot(top.addingTimeInterval(3599)))
        #expect(ClusterJobs.hourSlot(top) != ClusterJobs.hourSlot(top.addingTimeInterval(-1)))
        #expect(ClusterJobs.hourSlot(top) == "1796000400")
    }
}
