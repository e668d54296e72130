import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing
import Vapor

@testable import Portal
@testable import PortalRecord

/// The check-in's insurance step (the card's photos sealed) and its review of the allergies
/// and medicines on file, from the family's side and the staff's.
@Suite struct CheckInStepsTests {
    static func photo(_ field: String, _ bytes: [UInt8] = SampleFiles.photoWithLocation, type: String = "image/jpeg")
        -> Browser.Upload
    {
        Browser.Upload(field: field, filename: "\(field).jpg", contentType: type, bytes: bytes)
    }

    /// A PNG's layout, as a phone's screenshot of a card starts (checksums are not read).
    static let png: [UInt8] = {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            withUnsafeBytes(of: UInt32(data.count).bigEndian, Array.init) + Array(type.utf8) + data + [0, 0, 0, 0]
        }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]) + chunk("IDAT", [0x78, 0x9C, 0x63, 0, 0, 0, 1, 0, 1])
            + chunk("IEND", [])
    }()

    static let insured = [
        "coverage": "insured", "payer": "Blue Cross  Blue Shield of Illinois", "member_id": "xoh 123456789",
        "group_number": "g-100",
    ]

    static func insuranceDocuments(_ world: TestWorld) async throws -> [StoredDocument] {
        try await StoredDocument.query(on: world.app.db).filter(\.$purpose == "insurance_card").all()
    }

    static func savedInsurance(_ world: TestWorld) async throws -> CheckInInsurance {
        let step = try #require(try await CheckInStep.query(on: world.app.db).filter(\.$step == "insurance").first())
        return try JSONDecoder().decode(CheckInInsurance.self, from: Data(step.content.utf8))
    }

    @Test(
        "Insurance: problems next to the fields, both photos sealed, a new photo replaces the old, and the front desk opens them")
    func insurance() async throws {
        try await withTestApp { world in
            let setting = try await CheckInTests.setting(world)
            let clinic = setting.clinic
            let visit = try await Clinic.appointment(world, for: clinic.child, start: world.now.addingTimeInterval(2 * 86_400))
            let (patient, appointment) = (clinic.child.ref, Ref<Appointment>(visit.id!))
            let save = Routes.saveCheckInInsurance(patient, appointment)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let page = try await parent.get(Routes.patientCheckInInsurance(patient, appointment))
            #expect(page.status == .ok && page.body.contains("Does Ana Lopez have health insurance?"))
            #expect(page.body.contains("multipart/form-data"))

            let nothing = try await parent.postMultipart(save, [:], files: [])
            #expect(nothing.status == .unprocessableEntity && nothing.body.contains("Choose one."))
            let bare = try await parent.postMultipart(save, ["coverage": "insured", "member_id": "???"], files: [])
            #expect(bare.status == .unprocessableEntity && bare.body.contains("Fill this in."))
            #expect(bare.body.contains("letters, numbers and hyphens") && bare.body.contains("Add a photo of this side"))
            let executable = try await parent.postMultipart(
                save, Self.insured, files: [Self.photo("front_photo", SampleFiles.renamedExecutable), Self.photo("back_photo")])
            #expect(executable.status == .unprocessableEntity && executable.body.contains("Choose a photo (JPEG, PNG or HEIC)"))
            #expect(executable.body.contains("Choose the photo again"))
            let scan = try await parent.postMultipart(
                save, Self.insured,
                files: [Self.photo("front_photo"), Self.photo("back_photo", MessageAttachmentTests.pdf, type: "application/pdf")])
            #expect(scan.status == .unprocessableEntity && scan.body.contains("Choose a photo (JPEG, PNG or HEIC)."))
            #expect(try await Self.insuranceDocuments(world).isEmpty, "nothing is kept from a refused form")

            let saved = try await parent.postMultipart(
                save, Self.insured, files: [Self.photo("front_photo"), Self.photo("back_photo", Self.png, type: "image/png")])
            #expect(saved.status == .seeOther && saved.location == Routes.patientCheckIn(patient, appointment))
            let first = try await Self.savedInsurance(world)
            #expect(first.payer == "Blue Cross Blue Shield of Illinois" && first.memberID == "XOH 123456789")
            #expect(first.groupNumber == "G-100")
            let documents = try await Self.insuranceDocuments(world)
            #expect(Set(documents.compactMap(\.id)) == Set([first.frontPhoto, first.backPhoto].compactMap { $0 }))
            #expect(documents.allSatisfy { !String(decoding: $0.sealed, as: UTF8.self).contains("GPSLatitude") })
            #expect(try await parent.get(Routes.patientCheckInInsurance(patient, appointment)).body.contains("A photo is saved"))

            // A new front replaces the old one; the back is kept.
            let replaced = try await parent.postMultipart(save, Self.insured, files: [Self.photo("front_photo")])
            #expect(replaced.status == .seeOther)
            let second = try await Self.savedInsurance(world)
            #expect(second.backPhoto == first.backPhoto && second.frontPhoto != first.frontPhoto)
            #expect(Set(try await Self.insuranceDocuments(world).compactMap(\.id)) == Set([second.frontPhoto, second.backPhoto]))
            let deletions = { try await AuditEvent.query(on: world.app.db).filter(\.$action == "insurance_card.deleted").count() }
            #expect(try await deletions() == 1, "the replaced photo's deletion is audited")

            let scheduler = Browser(world)
            try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
            let detail = try await scheduler.get(Routes.staffCheckIn(patient, appointment))
            #expect(detail.body.contains("Blue Cross Blue Shield of Illinois") && detail.body.contains("XOH 123456789"))
            let front = Routes.staffCheckInInsuranceCard(patient, appointment, .front)
            #expect(detail.body.contains(front))
            let card = try await scheduler.get(front)
            #expect(card.status == .ok && card.headers.contentType == HTTPMediaType(type: "image", subType: "jpeg"))
            #expect(card.bytes == (try JPEGMetadata.strippingLocation(SampleFiles.photoWithLocation)))
            let back = try await scheduler.get(Routes.staffCheckInInsuranceCard(patient, appointment, .back))
            #expect(back.headers.contentType == HTTPMediaType(type: "image", subType: "png"))
            let viewed = try await AuditEvent.query(on: world.app.db).filter(\.$action == "insurance_card.view").count()
            #expect(viewed == 2)
            // A family member is not staff: the photos' staff link is not theirs.
            let familyTry = try await parent.get(front).status
            #expect(familyTry == .forbidden || familyTry == .notFound, "\(familyTry)")

            // No insurance: the photos go.
            let uninsured = try await parent.postMultipart(save, ["coverage": "uninsured", "payer": "ignored"], files: [])
            #expect(uninsured.status == .seeOther)
            #expect(try await Self.insuranceDocuments(world).isEmpty)
            #expect(try await deletions() == 2)
            #expect(try await Self.savedInsurance(world).payer.isEmpty)
            let after = try await scheduler.get(Routes.staffCheckIn(patient, appointment))
            #expect(after.body.contains("No insurance, or the family pays"))
            #expect(try await scheduler.get(front).status == .notFound)
        }
    }

    @Test("Twenty insurance saves at once leave the two photos the last one named, and no others")
    func insuranceAtOnce() async throws {
        try await withTestApp { world in
            let setting = try await CheckInTests.setting(world)
            let clinic = setting.clinic
            let visit = try await Clinic.appointment(world, for: clinic.child, start: world.now.addingTimeInterval(2 * 86_400))
            let save = Routes.saveCheckInInsurance(clinic.child.ref, Ref(visit.id!))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            _ = try await parent.get(Routes.patientCheckInInsurance(clinic.child.ref, Ref(visit.id!)))
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<20 {
                    let tab = parent.newTab()
                    group.addTask {
                        try await tab.postMultipart(
                            save, Self.insured, files: [Self.photo("front_photo"), Self.photo("back_photo")]
                        )
                        .status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == .seeOther }, "\(statuses)")
            let saved = try await Self.savedInsurance(world)
            #expect(Set(try await Self.insuranceDocuments(world).compactMap(\.id)) == Set([saved.frontPhoto, saved.backPhoto]))
        }
    }

    @Test("A card's photos are deleted once the visit is the retention period past, once however many servers run the job")
    func insuranceRetention() async throws {
        try await withTestApp(environment: ["IDENTITY_DOCUMENT_RETENTION_DAYS": "30"]) { world in
            let setting = try await CheckInTests.setting(world)
            let clinic = setting.clinic
            let visit = try await Clinic.appointment(
                world, for: clinic.child, start: world.now.addingTimeInterval(7 * 86_400 - 60))
            let (patient, appointment) = (clinic.child.ref, Ref<Appointment>(visit.id!))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            _ = try await parent.get(Routes.patientCheckInInsurance(patient, appointment))
            let saved = try await parent.postMultipart(
                Routes.saveCheckInInsurance(patient, appointment), Self.insured,
                files: [Self.photo("front_photo"), Self.photo("back_photo")])
            #expect(saved.status == .seeOther)
            // Saved 7 days before the visit: kept until 30 days after it.
            let run = { (days: Double) in
                try await withThrowingTaskGroup(of: Int.self) { group in
                    for _ in 0..<4 {
                        group.addTask {
                            try await InsuranceCardRetention.deleteExpired(
                                db: world.app.db, config: world.config, audit: world.app.portal.audit,
                                now: world.now.addingTimeInterval(days * 86_400))
                        }
                    }
                    return try await group.reduce(0, +)
                }
            }
            #expect(try await run(36.9) == 0)
            #expect(try await Self.insuranceDocuments(world).count == 2)
            #expect(try await run(37) == 1)
            #expect(try await Self.insuranceDocuments(world).isEmpty)
            let kept = try await Self.savedInsurance(world)
            #expect(kept.memberID == "XOH 123456789" && kept.frontPhoto == nil && kept.backPhoto == nil)
            let events = try await AuditEvent.query(on: world.app.db).filter(\.$action == "insurance_card.deleted").all()
            #expect(events.count == 1 && events.first?.actorKind == "system")
            #expect(try await run(400) == 0)
        }
    }

    @Test(
        "Allergies and medicines: each confirmed or corrected; a teenager's confidential medicine is theirs and the clinicians'")
    func review() async throws {
        try await withTestApp { world in
            let setting = try await CheckInTests.setting(world)
            let clinic = setting.clinic
            let (child, teen) = (clinic.child, clinic.teen)
            _ = try await ClinicalImportTests.run(
                world,
                FHIRBuilder.bundle([
                    FHIRBuilder.patient(
                        recordNumber: child.medicalRecordNumber, name: child.legalName, birthDate: child.birthDate),
                    FHIRBuilder.allergy(
                        id: "allergy-peanut", recordNumber: child.medicalRecordNumber, substance: ["text": "Peanut"],
                        reactions: ["Hives"], severity: "moderate", criticality: "high",
                        recorded: LocalDate(year: 2024, month: 3, day: 1)!),
                ]))
            let inhaler = try await RenewalTests.medication(world, for: child)
            _ = try await RenewalTests.medication(world, for: child, name: "Amoxicillin 250 mg", status: "completed")
            let teenInhaler = try await RenewalTests.medication(world, for: teen)
            let sertraline = try await RenewalTests.medication(
                world, for: teen, name: "Sertraline 50 mg", sensitivity: .adolescentConfidential(.mentalHealth))
            let peanut = try #require(
                try await StoredAllergy.query(on: world.app.db).filter(\.$substance == "Peanut").first()?.id)

            let childVisit = try await Clinic.appointment(world, for: child, start: world.now.addingTimeInterval(86_400))
            let (childRef, childAppointment) = (child.ref, Ref<Appointment>(childVisit.id!))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let page = try await parent.get(Routes.patientCheckInReview(childRef, childAppointment))
            #expect(page.status == .ok && page.body.contains("Peanut (Hives)") && page.body.contains("Albuterol 90 mcg inhaler"))
            #expect(!page.body.contains("Amoxicillin"), "only what is active is reviewed")
            let save = Routes.saveCheckInReview(childRef, childAppointment)
            let unanswered = try await parent.post(save, [CheckInRecordReview.answerField(peanut): "current"])
            #expect(unanswered.status == .unprocessableEntity && unanswered.body.contains("Choose one."))
            let unexplained = try await parent.post(
                save,
                [
                    CheckInRecordReview.answerField(peanut): "current",
                    CheckInRecordReview.answerField(inhaler.id!): "needs-change",
                ])
            #expect(unexplained.body.contains("Say in the note what needs changing."))
            let stranger = UUID()
            let saved = try await parent.post(
                save,
                [
                    CheckInRecordReview.answerField(peanut): "no-longer",
                    CheckInRecordReview.noteField(peanut): "Outgrew it: the allergist's food challenge in October",
                    CheckInRecordReview.answerField(inhaler.id!): "current",
                    CheckInRecordReview.answerField(stranger): "current",
                    "missing": "Cetirizine 5 mg at night since September",
                ])
            #expect(saved.status == .seeOther)
            let step = try #require(try await CheckInStep.query(on: world.app.db).filter(\.$step == CheckIns.reviewStep).first())
            let stored = try JSONDecoder().decode(CheckInRecordReview.self, from: Data(step.content.utf8))
            #expect(Set(stored.entries.map(\.itemID)) == [peanut, inhaler.id!])
            #expect(stored.entries.first { $0.itemID == peanut }?.answer == .noLonger)
            #expect(try await parent.get(Routes.patientCheckInReview(childRef, childAppointment)).body.contains("food challenge"))

            // The teenager reviews their own, confidential medicine included; their parent never sees it.
            let teenVisit = try await Clinic.appointment(world, for: teen, start: world.now.addingTimeInterval(2 * 86_400))
            let (teenRef, teenAppointment) = (teen.ref, Ref<Appointment>(teenVisit.id!))
            let parentsView = try await parent.get(Routes.patientCheckInReview(teenRef, teenAppointment))
            #expect(parentsView.body.contains("Albuterol") && !parentsView.body.contains("Sertraline"))
            let teenBrowser = Browser(world)
            try await teenBrowser.signIn(email: clinic.teenAccount.email)
            // A teenager is told the front desk can help with statements; a parent is not told that.
            let statement = "a statement from the insurance could tell your parents"
            #expect(try await teenBrowser.get(Routes.patientCheckInInsurance(teenRef, teenAppointment)).body.contains(statement))
            #expect(!(try await parent.get(Routes.patientCheckInInsurance(teenRef, teenAppointment))).body.contains(statement))
            let own = try await teenBrowser.get(Routes.patientCheckInReview(teenRef, teenAppointment))
            #expect(own.body.contains("Sertraline 50 mg"))
            let teenSaved = try await teenBrowser.post(
                Routes.saveCheckInReview(teenRef, teenAppointment),
                [
                    CheckInRecordReview.answerField(teenInhaler.id!): "current",
                    CheckInRecordReview.answerField(sertraline.id!): "needs-change",
                    CheckInRecordReview.noteField(sertraline.id!): "The dose went up to 75 mg",
                    "missing": "Melatonin for sleep",
                ])
            #expect(teenSaved.status == .seeOther)
            // The teenager's review is kept apart: the parent's page, hub and save know nothing of it.
            let parentsOwn = try await parent.get(Routes.patientCheckInReview(teenRef, teenAppointment))
            #expect(parentsOwn.body.contains("Albuterol") && !parentsOwn.body.contains("75 mg"))
            #expect(!parentsOwn.body.contains("Melatonin") && !parentsOwn.body.contains("theirs to change"))
            let parentsHub = try await parent.get(Routes.patientCheckIn(teenRef, teenAppointment))
            #expect(!parentsHub.body.contains("from their own account"))
            let parentSaved = try await parent.post(
                Routes.saveCheckInReview(teenRef, teenAppointment),
                [CheckInRecordReview.answerField(teenInhaler.id!): "current", "missing": "Penicillin: a rash at 8"])
            #expect(parentSaved.status == .seeOther)
            // So is the teenager's insurance: the parent gives theirs beside it, unlocked and unaware.
            _ = try await teenBrowser.get(Routes.patientCheckInInsurance(teenRef, teenAppointment))
            var teensCard = Self.insured
            teensCard["payer"] = "Student Health Plan"
            let teenInsured = try await teenBrowser.postMultipart(
                Routes.saveCheckInInsurance(teenRef, teenAppointment), teensCard,
                files: [Self.photo("front_photo"), Self.photo("back_photo")])
            #expect(teenInsured.status == .seeOther)
            let parentsInsurance = try await parent.get(Routes.patientCheckInInsurance(teenRef, teenAppointment))
            #expect(!parentsInsurance.body.contains("Student Health Plan") && !parentsInsurance.body.contains("theirs to change"))
            #expect(!(try await parent.get(Routes.patientCheckIn(teenRef, teenAppointment))).body.contains("own account"))
            #expect(
                try await parent.postMultipart(
                    Routes.saveCheckInInsurance(teenRef, teenAppointment), ["coverage": "uninsured"], files: []
                ).status == .seeOther)

            // The front desk reads when each was saved, not what: allergies and medicines are the record.
            let scheduler = Browser(world)
            try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
            let childDetail = try await scheduler.get(Routes.staffCheckIn(childRef, childAppointment))
            #expect(!childDetail.body.contains("Outgrew it") && !childDetail.body.contains("Cetirizine"))
            #expect(childDetail.body.contains("part of the record"))
            let frontDesk = try await scheduler.get(Routes.staffCheckIn(teenRef, teenAppointment))
            #expect(frontDesk.body.contains("Insurance: from Leo Lopez&#39;s own account"))
            #expect(frontDesk.body.contains("Student Health Plan") && frontDesk.body.contains("No insurance, or the family pays"))
            let teensFront = Routes.staffCheckInInsuranceCard(teenRef, teenAppointment, .front).query(["account": "patient"])
            #expect(frontDesk.body.contains(teensFront.replacingOccurrences(of: "&", with: "&amp;")))
            let teensPhoto = try await scheduler.get(teensFront)
            #expect(teensPhoto.status == .ok && teensPhoto.headers.contentType == HTTPMediaType(type: "image", subType: "jpeg"))
            #expect(
                try await scheduler.get(Routes.staffCheckInInsuranceCard(teenRef, teenAppointment, .front)).status == .notFound,
                "the family chose no insurance, so the family's card has no photo")
            #expect(!frontDesk.body.contains("Albuterol") && !frontDesk.body.contains("Sertraline"))
            #expect(!frontDesk.body.contains("Melatonin") && !frontDesk.body.contains("Penicillin"))
            let him = Browser(world)
            try await SecondFactorTests.signInStaff(
                him, world, try await Fixtures.staff(world, role: .him, email: "him2@example.org"))
            let family = try await him.get(Routes.staffCheckIn(childRef, childAppointment))
            #expect(family.body.contains("No longer has this allergy: Outgrew it") && family.body.contains("Cetirizine"))
            let clinicians = try await him.get(Routes.staffCheckIn(teenRef, teenAppointment))
            #expect(clinicians.body.contains("Sertraline 50 mg") && clinicians.body.contains("The dose went up to 75 mg"))
            #expect(
                clinicians.body.contains("Melatonin for sleep") && clinicians.body.contains("from Leo Lopez&#39;s own account"))
            #expect(clinicians.body.contains("Penicillin: a rash at 8"), "the parent's review is read beside the teenager's")
        }
    }
}
