import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing
import VaporTesting

@testable import Portal
@testable import PortalRecord

/// What a 12-17-year-old sends from their own account is theirs and the care team's: the
/// parent finds no trace of it on any page, count, calendar file or e-mail, unless the teen
/// ticked "let my parents see this".
@Suite("A teenager's requests stay theirs")
struct TeenPrivacyTests {
    static let secretWords = "a question about birth control"
    static let teenPhone = "(773) 555-0142"

    static func requestForm(_ clinic: Clinic, key: String, share: Bool) -> [(String, String)] {
        let department = clinic.pediatrics.id!.uuidString.lowercased()
        var pairs: [(String, String)] = [
            ("key", key), ("department", department), ("reason", SchedulingRequestFormPage.somethingElse),
            ("details", secretWords), ("mode", "either"), ("phone", teenPhone), ("days[]", "2026-12-01"),
        ]
        if share { pairs.append((SharingChoice.fieldName, SharingChoice.sharedValue)) }
        return pairs
    }

    /// The teen signs in and asks General Pediatrics for an appointment; returns the stored request.
    static func teenAsks(_ world: TestWorld, _ clinic: Clinic, _ teen: Browser, share: Bool) async throws -> SchedulingRequest {
        let form = try await teen.get(Routes.patientNewSchedulingRequest(clinic.teen.ref))
        #expect(form.body.contains("Let my parents or guardians see this"))
        let sent = try await teen.post(
            Routes.patientSchedulingRequests(clinic.teen.ref),
            pairs: requestForm(clinic, key: try #require(MessagingTests.key(in: form.body)), share: share))
        #expect(sent.status == .seeOther)
        return try #require(
            try await SchedulingRequest.query(on: world.app.db).filter(\.$member.$id == clinic.teenAccount.id!)
                .sort(\.$createdAt, .descending).first())
    }

    @Test("A teen's private appointment request, and the visit booked from it, leave no trace for the parent")
    func privateAppointmentRequest() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let request = try await Self.teenAsks(world, clinic, teen, share: false)
            #expect(request.sensitivity == .adolescentConfidential(.keptPrivateByPatient))
            #expect(request.$member.id == clinic.teenAccount.id)
            let own = try await teen.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref))
            #expect(own.body.contains(Self.secretWords) && own.body.contains("Only you and your care team see this"))

            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            // A parent is never offered the choice: it is the teen's to make.
            let parentForm = try await parent.get(Routes.patientNewSchedulingRequest(clinic.teen.ref))
            #expect(!parentForm.body.contains("Let my parents or guardians see this"))
            let list = try await parent.get(Routes.patientAppointments(clinic.teen.ref))
            #expect(list.status == .ok)
            #expect(!list.body.contains(Self.secretWords) && !list.body.contains("555-0142"))
            #expect(!list.body.contains(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref)))
            let direct = try await parent.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref))
            #expect(direct.status == .notFound)

            let scheduler = Browser(world)
            try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
            let work = try await scheduler.get(Routes.staffSchedulingRequest(clinic.teen.ref, request.ref))
            #expect(work.body.contains("Private to the patient") && work.body.contains(Self.secretWords))
            let booked = try await scheduler.post(
                Routes.staffSchedulingAnswer(clinic.teen.ref, request.ref),
                ["action": "book", "date": "2026-12-01", "time": "09:30", "minutes": "30", "clinician": "Dr. Kim Lee"])
            #expect(booked.status == .seeOther)
            let visit = try #require(try await StoredAppointment.query(on: world.app.db).first())
            #expect(Sensitivity(storageValue: visit.sensitivityValue) == .adolescentConfidential(.keptPrivateByPatient))

            let teenList = try await teen.get(Routes.patientAppointments(clinic.teen.ref))
            #expect(teenList.body.contains("Tuesday, December 1, 2026, 9:30 AM"))
            let home = try await parent.get(Routes.home())
            #expect(!home.body.contains("Next appointment") && !home.body.contains("December 1"))
            let parentList = try await parent.get(Routes.patientAppointments(clinic.teen.ref))
            #expect(!parentList.body.contains("December 1") && !parentList.body.contains("Kim Lee"))
            let ref = Ref<Appointment>(try visit.requireID())
            #expect(try await parent.get(Routes.patientAppointment(clinic.teen.ref, ref)).status == .notFound)
            #expect(try await parent.get(Routes.patientAppointmentCalendar(clinic.teen.ref, ref)).status == .notFound)
            let teenCalendar = try await teen.get(Routes.patientAppointmentCalendar(clinic.teen.ref, ref))
            #expect(teenCalendar.status == .ok && teenCalendar.body.contains("BEGIN:VEVENT"))
            // The answer's notice went to the teen alone.
            let notices = try await OutboxMessage.notices(world).all().map(\.recipient)
            #expect(notices == [clinic.teenAccount.email])
        }
    }

    @Test("What the teen chose to share, the parent sees; the choice is the teen's, not a parent's")
    func sharedRequest() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let request = try await Self.teenAsks(world, clinic, teen, share: true)
            #expect(request.sensitivity == .normal)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let page = try await parent.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref))
            #expect(page.status == .ok && page.body.contains(Self.secretWords))
            #expect(!page.body.contains("Only you and your care team"))

            // A parent who sends the box anyway gets an ordinary request: the box means nothing from them.
            let form = try await parent.get(Routes.patientNewSchedulingRequest(clinic.child.ref))
            var pairs = Self.requestForm(clinic, key: try #require(MessagingTests.key(in: form.body)), share: false)
            pairs.append((SharingChoice.fieldName, "nobody"))
            _ = try await parent.post(Routes.patientSchedulingRequests(clinic.teen.ref), pairs: pairs)
            let parents = try #require(
                try await SchedulingRequest.query(on: world.app.db).filter(\.$member.$id == clinic.parent.id!).first())
            #expect(parents.sensitivity == .normal)
        }
    }

    @Test("A teen's renewal request and its comment stay theirs; the parent may still ask for the same medicine")
    func privateRenewal() async throws {
        try await withTestApp { world in
            let setup = try await RenewalTests.setup(world)
            let clinic = setup.clinic
            let inhaler = try await RenewalTests.medication(world, for: clinic.teen)
            let path = Routes.patientMedicationRenewal(clinic.teen.ref, inhaler.ref)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let teenForm = try await teen.get(path)
            #expect(teenForm.body.contains("Let my parents or guardians see this"))
            var fields = RenewalTests.form(key: try #require(MessagingTests.key(in: teenForm.body)))
            fields["comment"] = "Only using it before practice, do not tell my mom"
            #expect(try await teen.post(path, fields).status == .seeOther)
            let teenRequest = try #require(try await RenewalRequest.query(on: world.app.db).first())
            #expect(teenRequest.sensitivity == .adolescentConfidential(.keptPrivateByPatient))

            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let list = try await parent.get(Routes.patientMedications(clinic.teen.ref))
            #expect(list.body.contains("Albuterol") && !list.body.contains("Renewal requested"))
            #expect(try await parent.get(Routes.patientRenewal(clinic.teen.ref, teenRequest.ref)).status == .notFound)
            // The parent is offered the form and their own request is stored: no "already requested".
            let parentForm = try await parent.get(path)
            #expect(parentForm.status == .ok && !parentForm.body.contains("already requested"))
            #expect(!parentForm.body.contains("Let my parents or guardians see this"))
            let parentSent = try await parent.post(
                path, RenewalTests.form(key: try #require(MessagingTests.key(in: parentForm.body))))
            #expect(parentSent.status == .seeOther)
            #expect(try await RenewalRequest.query(on: world.app.db).count() == 2)

            let clinician = Browser(world)
            try await SecondFactorTests.signInStaff(clinician, world, setup.clinician)
            let review = try await clinician.get(Routes.staffRenewal(clinic.teen.ref, teenRequest.ref))
            #expect(review.body.contains("do not tell my mom") && review.body.contains("Private to the patient"))
            let decided = try await clinician.post(
                Routes.staffRenewalDecision(clinic.teen.ref, teenRequest.ref), ["decision": "deny", "note": "Come see us"])
            #expect(decided.status == .seeOther)
            let after = try await parent.get(Routes.patientMedications(clinic.teen.ref))
            #expect(!after.body.contains("Come see us") && !after.body.contains("do not tell"))
            let teenList = try await teen.get(Routes.patientMedications(clinic.teen.ref))
            #expect(teenList.body.contains("Renewal"))
            let notices = try await OutboxMessage.notices(world).all().map(\.recipient)
            #expect(notices == [clinic.teenAccount.email])
        }
    }

    @Test("A teen's interpreter, cancellation and guest on a visit the parent sees are not shown to the parent")
    func privateVisitRequests() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let visit = try await Clinic.appointment(
                world, for: clinic.teen, start: world.now.addingTimeInterval(3 * 86400), isVideo: true)
            let ref = Ref<Appointment>(try visit.requireID())
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let page = try await teen.get(Routes.patientAppointment(clinic.teen.ref, ref))
            #expect(page.body.contains("Let my parents or guardians see this"))
            #expect(
                try await teen.post(
                    Routes.patientAppointmentInterpreter(clinic.teen.ref, ref),
                    ["key": RandomToken.make(), "language": "Tagalog"]
                ).status == .seeOther)
            #expect(
                try await teen.post(
                    Routes.patientAppointmentCancel(clinic.teen.ref, ref),
                    ["key": RandomToken.make(), "reason": "I have a test that day"]
                ).status == .seeOther)
            let guest = try await teen.post(
                Routes.patientAppointmentGuests(clinic.teen.ref, ref), ["key": RandomToken.make(), "name": "Jordan"])
            #expect(guest.status == .ok && guest.body.contains("Jordan"))
            let teenPage = try await teen.get(Routes.patientAppointment(clinic.teen.ref, ref))
            #expect(teenPage.body.contains("Tagalog") && teenPage.body.contains("You asked to cancel"))

            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let parentPage = try await parent.get(Routes.patientAppointment(clinic.teen.ref, ref))
            #expect(parentPage.status == .ok)
            for trace in ["Tagalog", "You asked to cancel", "I have a test", "Jordan"] {
                #expect(!parentPage.body.contains(trace), "\(trace) shown to the parent")
            }
            let list = try await parent.get(Routes.patientAppointments(clinic.teen.ref))
            #expect(!list.body.contains("Cancellation requested"))
            // The parent can still ask for their own interpreter and guests: nothing says the teen did.
            #expect(parentPage.body.contains(Routes.patientAppointmentInterpreter(clinic.teen.ref, ref)))
            let passes = try await VisitGuestPass.query(on: world.app.db).all()
            #expect(passes.map(\.sensitivity) == [.adolescentConfidential(.keptPrivateByPatient)])
            // The parent cannot revoke the teen's guest, whose id they never saw.
            let revoke = try await parent.post(
                Routes.patientAppointmentGuestRevoke(clinic.teen.ref, ref, passes[0].ref), [:])
            #expect(revoke.status == .notFound)
        }
    }

    @Test("A confidential care team is neither named nor offered to a parent of a teen; the teen writes to it")
    func careTeamNames() async throws {
        try await withTestApp { world in
            let setup = try await RenewalTests.setup(world)
            let clinic = setup.clinic
            let adolescent = try await Fixtures.careTeam(world, "Adolescent Medicine", days: 2)
            adolescent.confidentialCategoryValue = SensitiveCategory.reproductiveHealth.rawValue
            try await adolescent.save(on: world.app.db)
            try await PatientCareTeam(patientID: clinic.teen.id!, careTeamID: adolescent.id!).create(on: world.app.db)
            // The prescriber works only in the adolescent clinic.
            let prescriber = try await Fixtures.staff(world, role: .clinician, email: "ruiz@example.org")
            prescriber.fullName = "Dr. Ana Ruiz"
            try await prescriber.save(on: world.app.db)
            try await CareTeamStaff(careTeamID: adolescent.id!, staffID: prescriber.id!).create(on: world.app.db)
            let bundle = FHIRBuilder.bundle([
                FHIRBuilder.patient(
                    recordNumber: clinic.teen.medicalRecordNumber, name: clinic.teen.legalName, birthDate: clinic.teen.birthDate),
                FHIRBuilder.medication(
                    id: "med-iron", recordNumber: clinic.teen.medicalRecordNumber, rxNorm: nil, name: "Ferrous sulfate 325 mg",
                    dose: (1, "tablet"), instructions: "Daily", prescriber: "Dr. Ana Ruiz",
                    started: LocalDate(year: 2026, month: 9, day: 1)!, refills: 1, pharmacy: "Lincoln Park Pharmacy",
                    status: "active", sensitivity: .normal, renewableThroughPortal: true),
            ])
            _ = try await ClinicalImportTests.run(world, bundle)
            let iron = try #require(try await StoredMedication.query(on: world.app.db).first())

            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let compose = try await parent.get(Routes.patientCompose(clinic.teen.ref))
            #expect(compose.body.contains("General Pediatrics") && !compose.body.contains("Adolescent Medicine"))
            let forced = try await parent.post(
                Routes.patientMessages(clinic.teen.ref),
                [
                    "to": adolescent.id!.uuidString.lowercased(), "subject": "Hello", "body": "Is my son a patient here?",
                    "key": RandomToken.make(),
                ])
            #expect(forced.status == .unprocessableEntity && !forced.body.contains("Adolescent Medicine"))
            #expect(try await MessageThread.query(on: world.app.db).count() == 0)
            let renewal = try await parent.get(Routes.patientMedicationRenewal(clinic.teen.ref, iron.ref))
            #expect(renewal.body.contains("The request goes to the prescriber&#39;s care team"))
            #expect(!renewal.body.contains("Adolescent Medicine"))
            // The younger child's parent view is not affected, and neither is the teen's own.
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            #expect(try await teen.get(Routes.patientCompose(clinic.teen.ref)).body.contains("Adolescent Medicine"))
            let teenRenewal = try await teen.get(Routes.patientMedicationRenewal(clinic.teen.ref, iron.ref))
            #expect(teenRenewal.body.contains("The request goes to Adolescent Medicine"))
        }
    }
}

extension TeenPrivacyTests {
    /// The EHR's version of a visit the portal booked, with the EHR's identifier listed first.
    static func ehrCopy(
        of visit: StoredAppointment, _ patient: Patient, id: String, start: Date, keepingPortalKey: Bool,
        sensitivity: Sensitivity = .normal
    ) -> JSONValue {
        var entry = FHIRBuilder.appointment(
            id: id, recordNumber: patient.medicalRecordNumber, departmentCode: "PEDS", clinician: "Dr. Kim Lee",
            start: start, minutes: 30, sensitivity: sensitivity)
        if keepingPortalKey, let own = entry.resource["identifier"]?[0], let key = visit.sourceKey {
            let value = String(key.dropFirst(AppointmentRecord.portalBookingSystem.count + 1))
            entry.resource["identifier"] = [
                own, ["system": .string(AppointmentRecord.portalBookingSystem), "value": .string(value)],
            ]
        }
        return FHIRBuilder.bundle([
            FHIRBuilder.patient(recordNumber: patient.medicalRecordNumber, name: patient.legalName, birthDate: patient.birthDate),
            FHIRBuilder.location(code: "PEDS", name: "General Pediatrics"), entry,
        ])
    }

    @Test(
        "The EHR's copy of a teen's private visit is the same visit and stays private, found by the portal's identifier or by its slot",
        arguments: [false, true])
    func ehrCopyOfPrivateVisit(keepingPortalKey: Bool) async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let request = try await Self.teenAsks(world, clinic, teen, share: false)
            try await clinic.schedulerBooks(world, request, for: clinic.teen)
            let visit = try #require(try await StoredAppointment.query(on: world.app.db).first())

            // The EHR sends the visit under its own identifier and without a label, then moves it
            // (found by its own key from then on).
            _ = try await ClinicalImportTests.run(
                world, Self.ehrCopy(of: visit, clinic.teen, id: "ehr-77", start: visit.start, keepingPortalKey: keepingPortalKey))
            let moved = visit.start.addingTimeInterval(3600)
            _ = try await ClinicalImportTests.run(
                world, Self.ehrCopy(of: visit, clinic.teen, id: "ehr-77", start: moved, keepingPortalKey: keepingPortalKey))
            let stored = try await StoredAppointment.query(on: world.app.db).all()
            #expect(stored.count == 1)
            let only = try #require(stored.first)
            #expect(only.id == visit.id && only.start == moved)
            #expect(only.sourceKey == "\(FHIRBuilder.identifierSystem)|ehr-77")
            #expect(Sensitivity(storageValue: only.sensitivityValue) == .adolescentConfidential(.keptPrivateByPatient))

            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let list = try await parent.get(Routes.patientAppointments(clinic.teen.ref))
            #expect(list.status == .ok && !list.body.contains("December 1") && !list.body.contains("Kim Lee"))
            #expect(!(try await parent.get(Routes.home())).body.contains("Next appointment"))
            #expect(try await teen.get(Routes.patientAppointments(clinic.teen.ref)).body.contains("10:30 AM"))
        }
    }

    @Test("A visit of another patient, or of another department, at the same time is not taken for the portal's booking")
    func otherVisitsAtTheSameTime() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let request = try await Self.teenAsks(world, clinic, teen, share: false)
            try await clinic.schedulerBooks(world, request, for: clinic.teen)
            let visit = try #require(try await StoredAppointment.query(on: world.app.db).first())
            let sibling = try await Clinic.appointment(world, for: clinic.child, id: "ehr-sibling", start: visit.start)
            #expect(sibling.id != visit.id && sibling.sensitivityValue == "normal")
            let allergy = try await Clinic.appointment(
                world, for: clinic.teen, id: "ehr-allergy", department: "ALLERGY", start: visit.start)
            #expect(allergy.id != visit.id && allergy.sensitivityValue == "normal")
            let booking = try #require(try await StoredAppointment.find(visit.id, on: world.app.db))
            #expect(booking.sourceKey == visit.sourceKey)
        }
    }
}

extension TeenPrivacyTests {
    @Test("A parent's thread with a team marked confidential afterwards keeps its words but no longer names the team")
    func threadsOfATeamMarkedConfidential() async throws {
        try await withTestApp { world in
            let clinic = try await MessagingTests.clinic(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            try await MessagingTests.start(parent, clinic, subject: "Refill timing", body: "When should we pick it up?")
            let thread = try await MessagingTests.thread(world, subject: "Refill timing")
            let doctor = Browser(world)
            try await SecondFactorTests.signInStaff(doctor, world, clinic.clinician)
            let page = try await doctor.get(Routes.patientThread(clinic.teen.ref, thread.ref))
            _ = try await doctor.post(
                Routes.patientThreadReplies(clinic.teen.ref, thread.ref),
                [
                    "body": "Any day after Monday.", "key": try #require(MessagingTests.key(in: page.body)),
                    "care_team": clinic.team.id!.uuidString.lowercased(),
                ])
            #expect(try await parent.get(Routes.messages()).body.contains("Adolescent Medicine"))

            clinic.team.confidentialCategoryValue = SensitiveCategory.reproductiveHealth.rawValue
            try await clinic.team.save(on: world.app.db)
            for language in ["en", "es"] {
                _ = try await parent.post(Routes.chooseLanguage(), ["language": language, "return_to": "/"])
                let inbox = try await parent.get(Routes.messages())
                let list = try await parent.get(Routes.patientMessages(clinic.teen.ref))
                let shown = try await parent.get(Routes.patientThread(clinic.teen.ref, thread.ref))
                for body in [inbox.body, list.body, shown.body] {
                    #expect(body.contains("Refill timing") && !body.contains("Adolescent Medicine"))
                }
                #expect(shown.body.contains("Any day after Monday."))
                #expect(shown.body.contains(language == "es" ? "Equipo de atención" : "Care team"))
            }
            let teen = Browser(world)
            try await teen.signIn(email: clinic.own.email)
            try await MessagingTests.start(teen, clinic, subject: "Just me", body: "A private question")
            #expect(try await teen.get(Routes.messages()).body.contains("Adolescent Medicine"))
        }
    }
}

extension TeenPrivacyTests {
    @Test("A department category the code does not know fails closed: its visits are restricted and it is not offered")
    func unknownDepartmentCategory() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            clinic.pediatrics.confidentialCategoryValue = "a_category_from_a_later_release"
            try await clinic.pediatrics.save(on: world.app.db)
            let visit = try await Clinic.appointment(world, for: clinic.child, start: world.now.addingTimeInterval(86_400))
            #expect(visit.sensitivity == .restricted)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let form = try await parent.get(Routes.patientNewSchedulingRequest(clinic.child.ref))
            #expect(form.status == .ok && !form.body.contains("General Pediatrics"))
            #expect(!(try await parent.get(Routes.patientAppointments(clinic.child.ref))).body.contains("Kim Lee"))
        }
    }
}

extension TeenPrivacyTests {
    @Test(
        "The EHR's copy entered before the portal booked the teen's private visit is private from its arrival, and becomes that visit"
    )
    func ehrCopyFirst() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let request = try await Self.teenAsks(world, clinic, teen, share: false)
            let zone = world.config.hospitalTimeZone
            let start = LocalDate(year: 2026, month: 12, day: 1)!.startOfDay(in: zone).addingTimeInterval(9.5 * 3600)
            let entered = try await Clinic.appointment(world, for: clinic.teen, id: "ehr-first", start: start)
            #expect(entered.sensitivity == .adolescentConfidential(.keptPrivateByPatient))
            let early = Browser(world)
            try await early.signIn(email: clinic.parent.email)
            #expect(!(try await early.get(Routes.patientAppointments(clinic.teen.ref))).body.contains("December 1"))
            #expect(!(try await early.get(Routes.home())).body.contains("December 1"))
            try await clinic.schedulerBooks(world, request, for: clinic.teen)
            let visits = try await StoredAppointment.query(on: world.app.db).all()
            #expect(visits.count == 1 && visits.first?.id == entered.id)
            #expect(visits.first?.sensitivity == .adolescentConfidential(.keptPrivateByPatient))
            let booked = try #require(try await SchedulingRequest.find(request.id, on: world.app.db))
            #expect(booked.bookedAppointmentID == entered.id)
            // The EHR's next version, still unlabelled, does not loosen it.
            _ = try await Clinic.appointment(world, for: clinic.teen, id: "ehr-first", start: start, visitType: "Follow-up")
            let again = try #require(try await StoredAppointment.find(entered.id, on: world.app.db))
            #expect(again.sensitivity == .adolescentConfidential(.keptPrivateByPatient) && again.visitType == "Follow-up")
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            #expect(!(try await parent.get(Routes.patientAppointments(clinic.teen.ref))).body.contains("December 1"))
        }
    }

    @Test(
        "A parent's own visit arriving while the teen's private request waits is held from the parent until the request is withdrawn or declined; past visits are not held"
    )
    func holdsEndWithTheRequest() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let request = try await Self.teenAsks(world, clinic, teen, share: false)
            let physical = try await Clinic.appointment(
                world, for: clinic.teen, id: "ehr-physical", start: world.now.addingTimeInterval(5 * 86_400),
                visitType: "Sports physical")
            let last = try await Clinic.appointment(
                world, for: clinic.teen, id: "ehr-last-year", start: world.now.addingTimeInterval(-300 * 86_400),
                status: "fulfilled", visitType: "Flu shot")
            #expect(physical.sensitivity == .adolescentConfidential(.keptPrivateByPatient) && last.sensitivity == .normal)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let list = Routes.patientAppointments(clinic.teen.ref)
            let physicalPage = Routes.patientAppointment(clinic.teen.ref, Ref<Appointment>(physical.id!))
            #expect(try await parent.get(physicalPage).status == .notFound)
            #expect(try await parent.get(Routes.patientAppointment(clinic.teen.ref, Ref<Appointment>(last.id!))).status == .ok)

            // The teen withdraws: the visit shows to the parent again, and its next version keeps it so.
            try await teen.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref))
            let withdrawn = try await teen.post(Routes.patientSchedulingRequestWithdraw(clinic.teen.ref, request.ref), [:])
            #expect(withdrawn.status == .seeOther)
            #expect(try await parent.get(physicalPage).body.contains("Sports physical"))
            _ = try await Clinic.appointment(
                world, for: clinic.teen, id: "ehr-physical", start: world.now.addingTimeInterval(5 * 86_400),
                visitType: "Sports physical exam")
            #expect(try await parent.get(physicalPage).body.contains("Sports physical exam"))
            #expect(try await parent.get(list).body.contains(physicalPage))

            // Asked again and declined: the hold ends with the answer.
            world.advance(60)
            let again = try await Self.teenAsks(world, clinic, teen, share: false)
            let checkup = try await Clinic.appointment(
                world, for: clinic.teen, id: "ehr-checkup", start: world.now.addingTimeInterval(6 * 86_400),
                visitType: "Asthma check")
            #expect(checkup.sensitivity == .adolescentConfidential(.keptPrivateByPatient))
            let scheduler = Browser(world)
            try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
            try await scheduler.get(Routes.staffSchedulingRequest(clinic.teen.ref, again.ref))
            let declined = try await scheduler.post(
                Routes.staffSchedulingAnswer(clinic.teen.ref, again.ref),
                ["action": "decline", "note": "Please call the clinic to talk this through."])
            #expect(declined.status == .seeOther)
            #expect(try await parent.get(Routes.patientAppointment(clinic.teen.ref, Ref<Appointment>(checkup.id!))).status == .ok)
            let released = try #require(try await StoredAppointment.find(checkup.id, on: world.app.db))
            #expect(released.heldForRequest == nil && released.sensitivity == .normal)
        }
    }

    @Test("An EHR copy stored before the teen asked, then moved to the teen's private booking, is private too")
    func ehrCopyMovedToTheBooking() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let zone = world.config.hospitalTimeZone
            let booked = LocalDate(year: 2026, month: 12, day: 1)!.startOfDay(in: zone).addingTimeInterval(9.5 * 3600)
            let earlier = try await Clinic.appointment(
                world, for: clinic.teen, id: "ehr-elsewhere", start: booked.addingTimeInterval(2 * 86_400))
            #expect(earlier.sensitivity == .normal)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let request = try await Self.teenAsks(world, clinic, teen, share: false)
            try await clinic.schedulerBooks(world, request, for: clinic.teen)
            let booking = try #require(
                try await StoredAppointment.query(on: world.app.db).filter(\.$id != earlier.id!).first())
            _ = try await ClinicalImportTests.run(
                world, Self.ehrCopy(of: booking, clinic.teen, id: "ehr-elsewhere", start: booked, keepingPortalKey: true))
            let moved = try #require(try await StoredAppointment.find(earlier.id, on: world.app.db))
            #expect(moved.start == booked && moved.sensitivity == .adolescentConfidential(.keptPrivateByPatient))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            #expect(!(try await parent.get(Routes.patientAppointments(clinic.teen.ref))).body.contains("December 1"))
        }
    }

    @Test("When the EHR makes a visit private, the parent's request that booked it follows, and its notice is not sent")
    func ehrRelabelsAVisit() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let (_, request) = try await SchedulingTests.sendRequest(world, clinic, as: parent, for: clinic.teen)
            try await clinic.schedulerBooks(world, request, for: clinic.teen)
            let visit = try #require(try await StoredAppointment.query(on: world.app.db).first())
            #expect(try await parent.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref)).status == .ok)
            _ = try await ClinicalImportTests.run(
                world,
                Self.ehrCopy(
                    of: visit, clinic.teen, id: "ehr-9", start: visit.start, keepingPortalKey: true,
                    sensitivity: .adolescentConfidential(.reproductiveHealth)))
            #expect(try await parent.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref)).status == .notFound)
            let stored = try #require(try await SchedulingRequest.find(request.id, on: world.app.db))
            #expect(stored.sensitivity == .adolescentConfidential(.reproductiveHealth))

            // The "your request was answered" notice queued at booking asks the request again when due.
            try await OutboxMessage.dropSignInNotices(world)
            let server = try await SMTPTestServer.start()
            defer { server.stop() }
            #expect(try await OutboxTests.deliverDue(world, via: server) == 0)
            #expect(try server.messages().isEmpty)
            let notice = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$dedupeKey =~ "scheduling-notice:").first())
            #expect(notice.recipient == clinic.parent.email && notice.status == "dropped")
        }
    }
}
