import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing
import VaporTesting

@testable import Portal
@testable import PortalRecord

@Suite("Prescription renewals: the family asks from the medication list, the prescriber's careTeam decides")
struct RenewalTests {
    struct Setup {
        let clinic: Clinic
        let careTeam: CareTeam
        let clinician: StaffUser
    }

    /// The clinic's family, a care team the child belongs to, and its clinician, who prescribes.
    static func setup(_ world: TestWorld) async throws -> Setup {
        let clinic = try await Clinic.make(world)
        let careTeam = try await Fixtures.careTeam(world, "General Pediatrics", days: 2)
        let clinician = try await Fixtures.staff(world, role: .clinician)
        try await CareTeamStaff(careTeamID: careTeam.id!, staffID: clinician.id!).create(on: world.app.db)
        for patient in [clinic.child, clinic.teen] {
            try await PatientCareTeam(patientID: patient.id!, careTeamID: careTeam.id!).create(on: world.app.db)
        }
        return Setup(clinic: clinic, careTeam: careTeam, clinician: clinician)
    }

    @discardableResult
    static func medication(
        _ world: TestWorld, for patient: Patient, id: String = "med-\(UUID().uuidString.prefix(8))",
        name: String = "Albuterol 90 mcg inhaler", status: String = "active", renewable: Bool = true,
        sensitivity: Sensitivity = .normal
    ) async throws -> StoredMedication {
        let bundle = FHIRBuilder.bundle([
            FHIRBuilder.patient(recordNumber: patient.medicalRecordNumber, name: patient.legalName, birthDate: patient.birthDate),
            FHIRBuilder.medication(
                id: id, recordNumber: patient.medicalRecordNumber, rxNorm: nil, name: name, dose: (2, "puffs"),
                instructions: "Inhale 2 puffs as needed", prescriber: "Casey Staff",
                started: LocalDate(year: 2026, month: 9, day: 1)!,
                refills: 1, pharmacy: "Lincoln Park Pharmacy", status: status, sensitivity: sensitivity,
                renewableThroughPortal: renewable),
        ])
        _ = try await ClinicalImportTests.run(world, bundle)
        return try #require(
            try await StoredMedication.query(on: world.app.db).filter(\.$sourceKey == "\(FHIRBuilder.identifierSystem)|\(id)")
                .first())
    }

    static func form(key: String, pharmacy: String = "Lincoln Park Pharmacy", days: String = "5") -> [String: String] {
        ["key": key, "pharmacy": pharmacy, "days_left": days, "comment": "Running low before school trips"]
    }

    @Test("A parent asks once however often they click, the clinician approves with refills, the parent sees it and is told")
    func requestAndApprove() async throws {
        try await withTestApp { world in
            let setup = try await Self.setup(world)
            let child = setup.clinic.child
            let inhaler = try await Self.medication(world, for: child)
            let parent = Browser(world)
            try await parent.signIn(email: setup.clinic.parent.email)
            let list = try await parent.get(Routes.patientMedications(child.ref))
            #expect(list.body.contains(Routes.patientMedicationRenewal(child.ref, inhaler.ref)))
            // The link names its medicine, so it stands alone in a screen reader's list of links.
            #expect(list.body.contains(">Request a renewal of \(inhaler.name)</a>"))
            let formPage = try await parent.get(Routes.patientMedicationRenewal(child.ref, inhaler.ref))
            #expect(formPage.body.contains("The request goes to General Pediatrics"))
            #expect(formPage.body.contains("Lincoln Park Pharmacy"))
            let key = try #require(MessagingTests.key(in: formPage.body))
            let sent = try await parent.post(Routes.patientMedicationRenewal(child.ref, inhaler.ref), Self.form(key: key))
            #expect(sent.status == .seeOther)
            let twice = try await parent.post(Routes.patientMedicationRenewal(child.ref, inhaler.ref), Self.form(key: key))
            #expect(twice.location == sent.location?.replacingOccurrences(of: "?sent=1", with: ""))
            #expect(try await RenewalRequest.query(on: world.app.db).count() == 1)
            // A second request from another tab, with its own key, is refused politely.
            let other = try await parent.post(
                Routes.patientMedicationRenewal(child.ref, inhaler.ref), Self.form(key: RandomToken.make()))
            #expect(other.status == .conflict && other.body.contains("already requested"))
            #expect(
                try await parent.get(Routes.patientMedications(child.ref)).body.contains(
                    ">See the renewal request for \(inhaler.name)</a>"))
            let waiting = try await parent.get(try #require(sent.location))
            #expect(waiting.body.contains("Your renewal request was sent") && waiting.body.contains("waiting for the care team"))

            let clinician = Browser(world)
            try await SecondFactorTests.signInStaff(clinician, world, setup.clinician)
            let careTeams = try await clinician.get(Routes.staffInbox())
            #expect(careTeams.body.contains("1 renewal request"))
            let careTeam = try await clinician.get(Routes.careTeamInbox(setup.careTeam.ref))
            #expect(careTeam.body.contains("Renewal requests") && careTeam.body.contains("Albuterol 90 mcg inhaler"))
            let request = try #require(try await RenewalRequest.query(on: world.app.db).first())
            let review = try await clinician.get(Routes.staffRenewal(child.ref, request.ref))
            #expect(review.body.contains("Running low before school trips") && review.body.contains("Maria Lopez"))
            let decision = Routes.staffRenewalDecision(child.ref, request.ref)
            let tooMany = try await clinician.post(decision, ["decision": "approve", "refills": "12"])
            #expect(tooMany.status == .unprocessableEntity && tooMany.body.contains("between 0 and 11 refills"))
            let approved = try await clinician.post(decision, ["decision": "approve", "refills": "2"])
            #expect(approved.status == .seeOther)
            let again = try await clinician.post(decision, ["decision": "deny", "note": "Changed my mind"])
            #expect(again.status == .conflict)

            let outcome = try await parent.get(Routes.patientRenewal(child.ref, request.ref))
            #expect(
                outcome.body.contains("Renewal approved")
                    && outcome.body.contains("Approved with 2 refills, sent to Lincoln Park Pharmacy"))
            let listed = try await parent.get(Routes.patientMedications(child.ref))
            #expect(listed.body.contains("Renewal approved"))
            let notice = try #require(
                try await OutboxMessage.notices(world).filter(\.$recipient == setup.clinic.parent.email).first())
            #expect(notice.subject == "An update on your renewal request")
            for secret in ["Albuterol", "Ana", "Lincoln", "Pediatrics", "refill"] {
                #expect(!notice.body(world).contains(secret), "\(secret) in the notice")
            }
            let actions = try await AuditEvent.query(on: world.app.db).filter(
                \.$action ~~ ["renewal.requested", "renewal.decided"]
            )
            .count()
            #expect(actions == 2)
        }
    }

    @Test("A stopped or not-renewable medicine says so and points to a message; a post is refused and nothing is stored")
    func notRenewable() async throws {
        try await withTestApp { world in
            let setup = try await Self.setup(world)
            let child = setup.clinic.child
            let controlled = try await Self.medication(world, for: child, name: "Methylphenidate 10 mg", renewable: false)
            let stopped = try await Self.medication(world, for: child, name: "Amoxicillin", status: "stopped")
            #expect(!controlled.renewableThroughPortal)
            let parent = Browser(world)
            try await parent.signIn(email: setup.clinic.parent.email)
            let page = try await parent.get(Routes.patientMedicationRenewal(child.ref, controlled.ref))
            #expect(page.body.contains("renews this medicine only after talking with you"))
            #expect(
                page.body.contains(Routes.patientCompose(child.ref).query(["to": setup.careTeam.id!.uuidString.lowercased()])))
            let refused = try await parent.post(
                Routes.patientMedicationRenewal(child.ref, controlled.ref), Self.form(key: RandomToken.make()))
            #expect(refused.status == .conflict)
            let stoppedPage = try await parent.get(Routes.patientMedicationRenewal(child.ref, stopped.ref))
            #expect(stoppedPage.body.contains("no longer active"))
            let stoppedPost = try await parent.post(
                Routes.patientMedicationRenewal(child.ref, stopped.ref), Self.form(key: RandomToken.make()))
            #expect(stoppedPost.status == .conflict)
            // The list offers no request for the stopped medicine.
            let list = try await parent.get(Routes.patientMedications(child.ref))
            #expect(!list.body.contains(Routes.patientMedicationRenewal(child.ref, stopped.ref)))
            #expect(try await RenewalRequest.query(on: world.app.db).count() == 0)
        }
    }

    @Test("Bad answers are named with what was typed kept; another pharmacy can be written in")
    func badInput() async throws {
        try await withTestApp { world in
            let setup = try await Self.setup(world)
            let child = setup.clinic.child
            let inhaler = try await Self.medication(world, for: child)
            let parent = Browser(world)
            try await parent.signIn(email: setup.clinic.parent.email)
            let formPage = try await parent.get(Routes.patientMedicationRenewal(child.ref, inhaler.ref))
            let key = try #require(MessagingTests.key(in: formPage.body))
            let path = Routes.patientMedicationRenewal(child.ref, inhaler.ref)
            let cases: [([String: String], String)] = [
                (Self.form(key: key, days: "91"), "from 0 to 90"),
                (Self.form(key: key, days: "-1"), "from 0 to 90"),
                (Self.form(key: key, days: "many"), "from 0 to 90"),
                (Self.form(key: key, pharmacy: "Some pharmacy not on file"), "Choose a pharmacy"),
                (Self.form(key: key, pharmacy: "other"), "Write the other pharmacy"),
                (Self.form(key: key).merging(["comment": String(repeating: "x", count: 501)]) { $1 }, "longer than 500"),
            ]
            for (fields, message) in cases {
                let page = try await parent.post(path, fields)
                #expect(page.status == .unprocessableEntity, "\(message)")
                #expect(page.body.contains(message), "\(message)")
            }
            #expect(try await RenewalRequest.query(on: world.app.db).count() == 0)
            let written = try await parent.post(
                path, Self.form(key: key, pharmacy: "other").merging(["new_pharmacy": "Walgreens, 1 Main St"]) { $1 })
            #expect(written.status == .seeOther)
            #expect(try await RenewalRequest.query(on: world.app.db).first()?.pharmacy == "Walgreens, 1 Main St")
        }
    }

    @Test("Deny needs a reason; needs-a-visit points the family to a request; a teen's confidential medicine stays private")
    func denyVisitAndConfidentiality() async throws {
        try await withTestApp { world in
            let setup = try await Self.setup(world)
            let child = setup.clinic.child
            let first = try await Self.medication(world, for: child, name: "Cetirizine")
            let second = try await Self.medication(world, for: child, name: "Fluticasone")
            let parent = Browser(world)
            try await parent.signIn(email: setup.clinic.parent.email)
            try await parent.get(Routes.patientMedications(child.ref))
            for medicine in [first, second] {
                _ = try await parent.post(
                    Routes.patientMedicationRenewal(child.ref, medicine.ref), Self.form(key: RandomToken.make()))
            }
            let requests = try await RenewalRequest.query(on: world.app.db).sort(\.$medicineName).all()
            #expect(requests.count == 2)
            let clinician = Browser(world)
            try await SecondFactorTests.signInStaff(clinician, world, setup.clinician)
            try await clinician.get(Routes.staffRenewal(child.ref, Ref(requests[0].id!)))
            let bare = try await clinician.post(
                Routes.staffRenewalDecision(child.ref, Ref(requests[0].id!)), ["decision": "deny"])
            #expect(bare.status == .unprocessableEntity && bare.body.contains("Write the reason the family will read"))
            _ = try await clinician.post(
                Routes.staffRenewalDecision(child.ref, Ref(requests[0].id!)),
                ["decision": "deny", "note": "Use the over-the-counter version instead."])
            _ = try await clinician.post(
                Routes.staffRenewalDecision(child.ref, Ref(requests[1].id!)), ["decision": "needs_visit"])
            let denied = try await parent.get(Routes.patientRenewal(child.ref, Ref(requests[0].id!)))
            #expect(denied.body.contains("Renewal not approved") && denied.body.contains("over-the-counter"))
            let visit = try await parent.get(Routes.patientRenewal(child.ref, Ref(requests[1].id!)))
            #expect(visit.body.contains("A visit is needed first"))
            #expect(visit.body.contains(Routes.patientNewSchedulingRequest(child.ref)))

            // A clinician outside the care team is asked to break the glass, and even then cannot open it.
            let outsider = try await Fixtures.staff(world, role: .clinician)
            let other = Browser(world)
            try await SecondFactorTests.signInStaff(other, world, outsider)
            let glass = try await other.get(Routes.staffRenewal(child.ref, Ref(requests[0].id!)))
            #expect(glass.status == .forbidden && glass.body.contains("This patient is not in your care teams"))
            let opened = try await other.post(
                Routes.patientBreakTheGlass(child.ref),
                ["reason": "covering_for_colleague", "explanation": "Covering the renewal queue today"])
            #expect(opened.status == .seeOther)
            #expect(try await other.get(Routes.staffRenewal(child.ref, Ref(requests[0].id!))).status == .notFound)

            // The teen's confidential medicine and its request never reach the parent.
            let teen = setup.clinic.teen
            let confidentialMedicine = try await Self.medication(
                world, for: teen, name: "Sertraline 25 mg", sensitivity: .adolescentConfidential(.mentalHealth))
            let teenBrowser = Browser(world)
            try await teenBrowser.signIn(email: setup.clinic.teenAccount.email)
            try await teenBrowser.get(Routes.patientMedications(teen.ref))
            let asked = try await teenBrowser.post(
                Routes.patientMedicationRenewal(teen.ref, confidentialMedicine.ref), Self.form(key: RandomToken.make()))
            #expect(asked.status == .seeOther)
            let teenRequest = try #require(
                try await RenewalRequest.query(on: world.app.db).filter(\.$medicineName == "Sertraline 25 mg").first())
            #expect(teenRequest.sensitivity == .adolescentConfidential(.mentalHealth))
            #expect(try await parent.get(Routes.patientRenewal(teen.ref, teenRequest.ref)).status == .notFound)
            #expect(try await parent.get(Routes.patientMedicationRenewal(teen.ref, confidentialMedicine.ref)).status == .notFound)
            #expect(!(try await parent.get(Routes.patientMedications(teen.ref)).body.contains("Sertraline")))
        }
    }

    @Test("The import reads the hospital's not-renewable mark, and refuses the mark without its value")
    func renewableExtension() async throws {
        try await withTestApp { world in
            let setup = try await Self.setup(world)
            let child = setup.clinic.child
            let plain = try await Self.medication(world, for: child)
            #expect(plain.renewableThroughPortal)
            var entry = FHIRBuilder.medication(
                id: "bad-ext", recordNumber: child.medicalRecordNumber, rxNorm: nil, name: "X", dose: nil, instructions: "x",
                prescriber: "Casey Staff", started: LocalDate(year: 2026, month: 9, day: 1)!, refills: 0, pharmacy: nil)
            entry.resource["extension"] = [["url": .string(CodeSystems.renewableExtension)]]
            let bundle = FHIRBuilder.bundle([
                FHIRBuilder.patient(recordNumber: child.medicalRecordNumber, name: "Ana", birthDate: child.birthDate), entry,
            ])
            do {
                _ = try await ClinicalImportTests.run(world, bundle)
                Issue.record("the import took an extension without its value")
            } catch let problem as BundleProblem {
                #expect(problem.description.contains("valueBoolean"))
            }
        }
    }
}

extension RenewalTests {
    @Test(
        "A renewal request brings the prescriber's team to the record only while it waits; a name two clinicians share routes to the patient's team"
    )
    func prescribersTeamReach() async throws {
        try await withTestApp { world in
            let db = world.app.db
            let clinic = try await Clinic.make(world)
            let pediatrics = try await Fixtures.careTeam(world, "General Pediatrics", days: 2)
            try await PatientCareTeam(patientID: clinic.child.id!, careTeamID: pediatrics.id!).create(on: db)
            let dermatology = try await Fixtures.careTeam(world, "Dermatology", days: 2)
            let prescriber = try await Fixtures.staff(world, role: .clinician, email: "casey@example.org")
            let colleague = try await Fixtures.staff(world, role: .clinician, email: "colleague@example.org")
            colleague.fullName = "Dr. Robin Park"
            try await colleague.save(on: db)
            for staff in [prescriber, colleague] {
                try await CareTeamStaff(careTeamID: dermatology.id!, staffID: staff.id!).create(on: db)
            }
            let cream = try await Self.medication(world, for: clinic.child, name: "Hydrocortisone 1% cream")
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            func ask(_ medication: StoredMedication) async throws -> RenewalRequest {
                let page = try await parent.get(Routes.patientMedicationRenewal(clinic.child.ref, medication.ref))
                _ = try await parent.post(
                    Routes.patientMedicationRenewal(clinic.child.ref, medication.ref),
                    Self.form(key: try #require(MessagingTests.key(in: page.body))))
                return try #require(
                    try await RenewalRequest.query(on: db).filter(\.$medicationID == medication.id!).first())
            }
            let request = try await ask(cream)
            #expect(request.$careTeam.id == dermatology.id)

            let other = Browser(world)
            try await SecondFactorTests.signInStaff(other, world, colleague)
            let whileWaiting = try await other.get(Routes.patient(clinic.child.ref))
            #expect(whileWaiting.status == .ok && whileWaiting.body.contains("Ana Lopez"))
            let deciding = Browser(world)
            try await SecondFactorTests.signInStaff(deciding, world, prescriber)
            _ = try await deciding.get(Routes.staffRenewal(clinic.child.ref, request.ref))
            let approved = try await deciding.post(
                Routes.staffRenewalDecision(clinic.child.ref, request.ref), ["decision": "approve", "refills": "1"])
            #expect(approved.status == .seeOther)
            let afterwards = try await other.get(Routes.patient(clinic.child.ref))
            #expect(afterwards.body.contains("This patient is not in your care teams") && !afterwards.body.contains("Ana Lopez"))

            // A second active clinician with the prescriber's name: the name no longer says who prescribed.
            _ = try await Fixtures.staff(world, role: .clinician, email: "another.casey@example.org")
            let drops = try await Self.medication(world, for: clinic.child, name: "Ofloxacin ear drops")
            #expect(try await ask(drops).$careTeam.id == pediatrics.id)
        }
    }
}
