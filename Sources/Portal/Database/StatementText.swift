import FluentKit
import PortalRecord
import SQLKit
import Synchronization

/// A statement whose text is written once per dialect and reused with each request's
/// values: the reads every page makes (who is asking, a member's grants) cost a query
/// builder, a conversion and the serialization of a long joined column list each time,
/// more CPU than the database spends on them.
final class StatementText: Sendable {
    private let shape: @Sendable () -> SQLQueryString
    /// The text per dialect (placeholders differ: `?` on SQLite, `$1` on PostgreSQL) and
    /// the number of values it takes.
    private let written = Mutex<[String: (text: String, values: Int)]>([:])

    /// `shape` names its values with `\(bind:)` placeholders; their values come with each use.
    init(_ shape: @escaping @Sendable () -> SQLQueryString) {
        self.shape = shape
    }

    func read(_ values: [any Encodable & Sendable], on db: any Database) throws -> StatementRead {
        // The portal's databases are all SQL ones (`CountedDatabase`).
        let database = db as! any SQLDatabase
        let dialect = database.dialect.name
        let text = written.withLock { texts in
            if let text = texts[dialect] { return text }
            var serializer = SQLSerializer(database: database)
            shape().serialize(to: &serializer)
            let text = (serializer.sql, serializer.binds.count)
            texts[dialect] = text
            return text
        }
        // A mistake of the portal's code, which fails the request rather than the server.
        guard text.values == values.count else { throw PortalError.internalFailure }
        return StatementRead(query: SerializedStatement(text: text.text, binds: values), database: database)
    }
}

/// A written statement's rows, read with SQLKit's `first()` and `all()`.
final class StatementRead: SQLQueryFetcher {
    let query: any SQLExpression
    let database: any SQLDatabase

    init(query: any SQLExpression, database: any SQLDatabase) {
        self.query = query
        self.database = database
    }
}

/// Fluent models read in one joined statement the portal writes itself. Fluent's own
/// filters do not apply: a model read this way must not be soft-deleted (`@Timestamp(on: .delete)`).
enum JoinedModels {
    /// Every column of the model, each named `schema_column` as Fluent names a joined model's.
    static func columns<M: Model>(of model: M.Type) -> String {
        M.keys.map { "\"\(M.schema)\".\"\($0.description)\" AS \"\(M.schema)_\($0.description)\"" }.joined(separator: ", ")
    }

    /// The model read from a row of `columns(of:)`, as if Fluent had read it: it exists, so
    /// it can be updated or deleted.
    static func model<M: Model>(_ model: M.Type, from row: any SQLRow) throws -> M {
        let read = M()
        try read.output(from: FluentStatement.output(row).schema(M.schema))
        return read
    }
}
