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

    /// One patient's thread, if the viewer may read it, with its care team and, for a member
    /// (`readBy`), their last reading of it (see `isUnread`).
    func thread(_ id: UUID, of authorized: AuthorizedPatient, readBy memberID: UUID? = nil) async throws -> MessageThread? {
        let query = MessageThread.query(on: db).filter(\.$id == id).filter(\.$patient.$id == authorized.id)
        guard let scoped = Self.filtered(query, by: authorized.threadScope) else { return nil }
        scoped.join(CareTeam.self, on: \MessageThread.$careTeam.$id == \CareTeam.$id)
        if let memberID { Self.joinReading(of: memberID, to: scoped) }
        guard let thread = try await scoped.first() else { return nil }
        thread.$careTeam.value = try thread.joined(CareTeam.self)
        thread.$patient.value = authorized.patient
        return thread
    }

    /// The member's last reading of each thread, in the same row (none when they never opened it).
    private static func joinReading(of memberID: UUID, to query: QueryBuilder<MessageThread>) {
        query.join(
            ThreadRead.self,
            [
                .field(.path(["thread_id"], schema: ThreadRead.schema), .equal, .path([.id], schema: MessageThread.schema)),
                .value(.path(["member_id"], schema: ThreadRead.schema), .equal, .bind(memberID)),
            ], method: .left)
    }

    /// Whether a thread read with the member's reading holds something they have not read:
    /// a message after their last reading, unless they wrote the last one themselves.
    static func isUnread(_ thread: MessageThread, by memberID: UUID) -> Bool {
        guard thread.lastAuthorMemberID != memberID else { return false }
        // A thread the member never opened has no reading to decode: all of it is unread.
        let readAt = (try? thread.joined(ThreadRead.self))?.readAt
        return readAt.map { $0 < thread.lastMessageAt } ?? true
    }

    /// The threads of these patients the viewer reads, newest first, at most `limit`, and
    /// for a member (`readBy`) which of them hold something the member has not read: one
    /// read, with each thread's care team and the member's last reading of it.
    func threads(of patients: [AuthorizedPatient], readBy memberID: UUID? = nil, limit: Int = 500) async throws -> (
        threads: [MessageThread], unread: Set<UUID>
    ) {
        let scoped = patients.map { ($0.id, $0.threadScope) }.filter { $0.1 != .none }
        guard !scoped.isEmpty else { return ([], []) }
        let query = MessageThread.query(on: db)
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
            .join(CareTeam.self, on: \MessageThread.$careTeam.$id == \CareTeam.$id)
        if let memberID { Self.joinReading(of: memberID, to: query) }
        let threads = try await query.sort(\.$lastMessageAt, .descending).limit(limit).all()
        // The patients are the caller's, already read; the care team comes in the same row.
        let byID = Dictionary(patients.map { ($0.id, $0.patient) }, uniquingKeysWith: { first, _ in first })
        var unread: Set<UUID> = []
        for thread in threads {
            thread.$careTeam.value = try thread.joined(CareTeam.self)
            thread.$patient.value = byID[thread.$patient.id]
            if let memberID, Self.isUnread(thread, by: memberID) { unread.insert(try thread.requireID()) }
        }
        return (threads, unread)
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

    /// A thread's messages in order, each with its authors and its files, in one statement.
    func messages(in thread: MessageThread) async throws -> ThreadContents {
        // A message with files comes once per file; its sealed bytes stay in the database
        // until someone opens a file, only their size is read.
        let rows = try await ThreadMessage.query(on: db).filter(\.$thread.$id == thread.requireID())
            .join(Member.self, on: \ThreadMessage.$memberAuthor.$id == \Member.$id, method: .left)
            .join(StaffUser.self, on: \ThreadMessage.$staffAuthor.$id == \StaffUser.$id, method: .left)
            .join(MessageAttachment.self, on: \MessageAttachment.$message.$id == \ThreadMessage.$id, method: .left)
            .join(StoredDocument.self, on: \MessageAttachment.$document.$id == \StoredDocument.$id, method: .left)
            .fields(for: ThreadMessage.self).fields(for: Member.self).fields(for: StaffUser.self)
            .fields(for: MessageAttachment.self).field(StoredDocument.self, \.$byteCount)
            .sort(\.$position).sort(MessageAttachment.self, \.$createdAt).all()
        var messages: [ThreadMessage] = []
        var files: [UUID: [ThreadContents.File]] = [:]
        for row in rows {
            let id = try row.requireID()
            if messages.last?.id != id {
                // The authors come in the same rows; a message names at most one of each.
                row.$memberAuthor.value = try row.$memberAuthor.id.map { _ in try row.joined(Member.self) }
                row.$staffAuthor.value = try row.$staffAuthor.id.map { _ in try row.joined(StaffUser.self) }
                messages.append(row)
            }
            // A message without files comes with an empty file part, which does not decode.
            if let file = try? row.joined(MessageAttachment.self), let fileID = file.id {
                files[id, default: []].append(
                    ThreadContents.File(
                        id: fileID, name: file.fileName, bytes: try row.joined(StoredDocument.self).byteCount))
            }
        }
        return ThreadContents(messages: messages, files: files)
    }

    /// The member has read the thread up to now: one statement, which also settles two
    /// tabs opening the thread at once (the pair is unique).
    func markRead(_ thread: MessageThread, by memberID: UUID) async throws {
        guard let sql = db as? any SQLDatabase else { throw PortalError.internalFailure }
        try await sql.insert(into: ThreadRead.schema).columns("id", "thread_id", "member_id", "read_at")
            .values(SQLBind(UUID()), SQLBind(thread.requireID()), SQLBind(memberID), SQLBind(now))
            .onConflict(with: ["thread_id", "member_id"]) { $0.set(excludedValueOf: "read_at") }
            .run()
    }

    /// Staff opened the thread and were shown these family messages: they count as read by
    /// the care team. One that arrived since stays unread.
    func markReadByCareTeam(_ messages: [ThreadMessage]) async throws {
        try await ThreadMessage.query(on: db).filter(\.$id ~~ messages.compactMap(\.id))
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
