import FluentKit

/// A Fluent read's shape without its values, and its values in the order its SQL names them.
/// Two reads with the same shape are written as the same SQL text, so the text is written
/// once per shape (`WrittenStatements`) and each read brings only its values.
///
/// The shape spells out everything `SQLQueryConverter` turns into text: schemas, columns,
/// joins, operators, which values are NULL literals, enum literals, a list's length and the
/// limit, each name prefixed with its length so no two shapes spell the same. What it cannot
/// spell (a custom expression, a `contains` filter whose value the converter rewrites, a
/// nested path, a dictionary value, a write) and what would make shapes without end (an
/// offset, a long list) leaves the read without a shape, and it is written afresh as before.
struct FluentQueryShape {
    private(set) var key: String
    private(set) var values: [any Encodable & Sendable] = []

    static let longestList = 32

    init?(_ query: DatabaseQuery, dialect: String) {
        key = ""
        key.reserveCapacity(512)
        name(dialect)
        switch query.action {
        case .read:
            key += query.isUnique ? "read distinct " : "read "
            for field in query.fields {
                guard self.field(field) else { return nil }
            }
        case .aggregate(.field(let field, let method)):
            switch method {
            case .count: key += "count "
            case .sum: key += "sum "
            case .average: key += "average "
            case .minimum: key += "minimum "
            case .maximum: key += "maximum "
            case .custom: return nil
            }
            key += query.isUnique ? "distinct " : ""
            guard self.field(field) else { return nil }
        default:
            return nil
        }
        key += " from "
        name(query.schema)
        optionalName(query.space)
        // The SQL's order, which is the order of its placeholders: joins, filters, sorts.
        for join in query.joins {
            guard self.join(join) else { return nil }
        }
        key += " where "
        for filter in query.filters {
            guard self.filter(filter) else { return nil }
        }
        key += " order "
        for sort in query.sorts {
            guard case .sort(let field, let direction) = sort, self.field(field) else { return nil }
            switch direction {
            case .ascending: key += "asc "
            case .descending: key += "desc "
            case .custom: return nil
            }
        }
        // The converter reads the first of each.
        switch query.limits.first {
        case nil: key += " no limit"
        case .count(let count): key += " limit \(count)"
        case .custom: return nil
        }
        // A later page of a list is written afresh: its offset comes from the address, and
        // each page would be a shape of its own, filling the bound for everyone else.
        switch query.offsets.first {
        case nil: key += " no offset"
        case .count(0): key += " offset 0"
        case .count, .custom: return nil
        }
        // Swift compares strings by canonical equivalence, not bytes: two spellings of one
        // name would share a key. Every name here is the portal's own ASCII, and a key that
        // is not stays unshaped.
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    }

    private mutating func name(_ name: String) {
        key += String(name.utf8.count)
        key += ":"
        key += name
    }

    private mutating func optionalName(_ name: String?) {
        if let name { self.name(name) } else { key += "-" }
    }

    private mutating func field(_ field: DatabaseQuery.Field) -> Bool {
        switch field {
        case .path(let path, let schema) where path.count == 1:
            key += "field "
            name(schema)
            name(path[0].description)
        case .extendedPath(let path, let schema, let space) where path.count == 1:
            key += "field "
            optionalName(space)
            name(schema)
            name(path[0].description)
        default:
            return false
        }
        return true
    }

    private mutating func join(_ join: DatabaseQuery.Join) -> Bool {
        let schema: String
        let space: String?
        let alias: String?
        let method: DatabaseQuery.Join.Method
        let filters: [DatabaseQuery.Filter]
        switch join {
        case .join(let joined, let joinedAlias, let joinMethod, let foreign, let local):
            (schema, space, alias, method, filters) = (joined, nil, joinedAlias, joinMethod, [.field(foreign, .equal, local)])
        case .extendedJoin(let joined, let joinedSpace, let joinedAlias, let joinMethod, let foreign, let local):
            (schema, space, alias, method, filters) = (
                joined, joinedSpace, joinedAlias, joinMethod, [.field(foreign, .equal, local)]
            )
        case .advancedJoin(let joined, let joinedSpace, let joinedAlias, let joinMethod, let joinFilters):
            (schema, space, alias, method, filters) = (joined, joinedSpace, joinedAlias, joinMethod, joinFilters)
        case .custom:
            return false
        }
        switch method {
        case .inner: key += " inner join "
        case .left: key += " left join "
        case .custom: return false
        }
        optionalName(space)
        name(schema)
        optionalName(alias)
        key += " on "
        for filter in filters {
            guard self.filter(filter) else { return false }
        }
        return true
    }

    private mutating func filter(_ filter: DatabaseQuery.Filter) -> Bool {
        switch filter {
        case .value(let field, let method, let value):
            key += "("
            guard self.field(field), self.method(method), self.value(value) else { return false }
            key += ")"
        case .field(let left, let method, let right):
            key += "("
            guard self.field(left), self.method(method), self.field(right) else { return false }
            key += ")"
        case .group(let filters, let relation):
            switch relation {
            case .and: key += "(all "
            case .or: key += "(any "
            case .custom: return false
            }
            for filter in filters {
                guard self.filter(filter) else { return false }
            }
            key += ")"
        case .custom:
            return false
        }
        return true
    }

    private mutating func method(_ method: DatabaseQuery.Filter.Method) -> Bool {
        switch method {
        case .equality(let inverse): key += inverse ? " != " : " = "
        case .order(let inverse, let equality): key += " order \(inverse) \(equality) "
        case .subset(let inverse): key += inverse ? " not in " : " in "
        // The converter rewrites the value (`%` around it): its bind is not the filter's.
        case .contains, .custom: return false
        }
        return true
    }

    private mutating func value(_ value: DatabaseQuery.Value) -> Bool {
        switch value {
        case .bind(let bound):
            // The converter writes a nil optional as the NULL literal (`IS NULL` in an equality).
            if let optional = bound as? any AnyOptionalType, optional.wrappedValue == nil {
                key += "null"
            } else {
                key += "?"
                values.append(bound)
            }
        case .null:
            key += "null"
        case .array(let elements):
            // Lists as long as a page's ids at most: longer ones vary in length with the data.
            guard elements.count <= Self.longestList else { return false }
            key += "[\(elements.count) "
            for element in elements {
                guard self.value(element) else { return false }
            }
            key += "]"
        case .enumCase(let literal):
            key += "enum "
            name(literal)
        case .default:
            key += "default"
        case .dictionary, .custom:
            return false
        }
        return true
    }
}
