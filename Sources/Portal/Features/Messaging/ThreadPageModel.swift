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
        let messages = try await conversations.messages(in: thread)
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
        let relationships = isStaff ? try await relationships(of: messages, to: authorized.id, on: req.db) : [:]
        let files = try await MessageAttachments.listed(for: messages.compactMap(\.id), on: req.db)
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
                attachments: (files[message.id!] ?? []).map { file in
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
                savedReplies: isStaff
                    ? try await SavedRepliesController.offered(for: thread, patientID: authorized.id, on: req.db) : [])
            : nil
        var model = ThreadPage.Model(
            subject: thread.subject, patientName: authorized.patient.shownName, teamName: teamName,
            backLink: isStaff ? Routes.careTeamInbox(Ref(thread.$careTeam.id)) : Routes.messages(),
            isClosed: thread.status == .done,
            restrictedBecause: isStaff ? thread.restrictionReason.map { $0 } : nil, entries: entries, reply: reply,
            newMessageLink: !isStaff && thread.status == .done
                ? Routes.patientCompose(authorized.ref).query(["to": thread.$careTeam.id.uuidString.lowercased()]) : nil)
        if isStaff {
            model.staff = try await staffPanel(
                thread, careTeam: careTeam, messages: messages, relationships: relationships, req, authorized)
        }
        return model
    }

    private static func relationships(
        of messages: [ThreadMessage], to patientID: UUID, on db: any Database
    ) async throws -> [UUID: Relationship] {
        let memberIDs = Set(messages.compactMap { $0.$memberAuthor.id })
        guard !memberIDs.isEmpty else { return [:] }
        let grants = try await AccessGrant.query(on: db).filter(\.$patient.$id == patientID)
            .filter(\.$member.$id ~~ Array(memberIDs)).all()
        return grants.reduce(into: [:]) { known, grant in
            if let relationship = grant.facts?.relationship { known[grant.$member.id] = relationship }
        }
    }

    private static func staffPanel(
        _ thread: MessageThread, careTeam: CareTeam, messages: [ThreadMessage], relationships: [UUID: Relationship],
        _ req: Request, _ authorized: AuthorizedPatient
    ) async throws -> StaffPanel.Model {
        let language = req.language
        let zone = req.hospitalTimeZone
        let today = LocalDate(req.now, in: zone)
        let calendar = req.portal.config.calendar
        let record = req.record(of: authorized)
        let medications = try await record.medications().filter { $0.status == "active" }
            .map { [$0.name, $0.dose].compactMap { $0 }.joined(separator: " — ") }
        let allergies = try await record.allergies().filter { $0.clinicalStatus == "active" }
            .map { allergy in
                let reactions = allergy.reactions.split(separator: "\n").joined(separator: ", ")
                return reactions.isEmpty ? allergy.substance : "\(allergy.substance) — \(reactions)"
            }
        // Who started the thread almost always wrote in it, and the messages came with their authors.
        var starter = messages.lazy.compactMap(\.memberAuthor).first { $0.id == thread.$startedBy.id }
        if starter == nil, thread.$startedBy.id != nil { starter = try await thread.$startedBy.get(on: req.db) }
        let startedBy =
            starter.map { member in
                Strings.careTeamInbox.writer(member.fullName, Strings.careTeamInbox.relationship(relationships[member.id!]))(
                    language)
            } ?? ""
        let colleagues = try await StaffUser.query(on: req.db)
            .join(CareTeamStaff.self, on: \CareTeamStaff.$staff.$id == \StaffUser.$id)
            .filter(CareTeamStaff.self, \.$careTeam.$id == thread.$careTeam.id).filter(\.$status == .active).all()
            .sorted { $0.fullName < $1.fullName }
        let careTeams = try await [thread.$careTeam.get(on: req.db)] + Recipients.moveTargets(for: thread, on: req.db)
        var assignee = colleagues.first { $0.id == thread.$assignee.id }
        if assignee == nil, thread.$assignee.id != nil { assignee = try await thread.$assignee.get(on: req.db) }
        let waitingDay = thread.waitingSince.map { LocalDate($0, in: zone) }
        return StaffPanel.Model(
            patientName: authorized.patient.shownName,
            age: LocalDate(iso: authorized.patient.birthDate).map { Age.years(bornOn: $0, on: today) } ?? 0,
            startedBy: startedBy, audience: thread.audience,
            waited: waitingDay.map { Strings.careTeamInbox.waitedFor(calendar.businessDaysWaited(since: $0, until: today)) },
            isLate: waitingDay.map { careTeam.promise.isLate(waitingSince: $0, today: today, calendar: calendar) } ?? false,
            assigneeName: assignee?.fullName, actionsPath: Routes.patientThreadActions(authorized.ref, thread.ref),
            recordLink: Routes.patient(authorized.ref), isClosed: thread.status == .done,
            colleagues: colleagues.map { ($0.id!, $0.fullName) }, careTeams: careTeams.map { ($0.id!, $0.name(language)) },
            currentCareTeamID: thread.$careTeam.id, worksCareTeam: try await worksCareTeam(thread, req),
            canRestrict: authorized.level == .staff(.clinician),
            isRestricted: thread.restrictedAt != nil, medications: medications, allergies: allergies)
    }
}
