import Fluent
import Foundation
import PortalCore
import Testing
import VaporTesting

@testable import Portal

@Suite("HIM's grant tools")
struct GrantToolsTests {
    static let pdf = Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nLetters of conservatorship\n%%EOF\n".utf8)

    func signedInHIM(_ world: TestWorld) async throws -> (Browser, StaffUser) {
        let him = try await Fixtures.staff(world, role: .him)
        let browser = Browser(world)
        try await SecondFactorTests.signInStaff(browser, world, him)
        return (browser, him)
    }

    func form(
        _ member: Member, kind: GrantKind = .adultGuardianship, relationship: Relationship = .legalGuardian,
        lastDay: String = "2027-03-31", courtOrdered: Bool = false
    ) -> [String: String] {
        var fields = [
            "member_email": member.email, "kind": kind.rawValue, "relationship": relationship.rawValue,
            "first_day": "2026-11-24", "last_day": lastDay, "reason": "Letters of conservatorship, Cook County case 2026-P-1234",
        ]
        if courtOrdered { fields["court_ordered"] = "yes" }
        return fields
    }

    func upload(_ bytes: [UInt8] = pdf, name: String = "order.pdf") -> Browser.Upload {
        Browser.Upload(field: "document", filename: name, contentType: "application/pdf", bytes: bytes)
    }

    @Test(
        "HIM records a conservatorship with its document; the guardian sees the adult until the last day; HIM can open the document"
    )
    func recordConservatorship() async throws {
        try await withTestApp { world in
            let adult = try await Fixtures.patient(world, name: "Ana Adult", bornYearsAgo: 20)
            let guardian = try await Fixtures.member(world, name: "Gil Guardian")
            let (him, staff) = try await signedInHIM(world)

            try await him.get(Routes.staffPatient(adult.ref))
            let added = try await him.postMultipart(Routes.staffPatientGrants(adult.ref), form(guardian), files: [upload()])
            #expect(added.status == .seeOther)
            #expect(added.location == Routes.staffPatient(adult.ref) + "?done=added")

            let page = try await him.get(added.location!)
            #expect(page.body.contains("Special circumstance recorded."))
            #expect(page.body.contains("Gil Guardian") && page.body.contains("Guardianship or conservatorship of an adult"))
            #expect(page.body.contains("November 24, 2026 to March 31, 2027") && page.body.contains("In force"))
            #expect(page.body.contains(staff.fullName) && page.body.contains("Cook County case"))

            let grant = try #require(try await AccessGrant.query(on: world.app.db).filter(\.$patient.$id == adult.id!).first())
            #expect(grant.$recordedBy.id == staff.id)
            let stored = try #require(try await grant.$supportingDocument.get(on: world.app.db))
            #expect(stored.keyID == "dev" && stored.mediaType == "application/pdf")
            #expect(!String(decoding: stored.sealed, as: UTF8.self).contains("conservatorship"), "stored encrypted")

            let download = try await him.get(Routes.staffGrantDocument(adult.ref, grant.ref))
            #expect(download.status == .ok && download.bytes == Self.pdf)
            #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)

            let member = Browser(world)
            try await member.signIn(email: guardian.email)
            let home = try await member.get(Routes.home())
            #expect(home.body.contains("Ana Adult") && home.body.contains("Guardian or conservator until March 31, 2027"))
            #expect(try await member.get(Routes.staffGrantDocument(adult.ref, grant.ref)).status == .forbidden)

            let actions = try await AuditEvent.query(on: world.app.db).filter(\.$patientID == adult.id!.uuidString.lowercased())
                .all().map(\.action)
            #expect(actions.contains("grant.added") && actions.contains("grant.document_view"))
        }
    }

    @Test("Revoking ends access on the member's very next request, with the reason and who revoked it on record")
    func revoke() async throws {
        try await withTestApp { world in
            let child = try await Fixtures.patient(world, name: "Rafa Child", bornYearsAgo: 8)
            let parent = try await Fixtures.member(world)
            let grant = try await Fixtures.grant(world, parent, child)
            let member = Browser(world)
            try await member.signIn(email: parent.email)
            #expect(try await member.get(Routes.patient(child.ref)).status == .ok)

            let (him, staff) = try await signedInHIM(world)
            try await him.get(Routes.staffPatient(child.ref))
            let missingReason = try await him.post(Routes.staffGrantRevoke(child.ref, grant.ref), ["reason": "  "])
            #expect(missingReason.status == .badRequest && missingReason.body.contains("Write why this access is being revoked."))
            #expect(try await member.get(Routes.patient(child.ref)).status == .ok, "nothing changed")

            let revoked = try await him.post(
                Routes.staffGrantRevoke(child.ref, grant.ref), ["reason": "Court order ended custody"])
            #expect(revoked.status == .seeOther)
            #expect(try await member.get(Routes.patient(child.ref)).status == .notFound)
            #expect(!(try await member.get(Routes.home())).body.contains("Rafa Child"))

            let page = try await him.get(Routes.staffPatient(child.ref))
            #expect(
                page.body.contains("Revoked") && page.body.contains("Court order ended custody")
                    && page.body.contains(staff.fullName))
            #expect(!page.body.contains(Routes.staffGrantRevoke(child.ref, grant.ref)), "a revoked grant offers no second revoke")
            let audited = try await AuditEvent.query(on: world.app.db).filter(\.$action == "grant.revoked").all()
            #expect(audited.count == 1 && audited.first?.subject == "grant:\(grant.id!.uuidString.lowercased())")
        }
    }

    @Test("Each rule the form breaks gets its own message, a 400, and nothing is recorded")
    func badForms() async throws {
        try await withTestApp { world in
            let adult = try await Fixtures.patient(world, name: "Ana Adult", bornYearsAgo: 20)
            let teen = try await Fixtures.patient(world, name: "Tina Teen", bornYearsAgo: 15)
            let guardian = try await Fixtures.member(world)
            let teensOwn = try await Fixtures.member(world)
            try await Fixtures.grant(world, teensOwn, teen, .self)
            let (him, _) = try await signedInHIM(world)
            try await him.get(Routes.staffPatient(adult.ref))
            let adultGrants = Routes.staffPatientGrants(adult.ref)

            let cases: [(String, [String: String], [Browser.Upload], String)] = [
                (adultGrants, [:], [], "Choose which special circumstance this is."),
                (adultGrants, form(guardian), [], "Attach the supporting document"),
                (
                    adultGrants, form(guardian), [upload(Array("<script>alert(1)</script>".utf8), name: "x.pdf")],
                    "is not a JPEG, PNG, HEIC or PDF"
                ),
                (adultGrants, form(guardian, lastDay: ""), [upload()], "Every special circumstance needs a last day."),
                (adultGrants, form(guardian, lastDay: "31/03/2027"), [upload()], "Enter the dates as YYYY-MM-DD"),
                (adultGrants, form(guardian, lastDay: "2026-11-01"), [upload()], "must not be before the first day"),
                (
                    adultGrants, form(guardian, kind: .adultAuthorization, relationship: .parent, lastDay: "2028-06-30"),
                    [upload()],
                    "the last day may be May 23, 2028 at the latest"
                ),
                (
                    adultGrants, form(Member(email: "nobody@example.org", fullName: "x", passwordHash: "x")), [upload()],
                    "No active portal account"
                ),
                (
                    Routes.staffPatientGrants(teen.ref), form(guardian), [upload()],
                    "This circumstance is for a patient aged 18 or older; this patient is not."
                ),
                (
                    Routes.staffPatientGrants(teen.ref), form(teensOwn, kind: .adolescentLacksCapacity, relationship: .parent),
                    [upload()], "That account is the patient&#39;s own"
                ),
            ]
            for (path, fields, files, message) in cases {
                let page = try await him.postMultipart(path, fields, files: files)
                #expect(page.status == .badRequest, "\(message)")
                #expect(page.body.contains(message), "\(message)")
            }
            #expect(try await AccessGrant.query(on: world.app.db).filter(\.$member.$id == guardian.id!).count() == 0)
            #expect(try await StoredDocument.query(on: world.app.db).count() == 0)

            let courtOrdered = try await him.postMultipart(
                adultGrants,
                form(guardian, kind: .adultAuthorization, relationship: .parent, lastDay: "2028-06-30", courtOrdered: true),
                files: [upload()])
            #expect(courtOrdered.status == .seeOther, "a court order may set a longer authorization")

            let huge = try await him.postMultipart(
                adultGrants, form(guardian), files: [upload(Self.pdf + [UInt8](repeating: 32, count: 11 * 1024 * 1024))])
            #expect(huge.status == .payloadTooLarge)
            let noToken = try await him.postMultipart(
                adultGrants, form(guardian).merging(["_csrf": "forged"]) { $1 }, files: [upload()])
            #expect(noToken.status == .forbidden)
        }
    }

    @Test("Only HIM uses the tools: a clinician gets 403, a parent 403 for any child")
    func onlyHIM() async throws {
        try await withTestApp { world in
            let child = try await Fixtures.patient(world, name: "Own Kid", bornYearsAgo: 6)
            let parent = try await Fixtures.member(world)
            try await Fixtures.grant(world, parent, child)
            let stranger = try await Fixtures.patient(world, name: "Stranger", bornYearsAgo: 6)
            let clinician = try await Fixtures.staff(world, role: .clinician)
            let staffBrowser = Browser(world)
            try await SecondFactorTests.signInStaff(staffBrowser, world, clinician)
            #expect(try await staffBrowser.get(Routes.staffPatient(child.ref)).status == .forbidden)
            #expect(try await staffBrowser.get(Routes.staffPatients()).status == .forbidden)

            let member = Browser(world)
            try await member.signIn(email: parent.email)
            #expect(try await member.get(Routes.staffPatient(child.ref)).status == .forbidden)
            // A family account is refused HIM's tools alike for every patient, so the answer says nothing about them.
            #expect(try await member.get(Routes.staffPatient(stranger.ref)).status == .forbidden)
            let denied = try await AuditEvent.query(on: world.app.db).filter(\.$action == "grants.view").filter(
                \.$outcome == "denied"
            ).count()
            #expect(denied == 3)
        }
    }

    @Test("HIM finds patients by record number or name, and sees whose parent access ended at 18 this month")
    func searchAndEndedAtEighteen() async throws {
        try await withTestApp { world in
            let today = LocalDate(world.now, in: world.config.hospitalTimeZone)
            let recent = try await Fixtures.patient(world, name: "Recent Adult", born: today.adding(days: -10).adding(years: -18))
            let longAgo = try await Fixtures.patient(world, name: "Long Adult", born: today.adding(days: -40).adding(years: -18))
            let parent = try await Fixtures.member(world)
            try await Fixtures.grant(world, parent, recent)
            try await Fixtures.grant(world, parent, longAgo)
            _ = try await Fixtures.patient(world, name: "Other Person", bornYearsAgo: 9, mrn: "MRN424242")
            let (him, _) = try await signedInHIM(world)

            let start = try await him.get(Routes.staffPatients())
            #expect(start.body.contains("Recent Adult") && start.body.contains("ended on the 18th birthday"))
            #expect(!start.body.contains("Long Adult"))
            #expect((try await him.get(Routes.staffPatients() + "?q=mrn424242")).body.contains("Other Person"))
            #expect((try await him.get(Routes.staffPatients() + "?q=long")).body.contains("Long Adult"))
            let wildcards = try await him.get(Routes.staffPatients() + "?q=%25%25_")
            #expect(wildcards.status == .badRequest && !wildcards.body.contains("Other Person"))
            let short = try await him.get(Routes.staffPatients() + "?q=x")
            #expect(short.status == .badRequest && short.body.contains("at least 2 letters"))

            let page = try await him.get(Routes.staffPatient(recent.ref))
            let birthday = DateText.long(today.adding(days: -10), language: .english)
            #expect(page.body.contains("Ended at 18 on \(birthday)"))
        }
    }
}
