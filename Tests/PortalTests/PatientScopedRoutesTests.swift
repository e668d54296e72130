import Fluent
import Foundation
import PortalFHIR
import Testing
import VaporTesting

@testable import Portal

@Suite("Every patient-scoped route goes through the policy")
struct PatientScopedRoutesTests {
    @Test("Each listed route refuses another family's patient with 404, audited, and opens for one's own")
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
                let result = try await LabResult.query(on: world.app.db).filter(\.$patient.$id == child.id!).first()!
                let imaging = try await ImagingReport.query(on: world.app.db).filter(\.$patient.$id == child.id!).first()!
                items[child.id!] = (result.id!, imaging.id!)
            }
            let pool = try await Fixtures.pool(world, "Pediatrics", days: 2)
            var threads: [UUID: UUID] = [:]
            var attachments: [UUID: UUID] = [:]
            for (child, member) in [(ownChild, parent), (theirChild, other)] {
                let thread = MessageThread(
                    patientID: child.id!, poolID: pool.id!, subject: "About \(child.legalName)", audience: .proxies,
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
            var visits: [UUID: (appointment: UUID, guest: UUID, request: UUID)] = [:]
            var renewals: [UUID: (medication: UUID, renewal: UUID)] = [:]
            for (child, member) in [(ownChild, parent), (theirChild, other)] {
                let visit = try await Clinic.appointment(
                    world, for: child, start: world.now.addingTimeInterval(86_400 * 3), isVideo: true)
                let pass = VisitGuestPass()
                pass.$appointment.id = visit.id!
                pass.tokenHash = RandomToken.sha256Hex(RandomToken.make())
                pass.guestName = "Guest"
                pass.$createdBy.id = member.id!
                pass.createdAt = world.now
                try await pass.create(on: world.app.db)
                let request = AppointmentRequest()
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
                let medicine = try await RenewalTests.medication(world, for: child)
                let renewal = RenewalRequest(
                    patientID: child.id!, medicationID: medicine.id!, memberID: member.id!, poolID: pool.id!,
                    sensitivity: "normal", medicineName: medicine.name, pharmacy: "Lincoln Park Pharmacy", daysLeft: 3,
                    comment: nil, submissionKey: RandomToken.make(), at: world.now)
                try await renewal.create(on: world.app.db)
                renewals[child.id!] = (medicine.id!, renewal.id!)
            }
            func item(_ route: PatientScopedRoutes.Route, _ child: Patient) -> UUID {
                route.pattern.contains("/imaging/") ? items[child.id!]!.imaging : items[child.id!]!.result
            }
            let browser = Browser(world)
            try await browser.signIn(email: parent.email)

            for route in PatientScopedRoutes.all {
                let refused = try await send(
                    route, patient: theirChild.id!, with: browser,
                    filling: [
                        Paths.documentParameter: theirDocument.id!, Paths.grantParameter: theirGrant.id!,
                        Paths.itemParameter: item(route, theirChild), Paths.threadParameter: threads[theirChild.id!]!,
                        Paths.attachmentParameter: attachments[theirChild.id!]!,
                        Paths.appointmentParameter: visits[theirChild.id!]!.appointment,
                        Paths.guestParameter: visits[theirChild.id!]!.guest,
                        Paths.schedulingRequestParameter: visits[theirChild.id!]!.request,
                        Paths.medicationParameter: renewals[theirChild.id!]!.medication,
                        Paths.renewalParameter: renewals[theirChild.id!]!.renewal,
                    ])
                #expect(refused.status == .notFound, "\(route.method) \(route.pattern)")
                #expect(!refused.body.contains("Their Child") && !refused.body.contains("Their note"), "\(route.pattern)")
                let denied = try await AuditEvent.query(on: world.app.db)
                    .filter(\.$outcome == "denied").filter(\.$patientID == theirChild.id!.uuidString.lowercased()).count()
                #expect(denied >= 1, "\(route.pattern) did not audit the refusal")

                let allowed = try await send(
                    route, patient: ownChild.id!, with: browser,
                    filling: [
                        Paths.documentParameter: ownDocument.id!, Paths.grantParameter: ownGrant.id!,
                        Paths.itemParameter: item(route, ownChild), Paths.threadParameter: threads[ownChild.id!]!,
                        Paths.attachmentParameter: attachments[ownChild.id!]!,
                        Paths.appointmentParameter: visits[ownChild.id!]!.appointment,
                        Paths.guestParameter: visits[ownChild.id!]!.guest,
                        Paths.schedulingRequestParameter: visits[ownChild.id!]!.request,
                        Paths.medicationParameter: renewals[ownChild.id!]!.medication,
                        Paths.renewalParameter: renewals[ownChild.id!]!.renewal,
                    ])
                #expect(allowed.status != .notFound && allowed.status.code < 500, "\(route.pattern)")
            }
        }
    }

    @Test("No route names a patient without being in the list")
    func listIsComplete() async throws {
        try await withTestApp { world in
            let registered = Set(
                world.app.routes.all
                    .filter { route in route.path.contains { $0 == .parameter(Paths.patientParameter) } }
                    .map {
                        PatientScopedRoutes.Route(
                            method: $0.method, pattern: "/" + $0.path.map(\.description).joined(separator: "/"))
                    })
            #expect(registered == Set(PatientScopedRoutes.all))
            #expect(!registered.isEmpty)
        }
    }

    private func send(
        _ route: PatientScopedRoutes.Route, patient: UUID, with browser: Browser, filling parameters: [String: UUID]
    ) async throws -> Browser.Page {
        let path = route.path(for: patient, with: parameters)
        #expect(!path.contains(":"), "\(route.pattern) names a parameter the test does not fill")
        switch route.method {
        case .GET: return try await browser.get(path)
        default: return try await browser.post(path, [:])
        }
    }
}
