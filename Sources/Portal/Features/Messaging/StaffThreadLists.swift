import Fluent
import Foundation
import PortalCore
import PortalRecord
import SQLKit
import Vapor

/// What the care team's view of a thread shows beside the messages, read in one statement:
/// the patient's active medicines and allergies, the care team's active colleagues and saved
/// replies, the teams the thread may move to, and how each family writer is related to the
/// patient.
struct StaffThreadLists {
    var medications: [String] = []
    var allergies: [String] = []
    var colleagues: [(id: UUID, name: String)] = []
    var savedReplies: [(id: UUID, title: String)] = []
    var moveTargets: [(id: UUID, name: LocalizedText)] = []
    var relationships: [UUID: Relationship] = [:]

    static func read(_ thread: MessageThread, _ req: Request, _ authorized: AuthorizedPatient) async throws -> Self {
        guard let sql = req.db as? any SQLDatabase else { throw PortalError.internalFailure }
        let careTeamID = thread.$careTeam.id
        let threadID = try thread.requireID()
        var lists = ShortLists()
        req.record(of: authorized).addActiveMedicationsAndAllergies(to: &lists)
        lists.add(
            tag: "colleague", from: StaffUser.schema, id: SQLColumn("id", table: StaffUser.schema),
            texts: [SQLColumn("full_name", table: StaffUser.schema)], on: sql
        ) { query in
            query.join(
                CareTeamStaff.schema, on: SQLColumn("staff_id", table: CareTeamStaff.schema), .equal,
                SQLColumn("id", table: StaffUser.schema)
            )
            .where(SQLColumn("pool_id", table: CareTeamStaff.schema), .equal, SQLBind(careTeamID))
            .where(SQLColumn("status", table: StaffUser.schema), .equal, SQLBind(StaffUser.Status.active.rawValue))
        }
        lists.add(tag: "saved reply", from: SavedReply.schema, texts: [SQLColumn("title")], on: sql) { query in
            query.where("pool_id", .equal, careTeamID)
        }
        Recipients.addCareTeams(of: authorized.id, to: &lists, on: sql)
        lists.add(
            tag: "writer", from: AccessGrant.schema, id: SQLColumn("member_id"), texts: [SQLColumn("relationship")], on: sql
        ) { query in
            query.where("patient_id", .equal, authorized.id).where(
                SQLColumn("member_id"), .in,
                SQLGroupExpression(
                    sql.select().column("author_member_id").from(ThreadMessage.schema)
                        .where("thread_id", .equal, threadID).select))
        }
        let read = try await lists.read(on: sql)
        func rows(_ tag: String) -> [ShortLists.Row] { read[tag] ?? [] }
        var found = StaffThreadLists()
        found.medications = rows("medication").map { ($0[0] ?? "", $0[1]) }.sorted { $0.0 < $1.0 }
            .map { [$0.0, $0.1].compactMap { $0 }.joined(separator: " — ") }
        found.allergies = rows("allergy").map { ($0[0] ?? "", $0[1] ?? "") }.sorted { $0.0 < $1.0 }
            .map { substance, listed in
                let reactions = listed.split(separator: "\n").joined(separator: ", ")
                return reactions.isEmpty ? substance : "\(substance) — \(reactions)"
            }
        found.colleagues = rows("colleague").map { ($0.id, $0[0] ?? "") }.sorted { $0.name < $1.name }
        found.savedReplies = rows("saved reply").map { ($0.id, $0[0] ?? "") }.sorted { $0.title < $1.title }
        found.moveTargets = rows("care team").compactMap { row -> (isHIM: Bool, id: UUID, name: LocalizedText)? in
            guard Recipients.isMoveTarget(row.id, named: CareTeam.nameLabel(category: row[3]), for: thread) else {
                return nil
            }
            return (row[0] == CareTeam.Kind.him.rawValue, row.id, LocalizedText(en: row[1] ?? "", es: row[2] ?? ""))
        }
        .sorted { Recipients.isListedBefore(($0.isHIM, $0.name.english), ($1.isHIM, $1.name.english)) }.map { ($0.id, $0.name) }
        for writer in rows("writer") {
            if let relationship = writer[0].flatMap(Relationship.init(rawValue:)) {
                found.relationships[writer.id] = relationship
            }
        }
        return found
    }
}
