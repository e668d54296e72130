import Fluent
import Foundation
import PortalCore
import SQLKit

extension PatientRecord {
    /// An app's search of laboratory items: any of `codes` (none: every code), all of
    /// `dates`, and one page, newest first. The record's own visibility filters apply first,
    /// in the same statement.
    public struct LabSearch: Sendable {
        public var codes: [TokenSearch]
        public var dates: [DateSearch]
        public var offset: Int
        public var count: Int

        public init(codes: [TokenSearch] = [], dates: [DateSearch] = [], offset: Int = 0, count: Int) {
            self.codes = codes
            self.dates = dates
            self.offset = offset
            self.count = count
        }
    }

    public func labResults(matching search: LabSearch) async throws -> (items: [LabResult], total: Int) {
        let query = filtered(visible(StoredLabResult.self, delayed: true), search)
        let total = try await query.copy().count()
        let items = try await query.sort(\.$collectedAt, .descending).sort(\.$id, .descending)
            .range(search.offset..<(search.offset + search.count)).all()
        return (items.map(LabResult.init), total)
    }

    public func labReports(matching search: LabSearch) async throws -> (items: [LabReport], total: Int) {
        let query = filtered(visible(StoredLabReport.self, delayed: true), search)
        let total = try await query.copy().count()
        let items = try await query.sort(\.$collectedAt, .descending).sort(\.$id, .descending)
            .range(search.offset..<(search.offset + search.count)).all()
        return (items.map(LabReport.init), total)
    }

    /// The values of these reports this viewer may see, by report: a report's `result` list
    /// names no value hidden from them.
    public func visibleResultIDs(inReports ids: [UUID]) async throws -> [UUID: [UUID]] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await visibleResults(sql.select().column("id").column("report_id").from(StoredLabResult.schema))
            .where("report_id", .in, ids).orderBy("name").orderBy("id").all()
        var byReport: [UUID: [UUID]] = [:]
        for row in rows {
            guard let report = try row.optional("report_id", as: UUID.self) else { continue }
            byReport[report, default: []].append(try row.decode(column: "id", as: UUID.self))
        }
        return byReport
    }

    private func filtered<Item: ClinicalItem>(_ query: QueryBuilder<Item>, _ search: LabSearch) -> QueryBuilder<Item> {
        func column(_ name: FieldKey) -> DatabaseQuery.Field { .path([name], schema: Item.schema) }
        if !search.codes.isEmpty {
            query.group(.or) { any in
                for token in search.codes {
                    any.group(.and) { all in
                        if let code = token.code { all.filter(column("code"), .equal, .bind(code)) }
                        switch token.system {
                        case .any: break
                        case .none: all.filter(column("code_system"), .equal, .null)
                        case .named(let system): all.filter(column("code_system"), .equal, .bind(system))
                        }
                        // A token that names neither (`|`) is refused before it gets here.
                        if token.code == nil, case .any = token.system { all.filter(column("id"), .equal, .null) }
                    }
                }
            }
        }
        for date in search.dates {
            for condition in date.conditions {
                switch condition {
                case .atLeast(let bound): query.filter(column("collected_at"), .greaterThanOrEqual, .bind(bound))
                case .before(let bound): query.filter(column("collected_at"), .lessThan, .bind(bound))
                case .outside(let low, let high):
                    query.group(.or) { either in
                        either.filter(column("collected_at"), .lessThan, .bind(low))
                        either.filter(column("collected_at"), .greaterThanOrEqual, .bind(high))
                    }
                }
            }
        }
        return query
    }
}
