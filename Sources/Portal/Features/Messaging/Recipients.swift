import Fluent
import FluentSQL
import Foundation
import PortalCore
import PortalRecord
import SQLKit

/// Whom a family may write to about a patient: the care teams staff set up for the
/// patient, and Health Information Management, which every patient may write to. A care
/// team whose care is confidential is offered, and named, only to a viewer who may see that
/// kind of care: a parent of a 12-17-year-old is not told the teen has an adolescent clinic.
enum Recipients {
    static func careTeams(for authorized: AuthorizedPatient, on db: any Database) async throws -> [CareTeam] {
        try await allCareTeams(of: authorized.id, on: db).filter { authorized.access.canSee($0.nameLabel) }
    }

    /// Where staff may move a thread: the patient's own care teams and HIM. A thread the
    /// parents read does not go to a team whose name would tell them what the teen is seen for.
    static func moveTargets(for thread: MessageThread, on db: any Database) async throws -> [CareTeam] {
        try await allCareTeams(of: thread.$patient.id, on: db).filter { isMoveTarget($0.id!, named: $0.nameLabel, for: thread) }
    }

    static func isMoveTarget(_ careTeamID: UUID, named label: Sensitivity, for thread: MessageThread) -> Bool {
        careTeamID != thread.$careTeam.id && (thread.audience == .patient || label == .normal)
    }

    /// The patient's care teams and HIM, as a part of a page's short lists: "care team" rows
    /// give the kind, the English and Spanish names and the confidential category.
    static func addCareTeams(of patientID: UUID, to lists: inout ShortLists, on sql: any SQLDatabase) {
        lists.add(
            tag: "care team", from: CareTeam.schema,
            texts: ["kind", "name_en", "name_es", "confidential_category"].map { SQLColumn($0) }, on: sql
        ) { query in
            query.where("kind", .equal, CareTeam.Kind.him.rawValue).orWhere(
                SQLColumn("id"), .in,
                SQLGroupExpression(
                    sql.select().column("pool_id").from("patient_care_teams").where("patient_id", .equal, patientID).select))
        }
    }

    /// Care teams first, by name; HIM last.
    static func isListedBefore(_ first: (isHIM: Bool, englishName: String), _ second: (isHIM: Bool, englishName: String))
        -> Bool
    {
        (first.isHIM ? 1 : 0, first.englishName) < (second.isHIM ? 1 : 0, second.englishName)
    }

    private static func allCareTeams(of patientID: UUID, on db: any Database) async throws -> [CareTeam] {
        guard let sql = db as? any SQLDatabase else { throw PortalError.internalFailure }
        let careTeams = try await sql.raw(
            """
            SELECT * FROM care_pools WHERE kind = \(bind: CareTeam.Kind.him.rawValue)
                OR id IN (SELECT pool_id FROM patient_care_teams WHERE patient_id = \(bind: patientID))
            """
        ).all(decodingFluent: CareTeam.self)
        return careTeams.sorted {
            isListedBefore(($0.kind == .him, $0.nameEnglish), ($1.kind == .him, $1.nameEnglish))
        }
    }

    static func option(_ careTeam: CareTeam, today: LocalDate, calendar: HospitalCalendar, language: Language)
        -> ComposePage.Recipient
    {
        let due = careTeam.promise.dueDate(sentOn: today, calendar: calendar)
        let promise = Strings.messaging.expectReply(
            careTeam.responseBusinessDays, DateText.weekdayAndDate(due, language: language))
        return ComposePage.Recipient(
            id: careTeam.id!, name: careTeam.name(language), isHIM: careTeam.kind == .him, promise: promise)
    }
}
