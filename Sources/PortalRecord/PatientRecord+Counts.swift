import FluentKit
import FluentSQL
import Foundation
import SQLKit

extension PatientRecord {
    /// What the record's front page counts.
    public struct Counts: Sendable, Equatable {
        public var results: Int
        public var imaging: Int
        public var medications: Int
        public var allergies: Int
        public var immunizations: Int
        public var documents: Int
        /// Upcoming appointments that still stand.
        public var upcomingAppointments: Int
        /// Results (laboratory and imaging) released lately that the viewer has not opened.
        public var newResults: Int
    }

    /// Which results count as new: released since `since`, and let through by `unseen`, a
    /// condition on a result's id column (the portal knows which results a member opened).
    public struct NewResults: Sendable {
        public let since: Date
        public let unseen: @Sendable (any SQLExpression) -> any SQLExpression

        public init(since: Date, unseen: @escaping @Sendable (any SQLExpression) -> any SQLExpression) {
            self.since = since
            self.unseen = unseen
        }
    }

    /// Every count of the front page in one statement: each is the count of the same query
    /// the lists run, so a count can never include an item its list would hide. Without
    /// `newResults`, none are new.
    public func counts(newResults: NewResults? = nil) async throws -> Counts {
        guard let sql = db as? any SQLDatabase else { throw NotAnSQLDatabase() }
        let upcoming = visible(StoredAppointment.self).filter(\.$end > now)
            .filter(\.$status ~~ StoredAppointment.activeStatuses)
        var fresh: any SQLExpression = SQLLiteral.numeric("0")
        if let newResults {
            func unseen<Item: ClinicalItem>(_ type: Item.Type) -> any SQLExpression {
                SQLGroupExpression(
                    Self.counting(
                        visible(Item.self, delayed: true)
                            .filter(
                                .path([ClinicalColumns.releasedAt], schema: Item.schema), .greaterThanOrEqual,
                                .bind(newResults.since)
                            )
                            .filter(.custom(newResults.unseen(SQLColumn("id", table: Item.schema))))))
            }
            fresh = SQLBinaryExpression(unseen(StoredLabReport.self), .add, unseen(StoredImagingReport.self))
        }
        let counted: [(String, any SQLExpression)] = [
            ("new_results", fresh),
            ("results", Self.counting(visible(StoredLabReport.self, delayed: true))),
            ("imaging", Self.counting(visible(StoredImagingReport.self, delayed: true))),
            ("medications", Self.counting(visible(StoredMedication.self))),
            ("allergies", Self.counting(visibleAllergies())),
            ("immunizations", Self.counting(visible(StoredImmunization.self))),
            ("documents", Self.counting(visibleDocuments())),
            ("upcoming_appointments", Self.counting(upcoming)),
        ]
        let select = sql.select()
        for (name, count) in counted { select.column(SQLAlias(SQLGroupExpression(count), as: SQLIdentifier(name))) }
        guard let row = try await select.first() else { throw NotAnSQLDatabase() }
        func number(_ column: String) throws -> Int { try row.decode(column: column, as: Int.self) }
        return Counts(
            results: try number("results"), imaging: try number("imaging"), medications: try number("medications"),
            allergies: try number("allergies"), immunizations: try number("immunizations"),
            documents: try number("documents"), upcomingAppointments: try number("upcoming_appointments"),
            newResults: try number("new_results"))
    }

    /// The query's `SELECT COUNT(id)`, as an expression to put inside another statement.
    private static func counting<Item: Model>(_ query: QueryBuilder<Item>) -> any SQLExpression {
        var counting = query.query
        counting.action = .aggregate(.field(.path([.id], schema: Item.schema), .count))
        return SQLQueryConverter(delegate: ReadingConverter()).convert(counting)
    }
}

/// Every database the portal configures, SQLite and PostgreSQL, is an SQL one.
struct NotAnSQLDatabase: Error {}

/// Turns a Fluent read into SQL. Reads name no column types, so there is nothing to customise.
struct ReadingConverter: SQLConverterDelegate {
    func customDataType(_ dataType: DatabaseSchema.DataType) -> (any SQLExpression)? { nil }
}
