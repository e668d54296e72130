import FluentKit
import FluentSQL
import PortalRecord
import SQLKit
import Synchronization

/// A Fluent query written as SQL by the portal rather than by the driver, the same text
/// but for how names are quoted: SQLKit escapes every quoted name with the standard
/// library's generic string replacement, and a page's joined reads select three names per
/// column of every model (table, column, alias), so that escaping was a sixth of a page's
/// CPU. The names in a Fluent query are the portal's own schemas and field keys, never
/// input, and `ListedFieldsTests` holds every one of them to letters, digits and
/// underscores, so there is nothing to escape (and debug builds compare each statement
/// with the driver's writing of it). Both drivers run the written statement with their own
/// encoders, decoders and errors, as they run their own. The conversion is the one
/// fluent-sqlite-driver 4.9 and fluent-postgres-driver 2.14 make.
enum FluentStatement {
    /// The text of each read's shape, written once: the SQL of a page's reads was an eighth
    /// of its CPU, written anew for every request.
    private static let writtenByShape = WrittenStatements(capacity: 2_000)

    static func written(_ query: DatabaseQuery, for database: any SQLDatabase) -> SerializedStatement {
        guard let shape = FluentQueryShape(query, dialect: database.dialect.name) else {
            return writtenAfresh(query, for: database)
        }
        if let text = writtenByShape.text(for: shape.key) {
            // Every statement the test suites run, on both databases, is checked against its
            // writing afresh: a shape that left something out would differ.
            assert(
                {
                    let fresh = writtenAfresh(query, for: database)
                    return fresh.text == text && same(fresh.binds, shape.values)
                }(), "two reads of one shape wrote different SQL")
            return SerializedStatement(text: text, binds: shape.values)
        }
        let statement = writtenAfresh(query, for: database)
        // The shape's values stand for the written ones only if they are the same values in
        // the same order; otherwise this shape is written afresh each time.
        let sameValues = same(statement.binds, shape.values)
        assert(sameValues, "a read's shape named its values in another order than its SQL")
        if sameValues { writtenByShape.remember(statement.text, for: shape.key) }
        return statement
    }

    private static func same(_ written: [any Encodable & Sendable], _ shaped: [any Encodable & Sendable]) -> Bool {
        written.count == shaped.count
            && zip(written, shaped).allSatisfy { written, shaped in
                type(of: written) == type(of: shaped) && String(reflecting: written) == String(reflecting: shaped)
            }
    }

    private static func writtenAfresh(_ query: DatabaseQuery, for database: any SQLDatabase) -> SerializedStatement {
        var expression = SQLQueryConverter(delegate: QueryConverterDelegate()).convert(query)
        // As both drivers do: a created row answers with its id, unless the model has none
        // of its own (an empty custom id key).
        if case .create = query.action, query.customIDKey != .some(.string("")) {
            expression = SQLList(
                [expression, SQLReturning(SQLColumn((query.customIDKey ?? .id).description))], separator: SQLRaw(" "))
        }
        var serializer = SQLSerializer(database: PlainNamesDatabase(base: database))
        expression.serialize(to: &serializer)
        // Every statement the test suites run, on both databases, is checked against the
        // driver's own writing of it: a name that needed escaping would differ.
        assert(serializer.sql == database.serialize(expression).sql, "a Fluent query names something that needs escaping")
        return SerializedStatement(text: serializer.sql, binds: serializer.binds)
    }

    /// A row as Fluent reads it: a joined model's columns are named after its schema.
    static func output(_ row: any SQLRow) -> any DatabaseOutput { RowOutput(row: row, prefix: "") }
}

/// The SQL text of each read shape seen so far, up to a bound: shapes come from the code
/// (reads with an offset or a long list have none), but a list's length still varies with
/// the data. Past the bound new shapes are written afresh each time.
final class WrittenStatements: Sendable {
    private let capacity: Int
    private let texts = Mutex<[String: String]>([:])

    init(capacity: Int) { self.capacity = capacity }

    func text(for shape: String) -> String? { texts.withLock { $0[shape] } }

    func remember(_ text: String, for shape: String) {
        texts.withLock { texts in
            if texts.count < capacity { texts[shape] = text }
        }
    }
}

/// Data types matter only to schema changes, which stay with the drivers; a query's
/// conversion is the same for both (neither driver changes the nested-field default).
private struct QueryConverterDelegate: SQLConverterDelegate {
    func customDataType(_ dataType: DatabaseSchema.DataType) -> (any SQLExpression)? { nil }
}

/// The driver's database as a serializer sees it, with its dialect but for the quote.
private struct PlainNamesDatabase: SQLDatabase {
    let base: any SQLDatabase
    let dialect: any SQLDialect

    init(base: any SQLDatabase) {
        self.base = base
        self.dialect = PlainNamesDialect(base: base.dialect)
    }

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { base.version }
    var queryLogLevel: Logger.Level? { base.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        base.execute(sql: query, onRow)
    }
}

/// The driver's dialect, whose quote is not `SQLRaw`: SQLKit then writes the quote, the
/// name and the quote, without searching the name.
private struct PlainNamesDialect: SQLDialect {
    let base: any SQLDialect

    private struct Quote: SQLExpression {
        let mark: String
        func serialize(to serializer: inout SQLSerializer) { serializer.write(mark) }
    }

    var name: String { base.name }
    var identifierQuote: any SQLExpression { Quote(mark: (base.identifierQuote as? SQLRaw)?.sql ?? "\"") }
    var literalStringQuote: any SQLExpression { base.literalStringQuote }
    var supportsAutoIncrement: Bool { base.supportsAutoIncrement }
    var autoIncrementClause: any SQLExpression { base.autoIncrementClause }
    var autoIncrementFunction: (any SQLExpression)? { base.autoIncrementFunction }
    func bindPlaceholder(at position: Int) -> any SQLExpression { base.bindPlaceholder(at: position) }
    func literalBoolean(_ value: Bool) -> any SQLExpression { base.literalBoolean(value) }
    var literalDefault: any SQLExpression { base.literalDefault }
    var supportsIfExists: Bool { base.supportsIfExists }
    var enumSyntax: SQLEnumSyntax { base.enumSyntax }
    var supportsDropBehavior: Bool { base.supportsDropBehavior }
    var supportsReturning: Bool { base.supportsReturning }
    var triggerSyntax: SQLTriggerSyntax { base.triggerSyntax }
    var alterTableSyntax: SQLAlterTableSyntax { base.alterTableSyntax }
    func customDataType(for dataType: SQLDataType) -> (any SQLExpression)? { base.customDataType(for: dataType) }
    func normalizeSQLConstraint(identifier: any SQLExpression) -> any SQLExpression {
        base.normalizeSQLConstraint(identifier: identifier)
    }
    var upsertSyntax: SQLUpsertSyntax { base.upsertSyntax }
    var unionFeatures: SQLUnionFeatures { base.unionFeatures }
    var sharedSelectLockExpression: (any SQLExpression)? { base.sharedSelectLockExpression }
    var exclusiveSelectLockExpression: (any SQLExpression)? { base.exclusiveSelectLockExpression }
    func nestedSubpathExpression(in column: any SQLExpression, for path: [String]) -> (any SQLExpression)? {
        base.nestedSubpathExpression(in: column, for: path)
    }
}

/// Fluent's view of a row, as both drivers give it: a joined model's fields are read from
/// columns named `schema_field` (a schema replaces the one before, it does not nest).
private struct RowOutput: DatabaseOutput {
    let row: any SQLRow
    let prefix: String

    var description: String { String(describing: row) }

    private func column(_ key: FieldKey) -> String { prefix.isEmpty ? key.description : prefix + key.description }

    func schema(_ schema: String) -> any DatabaseOutput { RowOutput(row: row, prefix: schema + "_") }
    func contains(_ key: FieldKey) -> Bool { row.contains(column: column(key)) }
    func decodeNil(_ key: FieldKey) throws -> Bool { try row.decodeNil(column: column(key)) }
    func decode<T: Decodable>(_ key: FieldKey, as type: T.Type) throws -> T { try row.decode(column: column(key), as: T.self) }
}
