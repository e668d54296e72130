import Fluent
import Foundation
import PortalCore
import PortalFHIR
import Testing
import VaporTesting

@testable import Portal
@testable import PortalRecord

@Suite("Scheduling requests: the family asks, the department's schedulers answer")
struct SchedulingTests {
    /// A filled-in request form for General Pediatrics, as a browser sends it.
    static func form(
        _ clinic: Clinic, key: String, days: [String] = ["2026-11-30", "2026-12-01"], reason: String? = nil,
        department: UUID? = nil, phone: String = "(312) 555-0199", interpreter: String = "Spanish", mode: String = "either"
    ) -> [(String, String)] {
        let departmentID = (department ?? clinic.pediatrics.id!).uuidString.lowercased()
        var pairs: [(String, String)] = [
            ("key", key), ("department", departmentID), ("reason", reason ?? "\(departmentID)|Sick visit"),
            ("details", "Cough for a week"), ("mode", mode), ("phone", phone), ("interpreter", interpreter),
            ("times[]", "morning"),
        ]
        pairs += days.map { ("days[]", $0) }
        return pairs
    }

    /// The parent opens the form and sends it for the clinic's 6-year-old; returns the
    /// answer (a redirect to the request's page) and the request as stored.
    static func sendRequest(
        _ world: TestWorld, _ clinic: Clinic, as parent: Browser, for patient: Patient? = nil, mode: String = "either"
    ) async throws -> (sent: Browser.Page, request: SchedulingRequest) {
        let patient = patient ?? clinic.child
        let formPage = try await parent.get(Routes.patientNewSchedulingRequest(patient.ref))
        let sent = try await parent.post(
            Routes.patientSchedulingRequests(patient.ref),
            pairs: form(clinic, key: try #require(MessagingTests.key(in: formPage.body)), mode: mode))
        let request = try #require(try await SchedulingRequest.query(on: world.app.db).first())
        return (sent, request)
    }

    /// The department's scheduler signs in and offers one time, 2 December at 14:00 for 20 minutes.
    static func offerOneTime(_ world: TestWorld, _ clinic: Clinic, _ request: SchedulingRequest, for patient: Patient)
        async throws
    {
        let scheduler = Browser(world)
        try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
        try await scheduler.get(Routes.staffSchedulingRequest(patient.ref, request.ref))
        let offered = try await scheduler.post(
            Routes.staffSchedulingAnswer(patient.ref, request.ref),
            ["action": "offer", "date1": "2026-12-02", "time1": "14:00", "minutes": "20"])
        #expect(offered.status == .seeOther)
    }

    @Test("A parent asks, the scheduler books it, the parent sees it at once and gets a notice without health information")
    func requestThenBook() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let formPage = try await parent.get(Routes.patientNewSchedulingRequest(clinic.child.ref))
            #expect(formPage.body.contains("General Pediatrics") && formPage.body.contains("Sick visit"))
            // Allergy takes no requests and is not offered.
            #expect(!formPage.body.contains(">Allergy"))
            let key = try #require(MessagingTests.key(in: formPage.body))
            let sent = try await parent.post(
                Routes.patientSchedulingRequests(clinic.child.ref), pairs: Self.form(clinic, key: key))
            #expect(sent.status == .seeOther)
            // A double click makes one request.
            let twice = try await parent.post(
                Routes.patientSchedulingRequests(clinic.child.ref), pairs: Self.form(clinic, key: key))
            #expect(twice.location == sent.location)
            let request = try #require(try await SchedulingRequest.query(on: world.app.db).first())
            #expect(try await SchedulingRequest.query(on: world.app.db).count() == 1)
            #expect(request.reason == "Sick visit\n\nCough for a week")
            #expect(request.preferredDaysValue == "2026-11-30,2026-12-01" && request.timesOfDayValue == "morning")
            #expect(request.interpreterLanguage == "Spanish" && request.visitMode == .either)
            let page = try await parent.get(try #require(sent.location))
            #expect(page.body.contains("Waiting for the scheduling team") && page.body.contains("Thursday, November 26") == false)
            // Two business days from Tuesday with Thanksgiving on Thursday: Friday, November 27.
            #expect(page.body.contains("Expect an answer by Friday, November 27"))

            let scheduler = Browser(world)
            try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
            let departments = try await scheduler.get(Routes.staffScheduling())
            #expect(departments.body.contains("General Pediatrics") && departments.body.contains("1 waiting, 0 late"))
            let queue = try await scheduler.get(Routes.staffSchedulingQueue(clinic.pediatrics.ref))
            #expect(queue.body.contains("Ana Lopez") && queue.body.contains("Interpreter: Spanish"))
            #expect(queue.body.contains("0 business days"))
            let work = try await scheduler.get(Routes.staffSchedulingRequest(clinic.child.ref, request.ref))
            #expect(work.body.contains("Cough for a week") && work.body.contains("(312) 555-0199"))
            let booked = try await scheduler.post(
                Routes.staffSchedulingAnswer(clinic.child.ref, request.ref),
                ["action": "book", "date": "2026-12-01", "time": "09:30", "minutes": "30", "clinician": "Dr. Kim Lee"])
            #expect(booked.status == .seeOther)

            let list = try await parent.get(Routes.patientAppointments(clinic.child.ref))
            #expect(list.body.contains("Tuesday, December 1, 2026, 9:30 AM to 10:00 AM Central Time"))
            let answered = try await parent.get(try #require(sent.location))
            #expect(answered.body.contains("Your appointment is booked"))
            let appointment = try #require(try await StoredAppointment.query(on: world.app.db).first())
            #expect(appointment.sourceKey?.hasPrefix("urn:portal:appointment|") == true && appointment.status == "booked")
            let notice = try #require(
                try await OutboxMessage.query(on: world.app.db).filter(\.$recipient == clinic.parent.email).first())
            for secret in ["Pediatrics", "Ana", "Cough", "Sick", "Kim Lee", "December"] {
                #expect(!notice.body(world).contains(secret) && !notice.subject.contains(secret), "\(secret) in the notice")
            }
            let events = try await AuditEvent.query(on: world.app.db).filter(
                \.$action ~~ ["scheduling.requested", "scheduling.answered"]
            )
            .all()
            #expect(events.count == 2)
        }
    }

    @Test("Bad answers on the form are each named, with what was typed kept, and nothing is stored")
    func badRequests() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let formPage = try await parent.get(Routes.patientNewSchedulingRequest(clinic.child.ref))
            let key = try #require(MessagingTests.key(in: formPage.body))
            let path = Routes.patientSchedulingRequests(clinic.child.ref)
            let cases: [([(String, String)], String)] = [
                (Self.form(clinic, key: key, days: ["2026-11-24"]), "is not after today"),
                (Self.form(clinic, key: key, days: ["2027-03-01"]), "more than 90 days ahead"),
                (Self.form(clinic, key: key, days: ["2026-02-30"]), "is not a date"),
                (
                    Self.form(
                        clinic, key: key,
                        days: ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07", "2026-12-08"]),
                    "at most five days"
                ),
                (Self.form(clinic, key: key, department: clinic.allergy.id!), "does not take requests in the portal"),
                (Self.form(clinic, key: key, department: UUID()), "Choose a department"),
                (
                    Self.form(clinic, key: key, reason: "\(clinic.adolescent.id!.uuidString.lowercased())|Check-up"),
                    "Choose a reason"
                ),
                (Self.form(clinic, key: key, phone: "555-12"), "10 to 15 digits"),
                (Self.form(clinic, key: key, mode: "telepathy"), "Choose in person, video, or either"),
                (Self.form(clinic, key: key, interpreter: String(repeating: "x", count: 41)), "at most 40 characters"),
            ]
            for (pairs, message) in cases {
                let page = try await parent.post(path, pairs: pairs)
                #expect(page.status == .unprocessableEntity, "\(message)")
                #expect(page.body.contains(message), "\(message)")
                #expect(page.body.contains("Cough for a week"), "the details were lost for \(message)")
            }
            let noKey = try await parent.post(path, pairs: Self.form(clinic, key: "short"))
            #expect(noKey.status == .badRequest)
            #expect(try await SchedulingRequest.query(on: world.app.db).count() == 0)
        }
    }

    @Test("The scheduler offers times; the family picks one and it is booked, once however often they click")
    func offerAndChoose() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let (sent, request) = try await Self.sendRequest(world, clinic, as: parent, mode: "video")
            let scheduler = Browser(world)
            try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
            try await scheduler.get(Routes.staffSchedulingRequest(clinic.child.ref, request.ref))
            let answer = Routes.staffSchedulingAnswer(clinic.child.ref, request.ref)
            // 2027-03-14 2:30 AM does not exist in Chicago; the form says so and keeps what was typed.
            let skipped = try await scheduler.post(
                answer,
                ["action": "offer", "date1": "2027-03-14", "time1": "02:30", "minutes": "20", "note": "Mornings are full"])
            #expect(skipped.status == .unprocessableEntity && skipped.body.contains("does not exist on that day"))
            #expect(skipped.body.contains("Mornings are full"))
            let past = try await scheduler.post(
                answer, ["action": "offer", "date1": "2026-11-24", "time1": "09:00", "minutes": "20"])
            #expect(past.status == .unprocessableEntity && past.body.contains("already passed"))
            let offered = try await scheduler.post(
                answer,
                [
                    "action": "offer", "date1": "2026-12-02", "time1": "14:00", "date2": "2026-12-03", "time2": "08:15",
                    "minutes": "20", "clinician": "Dr. Kim Lee", "video": "1", "note": "Mornings are full",
                ])
            #expect(offered.status == .seeOther)

            let choice = try await parent.get(try #require(sent.location))
            #expect(choice.body.contains("Wednesday, December 2, 2026, 2:00 PM to 2:20 PM Central Time"))
            #expect(choice.body.contains("Thursday, December 3, 2026, 8:15 AM to 8:35 AM Central Time"))
            #expect(choice.body.contains("Mornings are full"))
            let nothing = try await parent.post(Routes.patientSchedulingRequestChoice(clinic.child.ref, request.ref), [:])
            #expect(nothing.status == .unprocessableEntity && nothing.body.contains("Choose one of the times"))
            let slot = String(format: "%.0f", ISO8601DateFormatter().date(from: "2026-12-03T14:15:00Z")!.timeIntervalSince1970)
            let chosen = try await parent.post(
                Routes.patientSchedulingRequestChoice(clinic.child.ref, request.ref), ["choice": slot])
            #expect(chosen.status == .seeOther)
            let again = try await parent.post(
                Routes.patientSchedulingRequestChoice(clinic.child.ref, request.ref), ["choice": slot])
            #expect(again.status == .ok && again.body.contains("already answered"))
            let appointments = try await StoredAppointment.query(on: world.app.db).all()
            #expect(appointments.count == 1)
            let appointment = try #require(appointments.first)
            #expect(appointment.isVideo && appointment.videoRoom != nil && appointment.clinician == "Dr. Kim Lee")
            #expect(appointment.start == ISO8601DateFormatter().date(from: "2026-12-03T14:15:00Z"))
            #expect(chosen.location == Routes.patientAppointment(clinic.child.ref, appointment.ref))
        }
    }

    @Test(
        "A visit booked after its department became confidential is labelled so: a parent of a teen cannot book it, the teen can")
    func bookingTakesTheDepartmentsLabelNow() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let (_, request) = try await Self.sendRequest(world, clinic, as: parent, for: clinic.teen)
            try await Self.offerOneTime(world, clinic, request, for: clinic.teen)
            clinic.pediatrics.confidentialCategoryValue = SensitiveCategory.mentalHealth.rawValue
            try await clinic.pediatrics.update(on: world.app.db)

            let slot = String(format: "%.0f", ISO8601DateFormatter().date(from: "2026-12-02T20:00:00Z")!.timeIntervalSince1970)
            let choice = Routes.patientSchedulingRequestChoice(clinic.teen.ref, request.ref)
            try await parent.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref))
            let refused = try await parent.post(choice, ["choice": slot])
            #expect(refused.status == .forbidden)
            #expect(try await StoredAppointment.query(on: world.app.db).count() == 0)
            #expect(try await SchedulingRequest.find(request.id, on: world.app.db)?.status == .alternativesOffered)

            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            try await teen.get(Routes.patientSchedulingRequest(clinic.teen.ref, request.ref))
            #expect(try await teen.post(choice, ["choice": slot]).status == .seeOther)
            let booked = try #require(try await StoredAppointment.query(on: world.app.db).first())
            #expect(booked.sensitivity == .adolescentConfidential(.mentalHealth))
        }
    }

    @Test(
        "Marking a department confidential hides its stored visits, their documents and guest links, and waiting requests from a parent of a teen at once"
    )
    func departmentCategoryAppliesToWhatIsStored() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let visit = try await Clinic.appointment(
                world, for: clinic.teen, id: "peds-stored", start: world.now.addingTimeInterval(3 * 86_400), isVideo: true)
            _ = try await ClinicalImportTests.run(
                world,
                FHIRBuilder.bundle([
                    FHIRBuilder.patient(
                        recordNumber: clinic.teen.medicalRecordNumber, name: clinic.teen.legalName,
                        birthDate: clinic.teen.birthDate),
                    ClinicianMarkTests.visitNote(
                        clinic.teen, id: "note-stored", title: "Before the visit: what to bring", visit: "peds-stored",
                        written: world.now),
                ]))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let (_, request) = try await Self.sendRequest(world, clinic, as: parent, for: clinic.teen)
            let visitPage = Routes.patientAppointment(clinic.teen.ref, visit.ref)
            let requestPage = Routes.patientSchedulingRequest(clinic.teen.ref, request.ref)
            #expect(try await parent.get(visitPage).status == .ok)
            #expect(try await parent.get(requestPage).status == .ok)
            #expect(
                try await parent.get(Routes.patientDocuments(clinic.teen.ref)).body.contains("Before the visit: what to bring"))
            let guestKey = try VideoVisitTests.guestFormKey(try await parent.get(visitPage))
            let invited = try await parent.post(
                Routes.patientAppointmentGuests(clinic.teen.ref, visit.ref), ["key": guestKey, "name": "Grandma"])
            #expect(invited.status == .ok)

            let admin = Browser(world)
            try await SecondFactorTests.signInStaff(admin, world, try await Fixtures.staff(world, role: .administrator))
            let pediatrics = clinic.pediatrics
            try await admin.get(Routes.staffDepartment(pediatrics.ref))
            let saved = try await admin.post(
                Routes.staffDepartment(pediatrics.ref),
                [
                    "ehr_key": pediatrics.ehrKey, "name_en": pediatrics.nameEnglish, "name_es": pediatrics.nameSpanish,
                    "address": pediatrics.address ?? "", "phone": pediatrics.phone ?? "", "category": "mental_health",
                    "takes_requests": "1", "reasons_en": pediatrics.reasonsEnglish, "reasons_es": pediatrics.reasonsSpanish,
                    "video_template": pediatrics.videoURLTemplate ?? "", "response_days": "2",
                ])
            #expect(saved.status == .seeOther)

            #expect(try await parent.get(visitPage).status == .notFound)
            #expect(try await parent.get(requestPage).status == .notFound)
            #expect(!(try await parent.get(Routes.patientAppointments(clinic.teen.ref)).body.contains("General Pediatrics")))
            #expect(!(try await parent.get(Routes.patientDocuments(clinic.teen.ref)).body.contains("Before the visit")))
            let pass = try #require(try await VisitGuestPass.query(on: world.app.db).first())
            #expect(pass.sensitivity == .adolescentConfidential(.mentalHealth))
            #expect(try await Browser(world).get("/visit/\(guestKey)").status == .gone)
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            #expect(try await teen.get(visitPage).status == .ok)
            #expect(try await teen.get(requestPage).status == .ok)
            #expect(try await teen.get(Routes.patientDocuments(clinic.teen.ref)).body.contains("Before the visit: what to bring"))
            let stored = try #require(try await StoredAppointment.find(visit.id!, on: world.app.db))
            #expect(stored.sensitivity == .adolescentConfidential(.mentalHealth))
        }
    }

    @Test("A scheduler declines with a reason the family reads; a scheduler of another department cannot see the request")
    func declineAndDepartmentScope() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let (sent, request) = try await Self.sendRequest(world, clinic, as: parent)

            let outsider = try await Fixtures.staff(world, role: .scheduler)
            let other = Browser(world)
            try await SecondFactorTests.signInStaff(other, world, outsider)
            #expect(try await other.get(Routes.staffSchedulingQueue(clinic.pediatrics.ref)).status == .notFound)
            #expect(try await other.get(Routes.staffSchedulingRequest(clinic.child.ref, request.ref)).status == .notFound)
            let clinician = try await Fixtures.staff(world, role: .clinician)
            let wrongRole = Browser(world)
            try await SecondFactorTests.signInStaff(wrongRole, world, clinician)
            #expect(try await wrongRole.get(Routes.staffScheduling()).status == .forbidden)

            let scheduler = Browser(world)
            try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
            try await scheduler.get(Routes.staffSchedulingRequest(clinic.child.ref, request.ref))
            let answer = Routes.staffSchedulingAnswer(clinic.child.ref, request.ref)
            let bare = try await scheduler.post(answer, ["action": "decline", "note": " "])
            #expect(bare.status == .unprocessableEntity && bare.body.contains("Write the reason the family will read"))
            let unknown = try await scheduler.post(answer, ["action": "shrug"])
            #expect(unknown.status == .unprocessableEntity)
            let declined = try await scheduler.post(
                answer, ["action": "decline", "note": "Please see the urgent care clinic for a cough this long."])
            #expect(declined.status == .seeOther)
            let page = try await parent.get(try #require(sent.location))
            #expect(page.body.contains("Declined") && page.body.contains("urgent care clinic"))
            #expect(!page.body.contains("Withdraw this request"))
            // An answered request cannot be withdrawn.
            let late = try await parent.post(Routes.patientSchedulingRequestWithdraw(clinic.child.ref, request.ref), [:])
            #expect(late.status == .conflict)
        }
    }

    @Test("The family withdraws a request they no longer need; it leaves the queue and cannot be answered")
    func withdraw() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let (sent, request) = try await Self.sendRequest(world, clinic, as: parent)
            #expect(try await parent.get(try #require(sent.location)).body.contains("Withdraw this request"))
            let withdrawn = try await parent.post(Routes.patientSchedulingRequestWithdraw(clinic.child.ref, request.ref), [:])
            #expect(withdrawn.status == .seeOther)
            let page = try await parent.get(try #require(sent.location))
            #expect(page.body.contains("You withdrew this request") && !page.body.contains("Withdraw this request"))
            let scheduler = Browser(world)
            try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
            let queue = try await scheduler.get(Routes.staffSchedulingQueue(clinic.pediatrics.ref))
            #expect(queue.body.contains("Nothing is waiting"))
            try await scheduler.get(Routes.staffSchedulingRequest(clinic.child.ref, request.ref))
            let answer = try await scheduler.post(
                Routes.staffSchedulingAnswer(clinic.child.ref, request.ref), ["action": "decline", "note": "Too late"])
            #expect(answer.status == .conflict)
        }
    }
}

extension SchedulingTests {
    @Test("A department offers itself only to the ages it sees; an administrator sets them, and bad ages are refused")
    func departmentsByAge() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let childForm = Routes.patientNewSchedulingRequest(clinic.child.ref)
            #expect(try await parent.get(childForm).body.contains("Adolescent Medicine"))

            let admin = Browser(world)
            try await SecondFactorTests.signInStaff(admin, world, try await Fixtures.staff(world, role: .administrator))
            let adolescent = clinic.adolescent
            try await admin.get(Routes.staffDepartment(adolescent.ref))
            func save(_ from: String, _ through: String) async throws -> Browser.Page {
                try await admin.post(
                    Routes.staffDepartment(adolescent.ref),
                    [
                        "ehr_key": adolescent.ehrKey, "name_en": adolescent.nameEnglish, "name_es": adolescent.nameSpanish,
                        "category": adolescent.confidentialCategoryValue ?? "", "takes_requests": "1",
                        "reasons_en": adolescent.reasonsEnglish, "reasons_es": adolescent.reasonsSpanish, "response_days": "2",
                        "ages_from": from, "ages_through": through,
                    ])
            }
            for (from, through) in [("18", "12"), ("-1", ""), ("twelve", ""), ("", "121")] {
                let refused = try await save(from, through)
                #expect(refused.status == .unprocessableEntity, "\(from)-\(through)")
                #expect(refused.body.contains("Ages are whole years from 0 to 120"), "\(from)-\(through)")
            }
            #expect(try await save(" 12 ", "25").status == .seeOther)
            let stored = try #require(try await Department.find(adolescent.id, on: world.app.db))
            #expect(stored.ages == DepartmentAges(from: 12, through: 25))
            #expect(try await admin.get(Routes.staffDepartments()).body.contains("Ages 12 to 25"))

            // The 6-year-old's form no longer offers it, and a request sent to it anyway is refused.
            let form = try await parent.get(childForm)
            #expect(form.body.contains("General Pediatrics") && !form.body.contains("Adolescent Medicine"))
            let refused = try await parent.post(
                Routes.patientSchedulingRequests(clinic.child.ref),
                pairs: Self.form(
                    clinic, key: try #require(MessagingTests.key(in: form.body)),
                    reason: "\(adolescent.id!.uuidString.lowercased())|Check-up", department: adolescent.id))
            #expect(refused.status == .unprocessableEntity)
            #expect(try await SchedulingRequest.query(on: world.app.db).count() == 0)
            // The 14-year-old, on their own account, is offered it.
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            #expect(try await teen.get(Routes.patientNewSchedulingRequest(clinic.teen.ref)).body.contains("Adolescent Medicine"))
        }
    }
}

extension SchedulingTests {
    @Test(
        "The appointments list shows a request while it waits, however long, and for 30 days after it is settled, a withdrawal too"
    )
    func settledRequestsLeaveTheList() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let (_, request) = try await Self.sendRequest(world, clinic, as: parent)
            let title = "Request to \(clinic.pediatrics.nameEnglish)"
            func listed() async throws -> Bool {
                try await parent.get(Routes.patientAppointments(clinic.child.ref)).body.contains(title)
            }
            request.createdAt = world.now - 40 * 86_400
            try await request.save(on: world.app.db)
            #expect(try await listed())

            let withdrawn = try await parent.post(Routes.patientSchedulingRequestWithdraw(clinic.child.ref, request.ref), [:])
            #expect(withdrawn.status == .seeOther)
            let settled = try #require(try await SchedulingRequest.find(request.id, on: world.app.db))
            #expect(settled.status == .withdrawn && settled.answeredAt == world.now)
            #expect(try await listed())
            for (daysAgo, shown) in [(29.0, true), (31.0, false)] {
                settled.answeredAt = world.now - daysAgo * 86_400
                try await settled.save(on: world.app.db)
                #expect(try await listed() == shown, "settled \(daysAgo) days ago")
            }
        }
    }

    @Test("Requests withdrawn before withdrawals were dated get the time of the audited answer, or their creation")
    func oldWithdrawalsAreDated() async throws {
        try await withTestApp { world in
            let clinic = try await Clinic.make(world)
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let (_, audited) = try await Self.sendRequest(world, clinic, as: parent)
            _ = try await Self.sendRequest(world, clinic, as: parent)
            let unaudited = try #require(
                try await SchedulingRequest.query(on: world.app.db).filter(\.$id != audited.id!).first())
            // A scheduler's offer is an answer too, audited before the withdrawal that settles it.
            world.advance(600)
            try await Self.offerOneTime(world, clinic, audited, for: clinic.child)
            // The family reads the offer (their session stays alive), and withdraws later.
            try await parent.get(Routes.patientSchedulingRequest(clinic.child.ref, audited.ref))
            world.advance(600)
            let withdrawnAt = world.now
            let withdrawn = try await parent.post(Routes.patientSchedulingRequestWithdraw(clinic.child.ref, audited.ref), [:])
            #expect(withdrawn.status == .seeOther)
            world.advance(600)
            _ = try await Self.sendRequest(world, clinic, as: parent)
            let waiting = try #require(
                try await SchedulingRequest.query(on: world.app.db).filter(\.$id !~ [audited.id!, unaudited.id!]).first())
            // As rows written before 70298d7 were: withdrawn without a date.
            for request in try await SchedulingRequest.query(on: world.app.db).all() {
                request.answeredAt = nil
                if request.id == unaudited.id { request.status = .withdrawn }
                try await request.save(on: world.app.db)
            }

            try await DateOldWithdrawals().prepare(on: world.app.db)

            let dated = try #require(try await SchedulingRequest.find(audited.id, on: world.app.db))
            #expect(abs(try #require(dated.answeredAt).timeIntervalSince(withdrawnAt)) < 0.001)
            #expect(dated.createdAt < withdrawnAt)
            let undated = try #require(try await SchedulingRequest.find(unaudited.id, on: world.app.db))
            #expect(undated.answeredAt == undated.createdAt)
            let open = try #require(try await SchedulingRequest.find(waiting.id, on: world.app.db))
            #expect(open.status == .open && open.answeredAt == nil)
        }
    }
}
