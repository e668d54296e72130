import Fluent
import Foundation
import PortalCore

/// Whom a family may write to about a patient: the care teams staff set up for the
/// patient, and Health Information Management, which every patient may write to.
enum Recipients {
    static func pools(for patientID: UUID, on db: any Database) async throws -> [CarePool] {
        let teamIDs = try await PatientCareTeam.query(on: db).filter(\.$patient.$id == patientID).all(\.$pool.$id)
        let pools = try await CarePool.query(on: db).group(.or) { any in
            any.filter(\.$kind == .him)
            if !teamIDs.isEmpty { any.filter(\.$id ~~ teamIDs) }
        }.all()
        // Care teams first, by name; HIM last.
        return pools.sorted { ($0.kind == .him ? 1 : 0, $0.nameEnglish) < ($1.kind == .him ? 1 : 0, $1.nameEnglish) }
    }

    static func option(_ pool: CarePool, today: LocalDate, calendar: HospitalCalendar, language: Language)
        -> ComposePage.Recipient
    {
        let due = pool.promise.dueDate(sentOn: today, calendar: calendar)
        let promise = Strings.Messaging.expectReply(
            days: pool.responseBusinessDays, by: DateText.weekdayAndDate(due, language: language))
        return ComposePage.Recipient(id: pool.id!, name: pool.name(language), isHIM: pool.kind == .him, promise: promise)
    }
}
