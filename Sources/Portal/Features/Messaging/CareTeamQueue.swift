import Fluent
import Foundation
import PortalCore

/// What waits in a care team: open threads whose family's message the care team has not
/// answered, and how many of them are past the care team's response time.
enum CareTeamQueue {
    static func waiting(in careTeam: CareTeam, on db: any Database) throws -> QueryBuilder<MessageThread> {
        MessageThread.query(on: db).filter(\.$careTeam.$id == (try careTeam.requireID())).filter(\.$status == .open)
            .filter(\.$waitingSince != nil)
    }

    static func counts(_ careTeam: CareTeam, today: LocalDate, config: PortalConfig, on db: any Database) async throws -> (
        waiting: Int, late: Int
    ) {
        let lateBefore = careTeam.promise.lastLateArrival(today: today, calendar: config.calendar).adding(days: 1)
            .startOfDay(in: config.hospitalTimeZone)
        let waitingCount = try await waiting(in: careTeam, on: db).count()
        let lateCount = try await waiting(in: careTeam, on: db).filter(\.$waitingSince < lateBefore).count()
        return (waitingCount, lateCount)
    }
}
