import Foundation
import SQLKit

/// Several short lists of one page, read in one statement. Each part selects the columns
/// `ShortLists.columns` names (its tag, an id and up to four texts) and the parts are joined
/// by UNION ALL, so a side panel of five lists costs one round trip instead of five. Each
/// part keeps its own filters; none sorts, the reader does.
public struct ShortLists: Sendable {
    /// One row of a part.
    public struct Row: Sendable {
        public let id: UUID
        let texts: [String?]

        /// Its `index`th text (0 to 3), nil where the part selects none or the value is NULL.
        public subscript(_ index: Int) -> String? { texts[index] }
    }

    static let textCount = 4
    private var parts: [SQLQueryString] = []

    public init() {}

    /// A part's select list: its tag, its id and its texts, named as every part names them.
    static func columns(tag: String, id: any SQLExpression, texts: [any SQLExpression]) -> [any SQLExpression] {
        precondition(texts.count <= textCount, "a part of a short list has at most \(textCount) texts")
        let padded = texts + Array(repeating: SQLLiteral.null, count: textCount - texts.count)
        return [SQLAlias(SQLLiteral.string(tag), as: SQLIdentifier("tag")), SQLAlias(id, as: SQLIdentifier("id"))]
            + padded.enumerated().map { SQLAlias($1, as: SQLIdentifier("text\($0)")) }
    }

    /// Adds a part: a SELECT of `columns(tag:id:texts:)`, without ORDER BY or LIMIT. Only this
    /// module adds whole statements (the record's own filtered reads); other callers name a table.
    mutating func add(_ part: any SQLExpression) {
        parts.append("\(part)")
    }

    /// Adds a part read with SQLKit: `columns` from `table`, filtered by `filter`.
    public mutating func add(
        tag: String, from table: String, id: any SQLExpression = SQLColumn("id"), texts: [any SQLExpression],
        on sql: any SQLDatabase, where filter: (SQLSelectBuilder) -> SQLSelectBuilder
    ) {
        add(filter(sql.select().columns(Self.columns(tag: tag, id: id, texts: texts)).from(table)).select)
    }

    /// Every part's rows, by tag, in the order the database returned them.
    public func read(on sql: any SQLDatabase) async throws -> [String: [Row]] {
        guard !parts.isEmpty else { return [:] }
        let rows = try await sql.raw(parts.joined(separator: " UNION ALL ")).all()
        var lists: [String: [Row]] = [:]
        for row in rows {
            let texts = try (0..<Self.textCount).map { try row.optional("text\($0)", as: String.self) }
            lists[try row.decode(column: "tag", as: String.self), default: []].append(
                Row(id: try row.decode(column: "id", as: UUID.self), texts: texts))
        }
        return lists
    }
}
