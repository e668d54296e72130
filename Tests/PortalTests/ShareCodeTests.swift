import Fluent
import Foundation
import PortalCore
import PortalFHIR
import SQLKit
import Testing
import Vapor

@testable import Portal

/// Share codes: a family makes one, a school nurse opens the record with it and the date of
/// birth, the family sees every use and can stop it. The edges: wrong dates of birth at
/// once, the 12th birthday, expiry, a teenager's own codes, confidential items.
@Suite struct ShareCodeTests {
    /// Makes a code as `browser`, and returns it as shown once.
    static func makeCode(
        _ browser: Browser, for patient: Patient, kind: SharedRecordKind = .immunizations, days: Int = 30, note: String = ""
    ) async throws -> String {
        _ = try await browser.get(Routes.patientSharing(patient.ref))
        let made = try await browser.post(
            Routes.patientCreateShareCode(patient.ref),
            ["kind": kind.rawValue, "days": String(days), "note": note, "key": RandomToken.make()])
        #expect(made.status == .ok)
        let code = try #require(made.body.firstMatch(of: /class="share-code-value"[^>]*>([0-9A-Z-]{14})</)?.1)
        return String(code)
    }

    /// A school nurse, with no account, tries a code.
    static func open(_ world: TestWorld, code: String, birthDate: String, userAgent: String? = nil) async throws
        -> Browser.Page
    {
        let nurse = Browser(world)
        if let userAgent { nurse.userAgent = userAgent }
        _ = try await nurse.get(Routes.sharedRecord())
        return try await nurse.post(Routes.openSharedRecord(), ["code": code, "birth_date": birthDate])
    }

    static func withVaccines(_ world: TestWorld, _ patient: Patient, confidential: Int = 0) async throws {
        _ = try await ClinicalImportTests.run(
            world, HealthCardTests.vaccines(for: patient, count: 2, confidential: confidential))
    }

    @Test("A parent makes a code; a nurse opens the immunization record with it; the family sees the use and stops the code")
    func journey() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            try await Self.withVaccines(world, clinic.child)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let code = try await Self.makeCode(parent, for: clinic.child, note: "Lincoln Elementary")
            #expect(code.count == 14 && code.split(separator: "-").count == 3)
            // Only a keyed hash is kept.
            let stored = try #require(try await ShareCodeRecord.query(on: world.app.db).first())
            #expect(stored.lookupKey.count == 64 && !stored.lookupKey.contains(code.replacingOccurrences(of: "-", with: "")))
            #expect(stored.expiresAt == world.now.addingTimeInterval(30 * 86_400))

            let chrome =
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
            // Typed loosely: lower case, spaces, an O for a zero.
            let typed = code.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "0", with: "o")
            let shown = try await Self.open(world, code: typed, birthDate: clinic.child.birthDate, userAgent: chrome)
            #expect(shown.status == .ok)
            #expect(shown.body.contains("Immunization record: Ana Lopez") && shown.body.contains("DTaP"))
            #expect(shown.body.contains("code ending in \(code.suffix(4))"))
            #expect(!shown.body.contains("/patients/"), "no link into the portal for someone without an account")
            #expect(shown.headers.first(name: .cacheControl) == "no-store")

            let page = try await parent.get(Routes.patientSharing(clinic.child.ref))
            #expect(page.body.contains("Lincoln Elementary") && page.body.contains("Record viewed"))
            #expect(page.body.contains("Chrome on Windows"))
            let used = try await AuditEvent.query(on: world.app.db).filter(\.$action == "share_code.used").all()
            #expect(used.count == 1 && used[0].outcome == "success" && used[0].actorKind == "anonymous")
            #expect(used[0].patientID == clinic.child.id!.uuidString.lowercased())

            _ = try await parent.post(Routes.patientRevokeShareCode(clinic.child.ref, Ref(stored.id!)), [:])
            let after = try await Self.open(world, code: code, birthDate: clinic.child.birthDate)
            #expect(after.status == .gone && after.body.contains("no longer opens"))
            #expect(try await parent.get(Routes.patientSharing(clinic.child.ref)).body.contains("Refused"))
            #expect(
                try await AuditEvent.query(on: world.app.db).filter(\.$action == "share_code.revoked").count() == 1)
        }
    }

    @Test("Twenty wrong dates of birth at once: exactly five are counted, the code locks, and then the right one is refused")
    func wrongBirthDatesAtOnce() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            try await Self.withVaccines(world, clinic.child)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let code = try await Self.makeCode(parent, for: clinic.child)
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<20 {
                    group.addTask { try await Self.open(world, code: code, birthDate: "2001-01-01").status }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == .unprocessableEntity })
            let stored = try #require(try await ShareCodeRecord.query(on: world.app.db).first())
            #expect(stored.wrongBirthDates == ShareCodeRules.maxWrongBirthDates && stored.lockedAt != nil)
            #expect(try await parent.get(Routes.patientSharing(clinic.child.ref)).body.contains("Locked"))
            // Twenty failures from one network also reach its hourly limit; an hour later the
            // right date of birth still finds the code locked.
            #expect(try await Self.open(world, code: code, birthDate: clinic.child.birthDate).status == .tooManyRequests)
            world.advance(3600)
            let right = try await Self.open(world, code: code, birthDate: clinic.child.birthDate)
            #expect(right.status == .unprocessableEntity && right.body.contains("This code is locked"))
        }
    }

    @Test("A wrong date of birth says how many tries are left; unreadable input is a clear 422; a search of codes is throttled")
    func badInput() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let code = try await Self.makeCode(parent, for: clinic.child)
            let wrong = try await Self.open(world, code: code, birthDate: "2001-01-01")
            #expect(wrong.body.contains("4 more wrong tries lock the code"))
            let unreadable = try await Self.open(world, code: "ABC", birthDate: "yesterday")
            #expect(unreadable.status == .unprocessableEntity)
            #expect(unreadable.body.contains("Enter the 12 letters") && unreadable.body.contains("Enter the date of birth"))

            // The family's form refuses what it does not offer.
            #expect(
                try await parent.post(
                    Routes.patientCreateShareCode(clinic.child.ref),
                    ["kind": "immunizations", "days": "45", "key": RandomToken.make()]
                )
                .status == .badRequest)
            let noKind = try await parent.post(
                Routes.patientCreateShareCode(clinic.child.ref), ["days": "7", "key": RandomToken.make()])
            #expect(noKind.status == .unprocessableEntity && noKind.body.contains("Choose what to share"))

            // Unknown codes from one network: with the wrong date of birth above, the 21st
            // failure in an hour waits.
            var last = 0
            for index in 0..<19 {
                last = Int(
                    try await Self.open(world, code: String(format: "ZZZZ-ZZZZ-%04d", index), birthDate: "2001-01-01").status.code
                )
            }
            #expect(last == 422)
            let throttled = try await Self.open(world, code: "ZZZZ-ZZZZ-9999", birthDate: "2001-01-01")
            #expect(throttled.status == .tooManyRequests && throttled.body.contains("Too many tries"))
        }
    }

    @Test("A parent's code stops on the child's 12th birthday; a code ends when its days do")
    func birthdayAndExpiry() async throws {
        try await withTestApp { world in
            let today = LocalDate(world.now, in: world.config.hospitalTimeZone)
            let parent = try await Fixtures.member(world, name: "Rosa Diaz")
            let child = try await Fixtures.patient(world, name: "Tomas Diaz", born: today.adding(years: -12).adding(days: 1))
            try await Fixtures.grant(world, parent, child)
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)
            let code = try await Self.makeCode(browser, for: child, days: 7)
            #expect(try await Self.open(world, code: code, birthDate: child.birthDate).status == .ok)
            world.advance(86_400)
            let afterBirthday = try await Self.open(world, code: code, birthDate: child.birthDate)
            #expect(afterBirthday.status == .gone)

            let other = try await Fixtures.patient(world, name: "Luz Diaz", bornYearsAgo: 5)
            try await Fixtures.grant(world, parent, other)
            try await browser.signIn(email: parent.email)
            let short = try await Self.makeCode(browser, for: other, days: 1)
            world.advance(86_400 - 1)
            #expect(try await Self.open(world, code: short, birthDate: other.birthDate).status == .ok)
            world.advance(1)
            #expect(try await Self.open(world, code: short, birthDate: other.birthDate).status == .gone)
        }
    }

    @Test(
        "A 12-17-year-old decides: the parent cannot make a code, the teen's codes are the teen's alone, nothing confidential leaves"
    )
    func teenDecides() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let recordNumber = clinic.teen.medicalRecordNumber
            _ = try await ClinicalImportTests.run(
                world,
                FHIRBuilder.bundle(
                    [
                        FHIRBuilder.medication(
                            id: "med-ok", recordNumber: recordNumber, rxNorm: nil, name: "Cetirizine 10 mg",
                            dose: nil, instructions: "Once a day", prescriber: "Dr. Ames",
                            started: LocalDate(iso: "2026-01-05")!, refills: 1, pharmacy: nil),
                        FHIRBuilder.medication(
                            id: "med-private", recordNumber: recordNumber, rxNorm: nil, name: "Norethindrone 0.35 mg",
                            dose: nil, instructions: "Once a day", prescriber: "Dr. Ames",
                            started: LocalDate(iso: "2026-01-05")!, refills: 1, pharmacy: nil,
                            sensitivity: .adolescentConfidential(.reproductiveHealth)),
                    ]
                ).withSubjectsByRecordNumber())
            try await Self.withVaccines(world, clinic.teen, confidential: 1)

            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let parentsPage = try await parent.get(Routes.patientSharing(clinic.teen.ref))
            #expect(parentsPage.body.contains("decides what is shared") && !parentsPage.body.contains("Make the code"))
            #expect(
                try await parent.post(
                    Routes.patientCreateShareCode(clinic.teen.ref),
                    ["kind": "immunizations", "days": "7", "key": RandomToken.make()]
                ).status == .forbidden)

            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let code = try await Self.makeCode(teen, for: clinic.teen, kind: .healthSummary, note: "Soccer camp")
            let shown = try await Self.open(world, code: code, birthDate: clinic.teen.birthDate)
            #expect(shown.status == .ok && shown.body.contains("Cetirizine") && shown.body.contains("DTaP"))
            #expect(!shown.body.contains("Norethindrone") && !shown.body.contains("HPV"))

            // The parent sees neither the teen's code nor its use.
            let later = try await parent.get(Routes.patientSharing(clinic.teen.ref)).body
            #expect(!later.contains("Soccer camp") && !later.contains(String(code.suffix(4))))
            // Nor can the parent stop it.
            let record = try #require(try await ShareCodeRecord.query(on: world.app.db).first())
            _ = try await parent.post(Routes.patientRevokeShareCode(clinic.teen.ref, Ref(record.id!)), [:])
            #expect(try await Self.open(world, code: code, birthDate: clinic.teen.birthDate).status == .ok)
            #expect(try await teen.get(Routes.patientSharing(clinic.teen.ref)).body.contains("Soccer camp"))
        }
    }

    @Test("One form sent twenty times at once (a refresh, a double tap) makes one code; a form without its key is refused")
    func sameFormAtOnce() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let page = try await parent.get(Routes.patientSharing(clinic.child.ref))
            let key = try #require(MessagingTests.key(in: page.body))
            let fields = ["kind": "immunizations", "days": "7", "key": key]
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<20 {
                    let tab = parent.newTab()
                    group.addTask { try await tab.post(Routes.patientCreateShareCode(clinic.child.ref), fields).status }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .ok }.count == 1 && statuses.filter { $0 == .conflict }.count == 19)
            #expect(try await ShareCodeRecord.query(on: world.app.db).count() == 1)
            let again = try await parent.post(Routes.patientCreateShareCode(clinic.child.ref), fields)
            #expect(again.body.contains("This form already made a code"))
            let keyless = try await parent.post(
                Routes.patientCreateShareCode(clinic.child.ref), ["kind": "immunizations", "days": "7"])
            #expect(keyless.status == .badRequest)
        }
    }

    @Test("At most ten codes in use per record, however many are made at once")
    func activeLimitAtOnce() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            _ = try await parent.get(Routes.patientSharing(clinic.child.ref))
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<20 {
                    let tab = parent.newTab()
                    group.addTask {
                        try await tab.post(
                            Routes.patientCreateShareCode(clinic.child.ref),
                            ["kind": "immunizations", "days": "7", "key": RandomToken.make()]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .ok }.count == ShareCodes.activeLimit)
            #expect(statuses.filter { $0 == .conflict }.count == 20 - ShareCodes.activeLimit)
            #expect(try await ShareCodeRecord.query(on: world.app.db).count() == ShareCodes.activeLimit)
        }
    }
}
