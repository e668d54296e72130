import Fluent
import Foundation
import PortalCore
import Vapor

/// Builds a thread page for whoever is looking: the family's view, or the care team's
/// with the patient banner, the controls and the patient's medicines and allergies.
enum ThreadPageModel {
    /// Whether the signed-in staff member works the thread's care team. A clinician's teams
    /// came with the door's decision on the patient. Anyone else's answer is read once and
    /// kept for the rest of a GET, which changes no membership: a page asks more than once
    /// (marking the thread read, the reply form, the panel).
    static func worksCareTeam(_ thread: MessageThread, _ req: Request) async throws -> Bool {
        guard let staffID = req.currentSession?.staff?.id else { return false }
        let careTeamID = thread.$careTeam.id
        if let teams = req.routePatient?.staffCareTeams, req.routePatient?.id == thread.$patient.id {
            return teams.contains(careTeamID)
        }
        if req.method == .GET, let known = req.storage[WorksCareTeamKey.self], known.careTeamID == careTeamID {
            return known.works
        }
        let works =
            try await CareTeamStaff.query(on: req.db).filter(\.$careTeam.$id == careTeamID).filter(\.$staff.$id == staffID)
            .count() > 0
        if req.method == .GET { req.storage[WorksCareTeamKey.self] = (careTeamID, works) }
        return works
    }

    private struct WorksCareTeamKey: StorageKey { typealias Value = (careTeamID: UUID, works: Bool) }

    static func make(
        _ thread: MessageThread, _ req: Request, _ authorized: AuthorizedPatient, replyText: String = "",
        marksReadByCareTeam: Bool = false
    ) async throws -> ThreadPage.Model {
        let language = req.language
        let zone = req.hospitalTimeZone
        let threadID = try thread.requireID()
        let conversations = Conversations(db: req.db, now: req.now)
        let contents = try await conversations.messages(in: thread)
        let messages = contents.messages
        // Someone who works the care team opened the thread: the family's messages shown are
        // read by the care team. Written only when one is not yet, and shown as read.
        let unreadByCareTeam = messages.filter { $0.$memberAuthor.id != nil && $0.careTeamReadAt == nil }
        if marksReadByCareTeam, !unreadByCareTeam.isEmpty {
            try await conversations.markReadByCareTeam(unreadByCareTeam)
            for message in unreadByCareTeam { message.careTeamReadAt = req.now }
        }
        let careTeam = try await thread.$careTeam.get(on: req.db)
        let viewerMemberID = req.currentSession?.member?.id
        let isStaff = req.currentSession?.staff != nil
        let lists = isStaff ? try await StaffThreadLists.read(thread, req, authorized) : nil
        let relationships = lists?.relationships ?? [:]
        let teamName = careTeam.name(shownWith: authorized.access)(language)
        let entries = messages.map { message -> ThreadPage.Entry in
            let author: String
            if let staff = message.staffAuthor {
                author = Strings.messaging.staffAuthor(staff.fullName, teamName)(language)
            } else if let member = message.memberAuthor {
                if member.id == viewerMemberID {
                    author = Strings.messaging.you(language)
                } else if isStaff {
                    author = Strings.careTeamInbox.writer(
                        member.fullName, Strings.careTeamInbox.relationship(relationships[member.id!]))(language)
                } else {
                    author = member.fullName
                }
            } else {
                author = ""
            }
            let fromFamily = message.$memberAuthor.id != nil
            return ThreadPage.Entry(
                author: author, isFromCareTeam: !fromFamily,
                time: DateText.dateTime(message.createdAt, in: zone, language: language), body: message.body,
                readNote: fromFamily
                    ? (message.careTeamReadAt == nil ? Strings.messaging.notYetRead : Strings.messaging.readByCareTeam) : nil,
                attachments: (contents.files[message.id!] ?? []).map { file in
                    (
                        Strings.messaging.attachment(file.name, max(1, (file.bytes + 1023) / 1024)),
                        Routes.patientThreadAttachment(authorized.ref, Ref(threadID), Ref(file.id))
                    )
                })
        }
        let canReply: Bool
        if isStaff {
            canReply = try await worksCareTeam(thread, req)
        } else {
            canReply = thread.status == .open
        }
        let reply =
            canReply
            ? ThreadPage.Reply(
                action: Routes.patientThreadReplies(authorized.ref, Ref(threadID)), submissionKey: RandomToken.make(),
                text: replyText,
                careTeamID: isStaff ? thread.$careTeam.id.uuidString.lowercased() : nil,
                savedReplies: (lists?.savedReplies ?? []).map {
                    SavedRepliesController.offered($0.id, titled: $0.title, for: thread, patientID: authorized.id)
                })
            : nil
        var model = ThreadPage.Model(
            subject: thread.subject, patientName: authorized.patient.shownName, teamName: teamName,
            backLink: isStaff ? Routes.careTeamInbox(Ref(thread.$careTeam.id)) : Routes.messages(),
            isClosed: thread.status == .done,
            restrictedBecause: isStaff ? thread.restrictionReason.map { $0 } : nil, entries: entries, reply: reply,
            newMessageLink: !isStaff && thread.status == .done
                ? Routes.patientCompose(authorized.ref).query(["to": thread.$careTeam.id.uuidString.lowercased()]) : nil)
        if let lists {
            model.staff = try await staffPanel(thread, careTeam: careTeam, messages: messages, lists: lists, req, authorized)
        }
        return model
    }

    private static func staffPanel(
        _ thread: MessageThread, careTeam: CareTeam, messages: [ThreadMessage], lists: StaffThreadLists, _ req: Request,
        _ authorized: AuthorizedPatient
    ) async throws -> StaffPanel.Model {
        let language = req.language
        let zone = req.hospitalTimeZone
        let today = LocalDate(req.now, in: zone)
        let calendar = req.portal.config.calendar
        // Who started the thread almost always wrote in it, and the messages came with their authors.
        var starter = messages.lazy.compactMap(\.memberAuthor).first { $0.id == thread.$startedBy.id }
        if starter == nil, thread.$startedBy.id != nil { starter = try await thread.$startedBy.get(on: req.db) }
        let startedBy =
            starter.map { member in
                Strings.careTeamInbox.writer(
                    member.fullName, Strings.careTeamInbox.relationship(lists.relationships[member.id!]))(language)
            } ?? ""
        var assigneeName = lists.colleagues.first { $0.id == thread.$assignee.id }?.name
        if assigneeName == nil, thread.$assignee.id != nil { assigneeName = try await thread.$assignee.get(on: req.db)?.fullName }
        let waitingDay = thread.waitingSince.map { LocalDate($0, in: zone) }
        return StaffPanel.Model(
            patientName: authorized.patient.shownName,
            age: LocalDate(iso: authorized.patient.birthDate).map { Age.years(bornOn: $0, on: today) } ?? 0,
            startedBy: startedBy, audience: thread.audience,
            waited: waitingDay.map { Strings.careTeamInbox.waitedFor(calendar.businessDaysWaited(since: $0, until: today)) },
            isLate: waitingDay.map { careTeam.promise.isLate(waitingSince: $0, today: today, calendar: calendar) } ?? false,
            assigneeName: assigneeName, actionsPath: Routes.patientThreadActions(authorized.ref, thread.ref),
            recordLink: Routes.patient(authorized.ref), isClosed: thread.status == .done,
            colleagues: lists.colleagues,
            careTeams: [(careTeam.id!, careTeam.name(language))] + lists.moveTargets.map { ($0.id, $0.name(language)) },
            currentCareTeamID: thread.$careTeam.id, worksCareTeam: try await worksCareTeam(thread, req),
            canRestrict: authorized.level == .staff(.clinician),
            isRestricted: thread.restrictedAt != nil, medications: lists.medications, allergies: lists.allergies)
    }
}
