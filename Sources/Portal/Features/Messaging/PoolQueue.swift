import Fluent
import Foundation
import PortalCore

/// What waits in a pool: open threads whose family's message the care team has not
/// answered, and how many of them are past the pool's response time.
enum PoolQueue {
    static func waiting(in pool: CarePool, on db: any Database) throws -> QueryBuilder<MessageThread> {
        MessageThread.query(on: db).filter(\.$pool.$id == (try pool.requireID())).filter(\.$status == .open)
            .filter(\.$waitingSince != nil)
    }

    static func counts(_ pool: CarePool, today: LocalDate, config: PortalConfig, on db: any Database) async throws -> (
        waiting: Int, late: Int
    ) {
        let lateBefore = pool.promise.lastLateArrival(today: today, calendar: config.calendar).adding(days: 1)
            .startOfDay(in: config.hospitalTimeZone)
        let waitingCount = try await waiting(in: pool, on: db).count()
        let lateCount = try await waiting(in: pool, on: db).filter(\.$waitingSince < lateBefore).count()
        return (waitingCount, lateCount)
    }
}
