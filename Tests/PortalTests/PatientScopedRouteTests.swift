import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing
import VaporTesting

@testable import Portal
@testable import PortalRecord

@Suite("Every patient-scoped route goes through the policy")
struct PatientScopedRoutesTests {
    /// The table's routes that name a patient.
    /// Routes with a patient in the path that go through the policy's door: all of them but
    /// breaking the glass, which is how a clinician the door refused asks to be let through.
    static func patientRoutes(_ app: Application) -> [RouteDeclaration] {
        let withPatient = app.routes.all.compactMap(\.declaration).filter { $0.parameterNames.contains(Patient.routeName) }
        let besideTheDoor = withPatient.filter { if case .patient = $0.callers { false } else { true } }
        #expect(besideTheDoor.map(\.description) == [Routes.patientBreakTheGlass.declaration.description])
        return withPatient.filter { if case .patient = $0.callers { true } else { false } }
    }

    @Test("Each patient route refuses another family's patient with 404 (403 on staff routes), audited, and opens for one's own")
    func otherFamilyRefusedEverywhere() async throws {
        try await withTestApp { world in
            let parent = try await Fixtures.member(world)
            let ownChild = try await Fixtures.patient(world, name: "Own Child", bornYearsAgo: 6)
            let ownGrant = try await Fixtures.grant(world, parent, ownChild)
            let other = try await Fixtures.member(world)
            let theirChild = try await Fixtures.patient(world, name: "Their Child", bornYearsAgo: 6)
            let theirGrant = try await Fixtures.grant(world, other, theirChild)
            let ownDocument = try await Fixtures.document(world, ownChild, title: "Own note")
            // A PDF, so the file route has something to serve.
            ownDocument.contentType = "application/pdf"
            ownDocument.attachment = Data("%PDF-1.4 own".utf8)
            try await ownDocument.update(on: world.app.db)
            let theirDocument = try await Fixtures.document(world, theirChild, title: "Their note")
            var items: [UUID: (result: UUID, imaging: UUID)] = [:]
            for child in [ownChild, theirChild] {
                _ = try await ClinicalImportTests.run(
                    world, ClinicalBundles.bloodCount(for: child, id: "cbc-\(child.id!)", now: world.now))
                _ = try await ClinicalImportTests.run(world, ClinicalBundles.chestXRay(for: child, now: world.now))
                _ = try await ClinicalImportTests.run(
                    world,
                    FHIRBuilder.bundle([
                        FHIRBuilder.immunization(
                            id: "imm-\(child.id!)", recordNumber: child.medicalRecordNumber, cvx: "20", vaccine: "DTaP",
                            given: LocalDate(iso: "2021-05-01")!, doseNumber: 1, seriesDoses: 5, lot: nil, site: nil)
                    ]).withSubjectsByRecordNumber())
                let result = try await StoredLabResult.query(on: world.app.db).filter(\.$patientID == child.id!).first()!
                let imaging = try await StoredImagingReport.query(on: world.app.db).filter(\.$patientID == child.id!).first()!
                items[child.id!] = (result.id!, imaging.id!)
            }
            let careTeam = try await Fixtures.careTeam(world, "Pediatrics", days: 2)
            var threads: [UUID: UUID] = [:]
            var attachments: [UUID: UUID] = [:]
            for (child, member) in [(ownChild, parent), (theirChild, other)] {
                let thread = MessageThread(
                    patientID: child.id!, careTeamID: careTeam.id!, subject: "About \(child.legalName)", audience: .proxies,
                    startedBy: member.id!, at: world.now)
                try await thread.create(on: world.app.db)
                threads[child.id!] = thread.id!
                let message = ThreadMessage(
                    threadID: thread.id!, memberID: member.id!, body: "With a file", submissionKey: RandomToken.make(),
                    at: world.now)
                message.position = 1
                try await message.create(on: world.app.db)
                let sealed = try world.app.portal.documents.seal(Array("%PDF-1.4 file".utf8), purpose: .messageAttachment)
                try await MessageAttachments.save(
                    [.init(document: sealed, fileName: "file.pdf")], for: message.id!, on: world.app.db)
                attachments[child.id!] = try await MessageAttachment.query(on: world.app.db).filter(\.$message.$id == message.id!)
                    .first()!.id!
            }
            let pediatrics = Department(
                ehrKey: FHIRBuilder.departmentKey("PEDS"), nameEnglish: "Pediatrics", nameSpanish: "Pediatría",
                videoURLTemplate: Clinic.videoTemplate)
            try await pediatrics.create(on: world.app.db)
            _ = try await ClinicalImportTests.run(world, QuestionnaireSetupTests.bundle)
            let intake = try #require(
                try await StoredQuestionnaire.query(on: world.app.db).filter(\.$confidential == false).first())
            try await DepartmentQuestionnaire(departmentID: pediatrics.id!, questionnaireID: intake.id!).create(
                on: world.app.db)
            var visits: [UUID: (appointment: UUID, guest: UUID, request: UUID)] = [:]
            var renewals: [UUID: (medication: UUID, renewal: UUID)] = [:]
            var shareCodes: [UUID: UUID] = [:]
            for (child, member) in [(ownChild, parent), (theirChild, other)] {
                let visit = try await Clinic.appointment(
                    world, for: child, start: world.now.addingTimeInterval(86_400 * 3), isVideo: true)
                let pass = VisitGuestPass()
                pass.appointmentID = visit.id!
                pass.tokenHash = RandomToken.sha256Hex(RandomToken.make())
                pass.guestName = "Guest"
                pass.$createdBy.id = member.id!
                pass.createdAt = world.now
                pass.sensitivityValue = "normal"
                try await pass.create(on: world.app.db)
                let request = SchedulingRequest()
                request.$patient.id = child.id!
                request.$department.id = pediatrics.id!
                request.kind = .appointment
                request.$member.id = member.id!
                request.sensitivityValue = "normal"
                request.reason = "Sick visit"
                request.preferredDaysValue = ""
                request.timesOfDayValue = ""
                request.visitMode = .either
                request.submissionKey = RandomToken.make()
                request.status = .alternativesOffered
                request.createdAt = world.now
                request.offeredSlotsValue = String(format: "%.0f", world.now.addingTimeInterval(86_400).timeIntervalSince1970)
                try await request.create(on: world.app.db)
                visits[child.id!] = (visit.id!, pass.id!, request.id!)
                let code = ShareCodeRecord()
                code.$patient.id = child.id!
                code.$creator.id = member.id!
                code.createdByPatient = false
                code.kind = SharedRecordKind.immunizations.rawValue
                code.lookupKey = RandomToken.sha256Hex(RandomToken.make())
                code.ending = "ABCD"
                code.createdAt = world.now
                code.expiresAt = world.now.addingTimeInterval(86_400)
                code.wrongBirthDates = 0
                try await code.create(on: world.app.db)
                shareCodes[child.id!] = code.id!
                let medicine = try await RenewalTests.medication(world, for: child)
                let renewal = RenewalRequest(
                    patientID: child.id!, medicationID: medicine.id!, memberID: member.id!, careTeamID: careTeam.id!,
                    sensitivity: "normal", medicineName: medicine.name, pharmacy: "Lincoln Park Pharmacy", daysLeft: 3,
                    comment: nil, submissionKey: RandomToken.make(), at: world.now)
                try await renewal.create(on: world.app.db)
                renewals[child.id!] = (medicine.id!, renewal.id!)
            }
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)

            let routes = Self.patientRoutes(world.app)
            #expect(routes.count > 40)
            for route in routes {
                let refused = try await send(
                    route, patient: theirChild.id!, with: browser,
                    filling: [
                        ClinicalDocument.routeName: theirDocument.id!, AccessGrant.routeName: theirGrant.id!,
                        LabResult.routeName: items[theirChild.id!]!.result,
                        ImagingReport.routeName: items[theirChild.id!]!.imaging,
                        MessageThread.routeName: threads[theirChild.id!]!,
                        MessageAttachment.routeName: attachments[theirChild.id!]!,
                        Appointment.routeName: visits[theirChild.id!]!.appointment,
                        VisitGuestPass.routeName: visits[theirChild.id!]!.guest,
                        SchedulingRequest.routeName: visits[theirChild.id!]!.request,
                        Medication.routeName: renewals[theirChild.id!]!.medication,
                        RenewalRequest.routeName: renewals[theirChild.id!]!.renewal,
                        ShareCodeRecord.routeName: shareCodes[theirChild.id!]!,
                        StoredQuestionnaire.routeName: intake.id!,
                    ])
                // Routes for staff only refuse every member alike, whoever the patient is.
                guard case .patient(let membersAdmitted, _, _) = route.callers else { Issue.record("\(route)"); continue }
                #expect(refused.status == (membersAdmitted ? .notFound : .forbidden), "\(route)")
                #expect(!refused.body.contains("Their Child") && !refused.body.contains("Their note"), "\(route.pattern)")
                let denied = try await AuditEvent.query(on: world.app.db)
                    .filter(\.$outcome == "denied").filter(\.$patientID == theirChild.id!.uuidString.lowercased()).count()
                #expect(denied >= 1, "\(route.pattern) did not audit the refusal")

                let allowed = try await send(
                    route, patient: ownChild.id!, with: browser,
                    filling: [
                        ClinicalDocument.routeName: ownDocument.id!, AccessGrant.routeName: ownGrant.id!,
                        LabResult.routeName: items[ownChild.id!]!.result, ImagingReport.routeName: items[ownChild.id!]!.imaging,
                        MessageThread.routeName: threads[ownChild.id!]!,
                        MessageAttachment.routeName: attachments[ownChild.id!]!,
                        Appointment.routeName: visits[ownChild.id!]!.appointment,
                        VisitGuestPass.routeName: visits[ownChild.id!]!.guest,
                        SchedulingRequest.routeName: visits[ownChild.id!]!.request,
                        Medication.routeName: renewals[ownChild.id!]!.medication,
                        RenewalRequest.routeName: renewals[ownChild.id!]!.renewal,
                        ShareCodeRecord.routeName: shareCodes[ownChild.id!]!,
                        StoredQuestionnaire.routeName: intake.id!,
                    ])
                #expect(allowed.status != .notFound && allowed.status.code < 500, "\(route.pattern)")
            }
        }
    }

    private func send(
        _ route: RouteDeclaration, patient: UUID, with browser: Browser, filling parameters: [String: UUID]
    ) async throws -> Browser.Page {
        let values = parameters.merging([Patient.routeName: patient]) { _, patient in patient }
        // A parameter that names no record (a card's side) takes its sample value.
        let path = route.path(
            filling: zip(route.parameterNames, route.sampleSegments).map { name, sample in
                values[name]?.uuidString.lowercased() ?? (name == CheckInInsurance.Side.routeName ? sample : ":\(name)")
            })
        #expect(!path.contains(":"), "\(route.pattern) names a parameter the test does not fill")
        switch route.method {
        case .GET: return try await browser.get(path)
        default: return try await browser.post(path, [:])
        }
    }
}
