import Fluent
import PortalCore
import PortalRecord
import Vapor

struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.home) { req in try await memberHome(req) }
        routes.on(Routes.staffHome) { req in try await staffHome(req) }
    }

    func memberHome(_ req: Request) async throws -> Response {
        if req.currentSession?.staff != nil, req.currentSession?.isSignedIn == true { return .redirect(to: Routes.staffHome()) }
        guard let member = try? req.signedInMember() else { return .redirect(to: Routes.signIn()) }
        let patients = try await req.patientsVisibleToMember(member)
        let ended = try await req.accessEndedAtEighteen(for: member, visible: patients)
        // Listing a patient's name and age is a view of their information; a closed record's
        // name is shown to say why it is closed, and that look is on record like any other.
        try await req.audit(
            patients.map { req.auditEntry(.patientView, .success, patientID: $0.id) }
                + ended.map { req.auditEntry(.accessEndedNotice, .success, patientID: $0.patientID) })
        let today = req.today
        let nextVisits = try await PatientRecord.nextAppointments(of: patients.map { req.record(of: $0) })
        var cards: [MemberHomePage.PatientCard] = []
        for authorized in patients {
            let patient = authorized.patient
            let age = LocalDate(iso: patient.birthDate).map { Age.years(bornOn: $0, on: today) } ?? 0
            let next = nextVisits[authorized.id]
            cards.append(
                MemberHomePage.PatientCard(
                    name: patient.preferredName ?? patient.legalName, age: age,
                    access: AccessDescription(authorized.access, hospitalTimeZone: req.hospitalTimeZone),
                    link: Routes.patient(authorized.ref),
                    nextAppointment: next.map {
                        DateText.visit(start: $0.start, end: $0.end, in: req.hospitalTimeZone, language: req.language)
                    },
                    appointmentsLink: Routes.patientAppointments(authorized.ref),
                    checkInLink: next.flatMap { visit in
                        CheckInRules.isOpen(start: visit.start, isBooked: visit.isActive, at: req.now)
                            ? Routes.patientCheckIn(authorized.ref, visit.ref) : nil
                    }))
        }
        let notices = patients.compactMap { authorized -> LocalizedText? in
            guard let birth = LocalDate(iso: authorized.patient.birthDate),
                let birthday = AdulthoodNotice.upcomingEighteenthBirthday(bornOn: birth, today: today)
            else { return nil }
            let date = DateText.long(birthday, language: req.language)
            return authorized.level == .patientSelf
                ? Strings.home.adulthoodForPatient(date)
                : Strings.home.adulthoodForParent(authorized.patient.shownName, date)
        }
        let conversations = Conversations(db: req.db, now: req.now)
        let unread = try await conversations.threads(of: patients, readBy: member.requireID()).unread
        let model = MemberHomePage.Model(
            firstName: member.fullName, patients: cards, notices: notices,
            ended: ended.map {
                MemberHomePage.EndedCard(
                    name: $0.name, message: Strings.home.accessEnded(DateText.long($0.birthday, language: req.language))
                )
            }, unreadMessages: unread.count, canWrite: patients.contains { ThreadFacts.audience(startedWith: $0.level) != nil })
        return MemberHomePage.render(model, context: try await req.pageContext(visible: patients)).response()
    }

    func staffHome(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        let model = StaffHomePage.Model(
            name: staff.fullName, role: staff.role.displayName,
            canReadAuditTrail: Routes.auditTrail.admits(staff.role),
            canManageAccess: Routes.staffPatients.admits(staff.role),
            canSeeMailStatus: Routes.staffMail.admits(staff.role),
            canOpenRecords: Routes.staffRecords.admits(staff.role),
            canReadMessages: Routes.staffInbox.admits(staff.role),
            canSetUpCareTeams: Routes.staffCareTeams.admits(staff.role),
            canSchedule: Routes.staffScheduling.admits(staff.role), canManageStaff: Routes.staffAccounts.admits(staff.role))
        return StaffHomePage.render(model, context: try await req.pageContext()).response()
    }
}

extension StaffUser.Role {
    var displayName: LocalizedText { Strings.home.role(self) }
}
