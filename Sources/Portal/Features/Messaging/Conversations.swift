import Fluent
import Foundation
import PortalCore
import SQLKit

/// Reads and writes threads for one viewer. Every query that lists or opens threads is
/// filtered by the scope `ThreadVisibility` gives the viewer's access, in the database,
/// so a thread a viewer may not read is never loaded for them: no count, subject or
/// search result can show it.
struct Conversations {
    enum Refusal: Error, Equatable {
        /// The care team closed the thread; the family starts a new one.
        case closed
        /// A staff form named the care team the thread was in when it was drawn; it has moved since.
        case moved
        /// The submission key was used by someone else.
        case foreignKey
    }

    let db: any Database
    let now: Date

    /// Narrows a thread query to what the scope allows; nil when it allows nothing.
    static func filtered(_ query: QueryBuilder<MessageThread>, by scope: ThreadScope) -> QueryBuilder<MessageThread>? {
        switch scope {
        case .all: return query
        case .none: return nil
        case .careTeams(let teams): return query.filter(\.$careTeam.$id ~~ Array(teams))
        case .audience(let audience, let includesRestricted):
            let narrowed = query.filter(\.$audience == audience)
            return includesRestricted ? narrowed : narrowed.filter(\.$restrictedAt == nil)
        }
    }

    /// One patient's thread, if the viewer may read it.
    func thread(_ id: UUID, of authorized: AuthorizedPatient) async throws -> MessageThread? {
        let query = MessageThread.query(on: db).filter(\.$id == id).filter(\.$patient.$id == authorized.id)
        return try await Self.filtered(query, by: authorized.threadScope)?.with(\.$careTeam).first()
    }

    /// The threads of these patients the viewer reads, newest first, at most `limit`.
    func threads(of patients: [AuthorizedPatient], limit: Int = 500) async throws -> [MessageThread] {
        let scoped = patients.map { ($0.id, $0.threadScope) }.filter { $0.1 != .none }
        guard !scoped.isEmpty else { return [] }
        return try await MessageThread.query(on: db)
            .group(.or) { any in
                for (patientID, scope) in scoped {
                    any.group(.and) { one in
                        one.filter(\.$patient.$id == patientID)
                        switch scope {
                        case .audience(let audience, let includesRestricted):
                            one.filter(\.$audience == audience)
                            if !includesRestricted { one.filter(\.$restrictedAt == nil) }
                        case .careTeams(let teams):
                            one.filter(\.$careTeam.$id ~~ Array(teams))
                        case .all, .none:
                            break
                        }
                    }
                }
            }
            .with(\.$careTeam).with(\.$patient)
            .sort(\.$lastMessageAt, .descending).limit(limit).all()
    }

    /// The threads among these whose subject or any message contains the words, ignoring
    /// case. It searches only threads the caller already holds, which the scope filtered, so
    /// a search can never find a thread its viewer may not read.
    func search(_ threads: [MessageThread], for words: String) async throws -> [MessageThread] {
        // LIKE's wildcards are taken out rather than escaped: nobody searches for them.
        let needle = words.lowercased().filter { $0 != "%" && $0 != "_" && $0 != "\\" }
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !needle.isEmpty, !threads.isEmpty else { return needle.isEmpty ? threads : [] }
        guard let sql = db as? any SQLDatabase else { throw PortalError.internalFailure }
        let inBodies = try await sql.select().distinct().column("thread_id").from(ThreadMessage.schema)
            .where(SQLIdentifier("thread_id"), .in, SQLBind.group(threads.compactMap(\.id)))
            .where(SQLFunction("lower", args: SQLIdentifier("body")), .like, SQLBind("%\(needle)%"))
            .all().map { try $0.decode(column: "thread_id", as: UUID.self) }
        let found = Set(inBodies)
        return threads.filter { found.contains($0.id!) || $0.subject.lowercased().contains(needle) }
    }

    func messages(in thread: MessageThread) async throws -> [ThreadMessage] {
        try await ThreadMessage.query(on: db).filter(\.$thread.$id == thread.requireID())
            .with(\.$memberAuthor).with(\.$staffAuthor).sort(\.$position).all()
    }

    /// The threads among these that have something the member has not read.
    func unread(_ threads: [MessageThread], by memberID: UUID) async throws -> Set<UUID> {
        let ids = threads.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let reads = try await ThreadRead.query(on: db).filter(\.$memberID == memberID).filter(\.$threadID ~~ ids).all()
        let readAt = Dictionary(reads.map { ($0.threadID, $0.readAt) }, uniquingKeysWith: max)
        return Set(
            threads.filter { thread in
                thread.lastAuthorMemberID != memberID && (readAt[thread.id!].map { $0 < thread.lastMessageAt } ?? true)
            }.compactMap(\.id))
    }

    func markRead(_ thread: MessageThread, by memberID: UUID) async throws {
        let threadID = try thread.requireID()
        if let read = try await ThreadRead.query(on: db).filter(\.$threadID == threadID).filter(\.$memberID == memberID).first() {
            read.readAt = now
            try await read.save(on: db)
        } else {
            try await ThreadRead(threadID: threadID, memberID: memberID, readAt: now).create(on: db)
        }
    }

    /// Staff opened the thread: the family's messages so far count as read by the care team.
    func markReadByCareTeam(_ thread: MessageThread) async throws {
        try await ThreadMessage.query(on: db).filter(\.$thread.$id == thread.requireID())
            .filter(\.$memberAuthor.$id != nil).filter(\.$careTeamReadAt == nil)
            .set(\.$careTeamReadAt, to: now).update()
    }

    /// The message an earlier submission of the same form saved, if any.
    func alreadySent(key: String, memberID: UUID? = nil, staffID: UUID? = nil) async throws -> ThreadMessage? {
        guard let message = try await ThreadMessage.query(on: db).filter(\.$submissionKey == key).first() else { return nil }
        guard message.$memberAuthor.id == memberID && message.$staffAuthor.id == staffID else { throw Refusal.foreignKey }
        return message
    }

    /// Starts a thread with its first message in one transaction; a second submission of
    /// the same form returns the thread the first one started.
    func start(
        patientID: UUID, careTeam: CareTeam, subject: String, body: String, audience: ThreadAudience, memberID: UUID, key: String,
        attachments: [MessageAttachments.Sealed] = [],
        alsoInTransaction: @Sendable @escaping (any Database, UUID) async throws -> Void = { _, _ in }
    ) async throws -> (thread: UUID, isNew: Bool) {
        if let sent = try await alreadySent(key: key, memberID: memberID) { return (sent.$thread.id, false) }
        let thread = MessageThread(
            patientID: patientID, careTeamID: try careTeam.requireID(), subject: subject, audience: audience, startedBy: memberID,
            at: now)
        do {
            try await db.transaction { db in
                try await thread.create(on: db)
                let message = ThreadMessage(threadID: thread.id!, memberID: memberID, body: body, submissionKey: key, at: now)
                message.position = try await Self.countMessage(in: thread.id!, on: db)
                try await message.create(on: db)
                try await MessageAttachments.save(attachments, for: message.id!, on: db)
                try await ThreadRead(threadID: thread.id!, memberID: memberID, readAt: now).create(on: db)
                try await alsoInTransaction(db, thread.id!)
            }
        } catch {
            // Two copies of one submission raced; the other one's commit is the message.
            if let sent = try await alreadySent(key: key, memberID: memberID) { return (sent.$thread.id, false) }
            throw error
        }
        return (thread.id!, true)
    }

    /// Adds a member's or staff member's message to a thread; a second submission of the same
    /// form returns the message the first one saved.
    func reply(
        to thread: MessageThread, body: String, memberID: UUID? = nil, staffID: UUID? = nil, key: String,
        expectedCareTeam: UUID? = nil, attachments: [MessageAttachments.Sealed] = [],
        alsoInTransaction: @Sendable @escaping (any Database, UUID) async throws -> Void = { _, _ in }
    ) async throws -> (message: UUID, isNew: Bool) {
        if let sent = try await alreadySent(key: key, memberID: memberID, staffID: staffID) { return (sent.id!, false) }
        let threadID = try thread.requireID()
        if memberID != nil && thread.status == .done { throw Refusal.closed }
        if let expectedCareTeam, thread.$careTeam.id != expectedCareTeam { throw Refusal.moved }
        let message = ThreadMessage(
            threadID: threadID, memberID: memberID, staffID: staffID, body: body, submissionKey: key, at: now)
        do {
            try await db.transaction { db in
                message.position = try await Self.countMessage(in: threadID, on: db)
                try await message.create(on: db)
                try await MessageAttachments.save(attachments, for: message.id!, on: db)
                let update = MessageThread.query(on: db).filter(\.$id == threadID).set(\.$lastMessageAt, to: now)
                    .set(\.$lastAuthorMemberID, to: memberID)
                if memberID == nil {
                    try await update.set(\.$waitingSince, to: nil).update()
                } else {
                    try await update.update()
                    // The oldest unanswered message sets how long the family has waited.
                    try await MessageThread.query(on: db).filter(\.$id == threadID).filter(\.$waitingSince == nil)
                        .set(\.$waitingSince, to: now).update()
                }
                try await alsoInTransaction(db, message.id!)
            }
        } catch {
            if let sent = try await alreadySent(key: key, memberID: memberID, staffID: staffID) { return (sent.id!, false) }
            throw error
        }
        if let memberID { try await markRead(thread, by: memberID) }
        return (message.id!, true)
    }

    /// Counts a message in the database itself and returns its position: the update locks
    /// the thread's row until the transaction ends, so two replies at once get 2 and 3.
    private static func countMessage(in threadID: UUID, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { throw PortalError.internalFailure }
        try await sql.update(MessageThread.schema)
            .set(
                SQLIdentifier("message_count"),
                to: SQLBinaryExpression(SQLIdentifier("message_count"), .add, SQLLiteral.numeric("1"))
            )
            .where(SQLIdentifier("id"), .equal, SQLBind(threadID))
            .run()
        guard let count = try await MessageThread.find(threadID, on: db)?.messageCount else { throw PortalError.internalFailure }
        return count
    }
}
