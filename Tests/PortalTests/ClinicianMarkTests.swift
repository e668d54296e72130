import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing
import VaporTesting

@testable import Portal
@testable import PortalRecord

/// A clinician hides any kind of item, with a reason: from the whole family, or from the
/// parents only ("confidential to the adolescent"); the EHR's later versions keep the mark.
@Suite("A clinician hides any item")
struct ClinicianMarkTests {
    static func teenRecord(_ clinic: Clinic, medicineName: String = "Ondansetron 4 mg") -> JSONValue {
        let teen = clinic.teen
        let mrn = teen.medicalRecordNumber
        return FHIRBuilder.bundle([
            FHIRBuilder.patient(recordNumber: mrn, name: teen.legalName, birthDate: teen.birthDate),
            FHIRBuilder.medication(
                id: "med-1", recordNumber: mrn, rxNorm: nil, name: medicineName, dose: (1, "tablet"),
                instructions: "As needed for nausea", prescriber: "Dr. Kim Lee",
                started: LocalDate(year: 2026, month: 11, day: 1)!, refills: 0, pharmacy: "Lincoln Park Pharmacy",
                status: "active", sensitivity: .normal, renewableThroughPortal: true),
            FHIRBuilder.allergy(
                id: "allergy-1", recordNumber: mrn, substance: ["text": "Latex"], reactions: ["Hives"], severity: "mild",
                criticality: "low", recorded: LocalDate(year: 2026, month: 10, day: 1)!),
            FHIRBuilder.immunization(
                id: "imm-1", recordNumber: mrn, cvx: "62", vaccine: "HPV, quadrivalent",
                given: LocalDate(year: 2026, month: 9, day: 2)!,
                doseNumber: 1, seriesDoses: 2, lot: "LOT77", site: "Left arm"),
        ])
    }

    static func mark(
        _ clinician: Browser, _ clinic: Clinic, _ kind: String, _ id: UUID, _ decision: String, reason: String = "Teen asked"
    ) async throws -> Browser.Page {
        try await clinician.post(
            Routes.patientRestrictions(clinic.teen.ref),
            ["kind": kind, "item": id.uuidString, "decision": decision, "reason": reason])
    }

    @Test("Medicines, allergies, immunizations and visits: hidden from the parents only, or from everyone; lifted again")
    func everyKind() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            _ = try await ClinicalImportTests.run(world, Self.teenRecord(clinic))
            let visit = try await Clinic.appointment(world, for: clinic.teen, start: world.now.addingTimeInterval(5 * 86_400))
            _ = try await ClinicalImportTests.run(world, ClinicalBundles.chestXRay(for: clinic.teen, now: world.now))
            let note = try await Fixtures.document(world, clinic.teen, title: "Counselling note")
            let db = world.app.db
            let medicine = try #require(try await StoredMedication.query(on: db).first())
            let allergy = try #require(try await StoredAllergy.query(on: db).first())
            let shot = try #require(try await StoredImmunization.query(on: db).first())
            let xray = try #require(try await StoredImagingReport.query(on: db).first())

            let clinician = Browser(world)
            let doctor = try await Fixtures.staff(world, role: .clinician)
            try await Fixtures.looksAfter(world, doctor, clinic.teen)
            try await SecondFactorTests.signInStaff(clinician, world, doctor)
            let list = try await clinician.get(Routes.patientMedications(clinic.teen.ref))
            #expect(list.body.contains("Hide from the parents only"))
            for (kind, id) in [
                ("medication", medicine.id!), ("allergy", allergy.id!), ("immunization", shot.id!), ("appointment", visit.id!),
                ("imaging_report", xray.id!), ("document", note.id!),
            ] {
                #expect(try await Self.mark(clinician, clinic, kind, id, "adolescent").status == .seeOther, "\(kind)")
            }
            #expect(try await Self.mark(clinician, clinic, "medication", UUID(), "adolescent").status == .notFound)
            #expect(
                try await Self.mark(clinician, clinic, "medication", medicine.id!, "adolescent", reason: " ").status
                    == .badRequest)
            #expect(try await Self.mark(clinician, clinic, "medication", medicine.id!, "forget").status == .badRequest)
            #expect(try await Self.mark(clinician, clinic, "prescription", medicine.id!, "restrict").status == .badRequest)
            let marked = try await clinician.get(Routes.patientMedications(clinic.teen.ref))
            #expect(marked.body.contains("Hidden from the parents by a clinician: Teen asked"))

            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let pages = [
                Routes.patientMedications(clinic.teen.ref), Routes.patientAllergies(clinic.teen.ref),
                Routes.patientImmunizations(clinic.teen.ref), Routes.patientImmunizationRecord(clinic.teen.ref),
                Routes.patientHealthSummary(clinic.teen.ref), Routes.patientAppointments(clinic.teen.ref), Routes.home(),
                Routes.patientImaging(clinic.teen.ref), Routes.patientDocuments(clinic.teen.ref), Routes.patient(clinic.teen.ref),
            ]
            for page in pages {
                let seen = try await parent.get(page).body
                for trace in [
                    "Ondansetron", "Latex", "HPV", "LOT77", "Next appointment", "Dr. Kim Lee", "XR Chest", "Counselling note",
                ] {
                    #expect(!seen.contains(trace), "\(trace) on \(page) for the parent")
                }
            }
            let visitRef = Ref<Appointment>(visit.id!)
            #expect(try await parent.get(Routes.patientAppointmentCalendar(clinic.teen.ref, visitRef)).status == .notFound)
            #expect(try await teen.get(Routes.patientMedications(clinic.teen.ref)).body.contains("Ondansetron"))
            #expect(try await teen.get(Routes.patientAllergies(clinic.teen.ref)).body.contains("Latex"))
            #expect(try await teen.get(Routes.patientAppointment(clinic.teen.ref, visitRef)).status == .ok)
            #expect(try await teen.get(Routes.patientImaging(clinic.teen.ref)).body.contains("XR Chest"))
            #expect(try await teen.get(Routes.patientDocuments(clinic.teen.ref)).body.contains("Counselling note"))
            #expect(
                try await parent.get(Routes.patientImagingReport(clinic.teen.ref, Ref<ImagingReport>(xray.id!))).status
                    == .notFound)

            // The EHR sends the medicine again, changed and labelled normal: the mark holds.
            _ = try await ClinicalImportTests.run(world, Self.teenRecord(clinic, medicineName: "Ondansetron 8 mg"))
            #expect(!(try await parent.get(Routes.patientMedications(clinic.teen.ref)).body.contains("Ondansetron")))

            // Restricted: the teen no longer sees it either; lifted: everyone does again.
            #expect(try await Self.mark(clinician, clinic, "allergy", allergy.id!, "restrict").status == .seeOther)
            #expect(!(try await teen.get(Routes.patientAllergies(clinic.teen.ref)).body.contains("Latex")))
            #expect(try await Self.mark(clinician, clinic, "allergy", allergy.id!, "lift").status == .seeOther)
            #expect(try await parent.get(Routes.patientAllergies(clinic.teen.ref)).body.contains("Latex"))
            #expect(try await Self.mark(clinician, clinic, "medication", medicine.id!, "lift").status == .seeOther)
            #expect(try await parent.get(Routes.patientMedications(clinic.teen.ref)).body.contains("Ondansetron 8 mg"))

            // A parent cannot mark or lift anything.
            #expect(try await Self.mark(parent, clinic, "appointment", visit.id!, "lift").status == .forbidden)
            let events = try await AuditEvent.query(on: db).filter(
                \.$action ~~ ["item.marked_confidential", "item.restricted", "item.restriction_lifted"]
            ).all()
            #expect(events.count == 9)
            #expect(events.contains { $0.subject == "medication:\(medicine.id!.uuidString.lowercased())" })
        }
    }

    @Test("Hiding a visit hides the request that booked it, and its guest links, from the parents")
    func visitFactsFollow() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let (_, request) = try await SchedulingTests.sendRequest(world, clinic, as: parent, for: clinic.teen)
            let scheduler = Browser(world)
            try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
            _ = try await scheduler.get(Routes.staffSchedulingRequest(clinic.teen.ref, request.ref))
            let booked = try await scheduler.post(
                Routes.staffSchedulingAnswer(clinic.teen.ref, request.ref),
                ["action": "book", "date": "2026-12-01", "time": "09:30", "minutes": "30", "clinician": "Dr. Kim Lee"])
            #expect(booked.status == .seeOther)
            let visit = try #require(try await StoredAppointment.query(on: world.app.db).first())
            #expect(try await parent.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref)).status == .ok)

            let clinician = Browser(world)
            let doctor = try await Fixtures.staff(world, role: .clinician)
            try await Fixtures.looksAfter(world, doctor, clinic.teen)
            try await SecondFactorTests.signInStaff(clinician, world, doctor)
            _ = try await clinician.get(Routes.patientAppointments(clinic.teen.ref))
            #expect(try await Self.mark(clinician, clinic, "appointment", visit.id!, "adolescent").status == .seeOther)

            #expect(try await parent.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref)).status == .notFound)
            let list = try await parent.get(Routes.patientAppointments(clinic.teen.ref))
            #expect(!list.body.contains(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref)))
            #expect(!list.body.contains("Cough for a week"))

            // The "your request was answered" notice queued at booking asks the request again when due.
            try await OutboxMessage.dropSignInNotices(world)
            let server = try await SMTPTestServer.start()
            defer { server.stop() }
            #expect(try await OutboxTests.deliverDue(world, via: server) == 0)
            #expect(try server.messages().isEmpty)
            let notice = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$dedupeKey =~ "scheduling-notice:").first())
            #expect(notice.recipient == clinic.parent.email && notice.status == "dropped")
            #expect(notice.aboutItems == "scheduling_request:\(request.id!.uuidString.lowercased())")

            // Lifting the mark gives the request back to the parents; a teen's private request stays the teen's.
            #expect(try await Self.mark(clinician, clinic, "appointment", visit.id!, "lift").status == .seeOther)
            #expect(try await parent.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref)).status == .ok)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let own = try await TeenPrivacyTests.teenAsks(world, clinic, teen, share: false)
            own.$bookedAppointmentID.value = visit.id
            try await own.update(on: world.app.db)
            _ = try await clinician.get(Routes.patientAppointments(clinic.teen.ref))
            #expect(try await Self.mark(clinician, clinic, "appointment", visit.id!, "restrict").status == .seeOther)
            #expect(try await Self.mark(clinician, clinic, "appointment", visit.id!, "lift").status == .seeOther)
            let stored = try #require(try await SchedulingRequest.find(own.id, on: world.app.db))
            #expect(stored.sensitivity == .adolescentConfidential(.keptPrivateByPatient))
            #expect(try await parent.get(Routes.patientSchedulingRequest(clinic.teen.ref, own.ref)).status == .notFound)
        }
    }
}

extension ClinicianMarkTests {
    static func visitNote(_ patient: Patient, id: String, title: String, visit: String, written: Date) -> FHIRBuilder.Entry {
        FHIRBuilder.document(
            id: id, recordNumber: patient.medicalRecordNumber, loinc: "34133-9", typeName: "Summary of episode note",
            title: title, author: "Dr. Kim Lee", written: written, encounter: nil, content: Data("Rest and fluids.".utf8),
            visit: visit)
    }

    @Test(
        "A visit's documents are as private as the visit: its department's category, a clinician's mark, and a visit that comes later"
    )
    func documentsFollowTheirVisit() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let teen = clinic.teen
            let mrn = teen.medicalRecordNumber
            let day = world.now.addingTimeInterval(-86_400)
            _ = try await ClinicalImportTests.run(
                world,
                FHIRBuilder.bundle([
                    FHIRBuilder.patient(recordNumber: mrn, name: teen.legalName, birthDate: teen.birthDate),
                    FHIRBuilder.location(code: "PEDS", name: "General Pediatrics"),
                    FHIRBuilder.location(code: "ADOL", name: "Adolescent Medicine"),
                    FHIRBuilder.appointment(
                        id: "adol-1", recordNumber: mrn, departmentCode: "ADOL", clinician: nil, start: day, minutes: 30,
                        status: "fulfilled"),
                    FHIRBuilder.appointment(
                        id: "peds-1", recordNumber: mrn, departmentCode: "PEDS", clinician: nil, start: day, minutes: 30,
                        status: "fulfilled"),
                    Self.visitNote(
                        teen, id: "note-adol", title: "Notes from the adolescent visit", visit: "adol-1", written: day),
                    Self.visitNote(teen, id: "note-peds", title: "Notes from the sick visit", visit: "peds-1", written: day),
                    Self.visitNote(teen, id: "note-later", title: "Notes from the follow-up", visit: "adol-2", written: day),
                ]))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let own = Browser(world)
            try await own.signIn(email: clinic.teenAccount.email)
            func parentSees() async throws -> String { try await parent.get(Routes.patientDocuments(teen.ref)).body }
            var shown = try await parentSees()
            #expect(shown.contains("Notes from the sick visit") && !shown.contains("Notes from the adolescent visit"))
            // Its visit has not come yet: for now the note shows under its own label.
            #expect(shown.contains("Notes from the follow-up"))
            _ = try await Clinic.appointment(world, for: teen, id: "adol-2", department: "ADOL", start: world.now)
            shown = try await parentSees()
            #expect(!shown.contains("Notes from the follow-up"))
            let teensOwn = try await own.get(Routes.patientDocuments(teen.ref)).body
            #expect(teensOwn.contains("Notes from the adolescent visit") && teensOwn.contains("Notes from the follow-up"))

            let clinician = Browser(world)
            let doctor = try await Fixtures.staff(world, role: .clinician)
            try await Fixtures.looksAfter(world, doctor, teen)
            try await SecondFactorTests.signInStaff(clinician, world, doctor)
            _ = try await clinician.get(Routes.patientAppointments(teen.ref))
            let visit = try #require(
                try await StoredAppointment.query(on: world.app.db).all().first { $0.sourceKey?.hasSuffix("|peds-1") == true })
            #expect(try await Self.mark(clinician, clinic, "appointment", visit.id!, "adolescent").status == .seeOther)
            #expect(!(try await parentSees()).contains("Notes from the sick visit"))
            #expect(try await own.get(Routes.patientDocuments(teen.ref)).body.contains("Notes from the sick visit"))
            #expect(try await Self.mark(clinician, clinic, "appointment", visit.id!, "lift").status == .seeOther)
            #expect(try await parentSees().contains("Notes from the sick visit"))
        }
    }
}
