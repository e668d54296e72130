/// One scope of SMART App Launch 2.0 as an app writes it: a resource scope in the v2 form
/// (`patient/Observation.rs?category=...|laboratory`) or the v1 form apps still send
/// (`patient/Observation.read`), or one of the identity and context scopes.
/// Anything else is not a scope the portal knows, and is never granted.
public enum SMARTScope: Hashable, Sendable {
    case resource(ResourceScope)
    /// Standalone launch: the app asks the person to choose a patient.
    case launchPatient
    case openID
    case fhirUser
    /// A refresh token that outlives the person's session.
    case offlineAccess

    public init?(_ text: String) {
        switch text {
        case "launch/patient": self = .launchPatient
        case "openid": self = .openID
        case "fhirUser": self = .fhirUser
        case "offline_access": self = .offlineAccess
        default:
            guard let scope = ResourceScope(text) else { return nil }
            self = .resource(scope)
        }
    }

    /// The scope in SMART's v2 form, as the portal grants and reports it.
    public var text: String {
        switch self {
        case .resource(let scope): scope.text
        case .launchPatient: "launch/patient"
        case .openID: "openid"
        case .fhirUser: "fhirUser"
        case .offlineAccess: "offline_access"
        }
    }

    /// A space-separated scope parameter, read scope by scope; unknown words are left out.
    public static func list(_ parameter: String) -> [SMARTScope] {
        var seen = Set<SMARTScope>()
        return parameter.split(whereSeparator: { $0 == " " }).compactMap { SMARTScope(String($0)) }
            .filter { seen.insert($0).inserted }
    }
}

/// What a resource scope lets an app do with one type of resource (or every type: `*`),
/// for one patient (`patient/`), for whatever the person may see (`user/`), or as a
/// system (`system/`), optionally only for one category.
public struct ResourceScope: Hashable, Sendable {
    public enum Context: String, Sendable { case patient, user, system }

    public struct Permissions: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let create = Permissions(rawValue: 1)
        public static let read = Permissions(rawValue: 2)
        public static let update = Permissions(rawValue: 4)
        public static let delete = Permissions(rawValue: 8)
        public static let search = Permissions(rawValue: 16)
        /// All the portal gives an app: it reads, and never writes.
        public static let readAndSearch: Permissions = [.read, .search]

        /// SMART v2 letters, in their one allowed order (`cruds`).
        static let letters: [(Character, Permissions)] = [
            ("c", .create), ("r", .read), ("u", .update), ("d", .delete), ("s", .search),
        ]

        /// `rs`, `cruds`, ... in order, each letter at most once; or the v1 words.
        init?(_ text: Substring) {
            switch text {
            case "read": self = .readAndSearch
            case "write": self = [.create, .update, .delete]
            case "*": self = [.create, .read, .update, .delete, .search]
            default:
                var permissions: Permissions = []
                var remaining = Self.letters[...]
                for character in text {
                    guard let index = remaining.firstIndex(where: { $0.0 == character }) else { return nil }
                    permissions.insert(remaining[index].1)
                    remaining = remaining[(index + 1)...]
                }
                guard !permissions.isEmpty else { return nil }
                self = permissions
            }
        }

        var letters: String { String(Self.letters.filter { contains($0.1) }.map(\.0)) }
    }

    public var context: Context
    /// nil for `*`.
    public var resourceType: String?
    public var permissions: Permissions
    /// The one restriction the portal understands: `?category=system|code` (or a bare code).
    public var category: CategoryToken?

    public init(context: Context, resourceType: String?, permissions: Permissions, category: CategoryToken? = nil) {
        self.context = context
        self.resourceType = resourceType
        self.permissions = permissions
        self.category = category
    }

    init?(_ text: String) {
        guard text.count <= 512, let slash = text.firstIndex(of: "/"),
            let context = Context(rawValue: String(text[..<slash]))
        else { return nil }
        let rest = text[text.index(after: slash)...]
        let body: Substring
        var category: CategoryToken?
        if let question = rest.firstIndex(of: "?") {
            body = rest[..<question]
            // Only `category`, once: any other restriction is one the portal cannot honour,
            // so the scope is not understood and not granted.
            let query = rest[rest.index(after: question)...]
            guard query.hasPrefix("category="), !query.contains("&"),
                let token = CategoryToken(String(query.dropFirst("category=".count)).removingPercentEncodingIfValid)
            else { return nil }
            category = token
        } else {
            body = rest
        }
        guard let dot = body.lastIndex(of: ".") else { return nil }
        let type = body[..<dot]
        guard type == "*" || (type.first?.isUppercase == true && type.allSatisfy { $0.isASCII && $0.isLetter }),
            let permissions = Permissions(body[body.index(after: dot)...])
        else { return nil }
        self.init(
            context: context, resourceType: type == "*" ? nil : String(type), permissions: permissions, category: category)
    }

    public var text: String {
        let base = "\(context.rawValue)/\(resourceType ?? "*").\(permissions.letters)"
        guard let category else { return base }
        return base + "?category=" + category.text
    }

    /// Whether this scope reaches `resourceType` with `permission`, for an item of `category`
    /// (nil when the item has none).
    public func covers(_ resourceType: String, _ permission: Permissions, category itemCategory: CategoryToken?) -> Bool {
        guard self.resourceType == nil || self.resourceType == resourceType, permissions.isSuperset(of: permission)
        else { return false }
        guard let category else { return true }
        return itemCategory.map(category.matches) ?? false
    }

    /// Whether everything `other` allows, this allows too.
    public func includes(_ other: ResourceScope) -> Bool {
        guard context == other.context, resourceType == nil || resourceType == other.resourceType,
            permissions.isSuperset(of: other.permissions)
        else { return false }
        guard let category else { return true }
        return other.category.map(category.matches) ?? false
    }
}

/// A FHIR token search value: `system|code`, or a bare code meaning any system.
public struct CategoryToken: Hashable, Sendable {
    public var system: String?
    public var code: String

    public init(system: String?, code: String) {
        self.system = system
        self.code = code
    }

    init?(_ text: String) {
        let parts = text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        let code = String(parts.last ?? "")
        guard !code.isEmpty, !code.contains(" ") else { return nil }
        self.code = code
        self.system = parts.count == 2 ? String(parts[0]) : nil
        if system?.isEmpty == true { return nil }
    }

    public var text: String { system.map { "\($0)|\(code)" } ?? code }

    /// Whether an item coded `item` falls within this token (a bare code matches any system).
    public func matches(_ item: CategoryToken) -> Bool {
        code == item.code && (system == nil || system == item.system)
    }
}

extension String {
    /// Percent-decoded when it decodes; scopes usually arrive already decoded by the form.
    fileprivate var removingPercentEncodingIfValid: String { removingPercentEncoding ?? self }
}
