import Fluent
import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import Testing
import Vapor

@testable import Portal

/// Online check-in: step by step, each saved on its own; the window; a teenager's private
/// screen and a teenager's own answers.
@Suite struct CheckInTests {
    struct Setting {
        let clinic: Clinic
        let intake: StoredQuestionnaire
        let screen: StoredQuestionnaire
    }

    static func setting(_ world: TestWorld) async throws -> Setting {
        let clinic = try await Clinic.make(world)
        _ = try await ClinicalImportTests.run(world, QuestionnaireSetupTests.bundle)
        let rows = try await StoredQuestionnaire.query(on: world.app.db).sort(\.$confidential).all()
        for row in rows {
            try await DepartmentQuestionnaire(departmentID: clinic.pediatrics.id!, questionnaireID: row.id!).create(
                on: world.app.db)
        }
        return Setting(clinic: clinic, intake: rows[0], screen: rows[1])
    }

    static let contact = [
        "street": "2300 N Lincoln Ave", "city": "Chicago", "state": "il", "zip": "60614", "home_phone": "",
        "mobile_phone": "312 555 0199", "email": "maria@example.org",
    ]

    /// The insurance (none) and the review of allergies and medicines (none on file) saved.
    static func saveInsuranceAndReview(_ browser: Browser, _ patient: Ref<Patient>, _ appointment: Ref<Appointment>)
        async throws
    {
        _ = try await browser.get(Routes.patientCheckInInsurance(patient, appointment))
        let insurance = try await browser.postMultipart(
            Routes.saveCheckInInsurance(patient, appointment), ["coverage": "uninsured"], files: [])
        #expect(insurance.status == .seeOther)
        #expect(try await browser.post(Routes.saveCheckInReview(patient, appointment), [:]).status == .seeOther)
    }

    @Test("A parent checks in step by step, stops halfway and comes back, and finishes; each step audited")
    func parentChecksIn() async throws {
        try await withTestApp { world in
            let setting = try await Self.setting(world)
            let clinic = setting.clinic
            let visit = try await Clinic.appointment(world, for: clinic.child, start: world.now.addingTimeInterval(3 * 86_400))
            let (patient, appointment) = (clinic.child.ref, Ref<Appointment>(visit.id!))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let visitPage = try await parent.get(Routes.patientAppointment(patient, appointment))
            #expect(visitPage.body.contains(Routes.patientCheckIn(patient, appointment)))

            let hub = try await parent.get(Routes.patientCheckIn(patient, appointment))
            #expect(hub.status == .ok && hub.body.contains("Before your visit") && hub.body.contains("Not started"))
            #expect(!hub.body.contains("Teen health check-in"), "a confidential screen is never listed to a parent")

            // Contact details: problems next to the fields, then saved.
            var bad = Self.contact
            bad["zip"] = "606"
            bad["mobile_phone"] = ""
            let refused = try await parent.post(Routes.saveCheckInContact(patient, appointment), bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Enter a 5-digit ZIP code.") && refused.body.contains("at least one phone"))
            let saved = try await parent.post(Routes.saveCheckInContact(patient, appointment), Self.contact)
            #expect(saved.status == .seeOther)
            let step = try #require(try await CheckInStep.query(on: world.app.db).filter(\.$step == "contact").first())
            #expect(step.content.contains("\"state\":\"IL\"") && step.content.contains("312 555 0199"))

            // The questionnaire's first part: a condition asked on the same page.
            let questionnaire = Routes.saveCheckInQuestionnaire(patient, appointment, Ref(setting.intake.id!))
            let form = Routes.patientCheckInQuestionnaire(patient, appointment, Ref(setting.intake.id!))
            let first = try await parent.get(form)
            #expect(first.body.contains("Part 1 of 2") && first.body.contains("Answer only if"))
            let missing = try await parent.post(
                questionnaire, pairs: [("part", "0"), ("reason", "Ear pain"), ("fever", "yes")])
            #expect(missing.status == .unprocessableEntity && missing.body.contains("Answer this question."))
            let part1 = try await parent.post(
                questionnaire,
                pairs: [
                    ("part", "0"), ("reason", "Ear pain"), ("fever", "yes"), ("fever-days", "2"), ("symptoms", "cough"),
                    ("symptoms", "ear-pain"),
                ])
            #expect(part1.status == .seeOther && part1.location == form + "?part=1")

            // She stops here; coming back, the hub and the part keep what she saved.
            let back = Browser(world)
            try await back.signIn(email: clinic.parent.email)
            let resumed = try await back.get(Routes.patientCheckIn(patient, appointment))
            #expect(resumed.body.contains("Saved ") && resumed.body.contains("some questions still to answer"))
            #expect(try await back.get(form).body.contains("Ear pain"))
            let early = try await back.post(Routes.finishCheckIn(patient, appointment), [:])
            #expect(early.status == .unprocessableEntity && early.body.contains("Save every step"))
            _ = try await back.get(form + "?part=1")
            let part2 = try await back.post(questionnaire, pairs: [("part", "1"), ("asthma", "no"), ("sleep", "well")])
            #expect(part2.location == Routes.patientCheckIn(patient, appointment))
            try await Self.saveInsuranceAndReview(back, patient, appointment)
            let finished = try await back.post(Routes.finishCheckIn(patient, appointment), [:])
            #expect(finished.status == .seeOther)
            #expect(try await back.get(Routes.patientCheckIn(patient, appointment)).body.contains("Check-in done"))
            #expect(try await back.get(Routes.patientAppointment(patient, appointment)).body.contains("Checked in online"))
            // A change after finishing re-opens it: staff never read "done" over changed answers.
            _ = try await back.get(Routes.patientCheckInContact(patient, appointment))
            #expect(try await back.post(Routes.saveCheckInContact(patient, appointment), Self.contact).status == .seeOther)
            #expect(!(try await back.get(Routes.patientCheckIn(patient, appointment))).body.contains("Check-in done"))
            #expect(try await back.post(Routes.finishCheckIn(patient, appointment), [:]).status == .seeOther)

            let answers = try #require(
                try await CheckInStep.query(on: world.app.db).filter(\.$step == CheckIns.questionnaireStep(setting.intake.id!))
                    .first())
            let decoded = try JSONDecoder().decode(IntakeAnswers.self, from: Data(answers.content.utf8))
            #expect(
                decoded["symptoms"].count == 2 && decoded["fever-days"] == [.integer(2)] && decoded["asthma"] == [.boolean(false)]
            )
            let events = try await AuditEvent.query(on: world.app.db).filter(
                \.$action ~~ ["check_in.saved", "check_in.completed"]
            )
            .all()
            #expect(events.filter { $0.action == "check_in.saved" }.count == 6 && events.count == 8)
        }
    }

    @Test("Twenty saves of a questionnaire's two parts at once from twenty tabs keep both parts' answers")
    func partsAtOnce() async throws {
        try await withTestApp { world in
            let setting = try await Self.setting(world)
            let clinic = setting.clinic
            let visit = try await Clinic.appointment(world, for: clinic.child, start: world.now.addingTimeInterval(2 * 86_400))
            let (patient, appointment) = (clinic.child.ref, Ref<Appointment>(visit.id!))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            _ = try await parent.get(Routes.patientCheckInQuestionnaire(patient, appointment, Ref(setting.intake.id!)))
            let save = Routes.saveCheckInQuestionnaire(patient, appointment, Ref(setting.intake.id!))
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for index in 0..<20 {
                    let tab = parent.newTab()
                    let pairs =
                        index.isMultiple(of: 2)
                        ? [("part", "0"), ("reason", "Ear pain"), ("fever", "no")]
                        : [("part", "1"), ("asthma", "no"), ("sleep", "well")]
                    group.addTask { try await tab.post(save, pairs: pairs).status }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == .seeOther }, "\(statuses)")
            let step = try #require(
                try await CheckInStep.query(on: world.app.db).filter(\.$step == CheckIns.questionnaireStep(setting.intake.id!))
                    .first())
            let answers = try JSONDecoder().decode(IntakeAnswers.self, from: Data(step.content.utf8))
            #expect(answers["reason"] == [.string("Ear pain")] && answers["asthma"] == [.boolean(false)])
        }
    }

    @Test("Check-in opens 7 days before the visit and closes at its start; a cancelled visit's check-in is gone")
    func window() async throws {
        try await withTestApp { world in
            let setting = try await Self.setting(world)
            let clinic = setting.clinic
            let later = try await Clinic.appointment(
                world, for: clinic.child, start: world.now.addingTimeInterval(7 * 86_400 + 60))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let hub = Routes.patientCheckIn(clinic.child.ref, Ref(later.id!))
            #expect(try await parent.get(hub).status == .notFound)
            #expect(!(try await parent.get(Routes.patientAppointment(clinic.child.ref, Ref(later.id!)))).body.contains(hub))
            world.advance(120)
            try await parent.signIn(email: clinic.parent.email)
            #expect(try await parent.get(hub).status == .ok)
            world.advance(7 * 86_400 - 60)
            try await parent.signIn(email: clinic.parent.email)
            #expect(try await parent.get(hub).status == .notFound, "closed at the start")

            let soon = try await Clinic.appointment(
                world, for: clinic.child, id: "appt-cancel", start: world.now.addingTimeInterval(86_400))
            let soonHub = Routes.patientCheckIn(clinic.child.ref, Ref(soon.id!))
            #expect(try await parent.get(soonHub).status == .ok)
            _ = try await Clinic.appointment(
                world, for: clinic.child, id: "appt-cancel", start: world.now.addingTimeInterval(86_400), status: "cancelled")
            #expect(try await parent.get(soonHub).status == .notFound)
        }
    }

    @Test("A teenager's confidential screen is theirs alone, and a step the teenager saved stays theirs")
    func teenagersOwn() async throws {
        try await withTestApp { world in
            let setting = try await Self.setting(world)
            let clinic = setting.clinic
            let visit = try await Clinic.appointment(world, for: clinic.teen, start: world.now.addingTimeInterval(2 * 86_400))
            let (patient, appointment) = (clinic.teen.ref, Ref<Appointment>(visit.id!))
            let screenForm = Routes.patientCheckInQuestionnaire(patient, appointment, Ref(setting.screen.id!))
            let teen = Browser(world)
            try await teen.signIn(email: clinic.teenAccount.email)
            let hub = try await teen.get(Routes.patientCheckIn(patient, appointment))
            #expect(hub.body.contains("Teen health check-in") && hub.body.contains("Before your visit"))
            let screen = try await teen.get(screenForm)
            #expect(screen.body.contains("Only you and your care team see these answers"))
            let answered = try await teen.post(
                Routes.saveCheckInQuestionnaire(patient, appointment, Ref(setting.screen.id!)),
                pairs: [("part", "0"), ("mood", "some"), ("safe", "yes"), ("talk", "yes"), ("talk-about", "Sleep and stress")])
            #expect(answered.status == .seeOther)
            var teensContact = Self.contact
            teensContact["email"] = "leo@example.org"
            #expect(try await teen.post(Routes.saveCheckInContact(patient, appointment), teensContact).status == .seeOther)

            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            let parentsHub = try await parent.get(Routes.patientCheckIn(patient, appointment))
            #expect(!parentsHub.body.contains("Teen health check-in"))
            #expect(parentsHub.body.contains("Answered by Leo Lopez from their own account"))
            #expect(try await parent.get(screenForm).status == .notFound)
            let contactPage = try await parent.get(Routes.patientCheckInContact(patient, appointment))
            #expect(!contactPage.body.contains("leo@example.org") && contactPage.body.contains("theirs to change"))
            let overwrite = try await parent.post(Routes.saveCheckInContact(patient, appointment), Self.contact)
            #expect(overwrite.status == .forbidden)
            // Refused before anything is read: a bad form gets the same answer, not its problems.
            #expect(try await parent.post(Routes.saveCheckInContact(patient, appointment), ["zip": "1"]).status == .forbidden)
            let stored = try #require(try await CheckInStep.query(on: world.app.db).filter(\.$step == "contact").first())
            #expect(stored.content.contains("leo@example.org") && stored.savedByPatient)
            // The parent may still answer what is the family's.
            let intake = Routes.saveCheckInQuestionnaire(patient, appointment, Ref(setting.intake.id!))
            _ = try await parent.get(Routes.patientCheckInQuestionnaire(patient, appointment, Ref(setting.intake.id!)))
            #expect(
                try await parent.post(intake, pairs: [("part", "0"), ("reason", "Check-up"), ("fever", "no")]).status
                    == .seeOther)
        }
    }

    @Test(
        "The scheduler sees each visit's check-in done with its answers; a private screen's answers are the clinicians' and HIM's"
    )
    func staffRead() async throws {
        try await withTestApp { world in
            let setting = try await Self.setting(world)
            let clinic = setting.clinic
            let childVisit = try await Clinic.appointment(world, for: clinic.child, start: world.now.addingTimeInterval(86_400))
            let teenVisit = try await Clinic.appointment(world, for: clinic.teen, start: world.now.addingTimeInterval(2 * 86_400))
            let (child, childAppointment) = (clinic.child.ref, Ref<Appointment>(childVisit.id!))
            let parent = Browser(world)
            try await parent.signIn(email: clinic.parent.email)
            _ = try await parent.get(Routes.patientCheckIn(child, childAppointment))
            _ = try await parent.post(Routes.saveCheckInContact(child, childAppointment), Self.contact)
            let intake = Routes.saveCheckInQuestionnaire(child, childAppointment, Ref(setting.intake.id!))
            _ = try await parent.post(
                intake, pairs: [("part", "0"), ("reason", "Ear pain"), ("fever", "yes"), ("fever-days", "2")])
            _ = try await parent.post(intake, pairs: [("part", "1"), ("asthma", "yes"), ("asthma-last", "2026-10-01")])
            try await Self.saveInsuranceAndReview(parent, child, childAppointment)
            #expect(try await parent.post(Routes.finishCheckIn(child, childAppointment), [:]).status == .seeOther)

            let (teen, teenAppointment) = (clinic.teen.ref, Ref<Appointment>(teenVisit.id!))
            let teenBrowser = Browser(world)
            try await teenBrowser.signIn(email: clinic.teenAccount.email)
            _ = try await teenBrowser.get(Routes.patientCheckIn(teen, teenAppointment))
            _ = try await teenBrowser.post(
                Routes.saveCheckInQuestionnaire(teen, teenAppointment, Ref(setting.screen.id!)),
                pairs: [("part", "0"), ("mood", "some"), ("safe", "yes"), ("talk", "yes"), ("talk-about", "Sleep and stress")])

            let scheduler = Browser(world)
            try await SecondFactorTests.signInStaff(scheduler, world, clinic.scheduler)
            #expect(
                try await scheduler.get(Routes.staffScheduling()).body.contains(
                    Routes.staffSchedulingVisits(clinic.pediatrics.ref)))
            let visits = try await scheduler.get(Routes.staffSchedulingVisits(clinic.pediatrics.ref))
            #expect(visits.status == .ok && visits.body.contains("Ana Lopez") && visits.body.contains("Check-in done"))
            #expect(visits.body.contains("Leo Lopez") && visits.body.contains("some questions still to answer"))
            let detail = try await scheduler.get(Routes.staffCheckIn(child, childAppointment))
            #expect(detail.status == .ok && detail.body.contains("Ear pain") && detail.body.contains("2300 N Lincoln Ave"))
            #expect(detail.body.contains("October 1, 2026"))
            let json = try await scheduler.get(Routes.staffCheckInResponse(child, childAppointment, Ref(setting.intake.id!)))
            let resource = try #require(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any])
            #expect(
                resource["resourceType"] as? String == "QuestionnaireResponse" && resource["status"] as? String == "completed")
            #expect(resource["questionnaire"] as? String == DemoQuestionnaires.base + "/peds-intake|1")

            let teenDetail = try await scheduler.get(Routes.staffCheckIn(teen, teenAppointment))
            #expect(teenDetail.status == .ok && teenDetail.body.contains("private screen"))
            #expect(!teenDetail.body.contains("Sleep and stress"))
            #expect(
                try await scheduler.get(Routes.staffCheckInResponse(teen, teenAppointment, Ref(setting.screen.id!))).status
                    == .forbidden)

            let him = Browser(world)
            try await SecondFactorTests.signInStaff(
                him, world, try await Fixtures.staff(world, role: .him, email: "him2@example.org"))
            let read = try await him.get(Routes.staffCheckIn(teen, teenAppointment))
            #expect(read.body.contains("Sleep and stress") && read.body.contains("Some days"))
            // A confidential department's visit: the front desk reads none of its answers.
            let adolescentVisit = try await Clinic.appointment(
                world, for: clinic.teen, department: "ADOL", start: world.now.addingTimeInterval(3 * 86_400))
            for row in [setting.intake, setting.screen] {
                try await DepartmentQuestionnaire(departmentID: clinic.adolescent.id!, questionnaireID: row.id!).create(
                    on: world.app.db)
            }
            let adolescent = Ref<Appointment>(adolescentVisit.id!)
            _ = try await teenBrowser.get(Routes.patientCheckIn(teen, adolescent))
            _ = try await teenBrowser.post(
                Routes.saveCheckInQuestionnaire(teen, adolescent, Ref(setting.intake.id!)),
                pairs: [("part", "0"), ("reason", "Contraception questions"), ("fever", "no")])
            let confidentialVisit = try await scheduler.get(Routes.staffCheckIn(teen, adolescent))
            #expect(confidentialVisit.status == .ok && !confidentialVisit.body.contains("Contraception"))
            #expect(
                try await scheduler.get(Routes.staffCheckInResponse(teen, adolescent, Ref(setting.intake.id!))).status
                    == .forbidden)
            #expect(try await him.get(Routes.staffCheckIn(teen, adolescent)).body.contains("Contraception"))
            // A visit with no check-in has nothing to open.
            let other = try await Clinic.appointment(world, for: clinic.child, start: world.now.addingTimeInterval(3 * 86_400))
            #expect(try await him.get(Routes.staffCheckIn(child, Ref(other.id!))).status == .notFound)
            // The visit's page tells staff how far the family got, and opens the answers once there are some.
            let done = try await him.get(Routes.patientAppointment(child, childAppointment))
            #expect(done.body.contains("Check-in done") && done.body.contains(Routes.staffCheckIn(child, childAppointment)))
            let waiting = try await him.get(Routes.patientAppointment(child, Ref(other.id!)))
            #expect(waiting.body.contains("Not started") && !waiting.body.contains(Routes.staffCheckIn(child, Ref(other.id!))))
        }
    }
}
