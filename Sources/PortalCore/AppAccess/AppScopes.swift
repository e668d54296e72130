/// The FHIR resource types the portal's API serves to apps, read-only.
public enum AppResourceType: String, CaseIterable, Sendable {
    case patient = "Patient"
    case observation = "Observation"
    case diagnosticReport = "DiagnosticReport"
    case medicationRequest = "MedicationRequest"
    case allergyIntolerance = "AllergyIntolerance"
    case immunization = "Immunization"
    case documentReference = "DocumentReference"
    case appointment = "Appointment"

    /// The one category restriction a scope may carry for this type; a restriction on any
    /// other type is one the portal cannot honour.
    public var restrictsByCategory: Bool { itemCategory != nil }

    /// The category every item of this type the portal serves carries: its observations are
    /// laboratory results, its documents clinical notes.
    public var itemCategory: CategoryToken? {
        switch self {
        case .observation: CategoryToken(system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory")
        case .documentReference:
            CategoryToken(
                system: "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", code: "clinical-note")
        default: nil
        }
    }

    /// The words a parent reads on the consent page and the connected apps list.
    public var readableKind: ReadableKind {
        switch self {
        case .patient: .basicDetails
        case .observation, .diagnosticReport: .labResults
        case .medicationRequest: .medicines
        case .allergyIntolerance: .allergies
        case .immunization: .immunizations
        case .documentReference: .documents
        case .appointment: .appointments
        }
    }
}

/// What an app may read, said the way a family would say it.
public enum ReadableKind: Int, CaseIterable, Comparable, Sendable {
    case basicDetails, labResults, medicines, allergies, immunizations, documents, appointments
    public static func < (lhs: ReadableKind, rhs: ReadableKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The scopes an app holds for one patient: what it asked for, narrowed to what the portal
/// gives (read and search, on one patient, on the types it serves) and to what the app was
/// registered for. Every API call is decided against this, after the access policy.
public struct AppScopes: Hashable, Sendable {
    public private(set) var resources: [ResourceScope]
    public private(set) var launchPatient: Bool
    public private(set) var openID: Bool
    public private(set) var fhirUser: Bool
    public private(set) var offlineAccess: Bool

    /// Narrows `requested` to what the portal grants an app registered for `registered`.
    /// A `user/` scope is read as the same scope for the one patient chosen (a family's app
    /// reads one record per authorization); `system/` scopes are never given to a person's app.
    public init(granting requested: [SMARTScope], registeredFor registered: [SMARTScope]) {
        let allowedResources = registered.compactMap { scope -> ResourceScope? in
            if case .resource(let resource) = scope { return Self.forOnePatient(resource) }
            return nil
        }
        var resources: [ResourceScope] = []
        for case .resource(let asked) in requested {
            guard var scope = Self.forOnePatient(asked) else { continue }
            if let type = scope.resourceType {
                guard let served = AppResourceType(rawValue: type) else { continue }
                if scope.category != nil, !served.restrictsByCategory { continue }
            } else if scope.category != nil {
                continue
            }
            scope.permissions.formIntersection(.readAndSearch)
            guard !scope.permissions.isEmpty, allowedResources.contains(where: { $0.includes(scope) }),
                !resources.contains(scope)
            else { continue }
            resources.append(scope)
        }
        self.resources = resources
        launchPatient = requested.contains(.launchPatient)
        openID = requested.contains(.openID) && registered.contains(.openID)
        fhirUser = openID && requested.contains(.fhirUser) && registered.contains(.fhirUser)
        offlineAccess = requested.contains(.offlineAccess) && registered.contains(.offlineAccess)
    }

    /// What `.well-known/smart-configuration` lists: the v2 scopes apps may ask for (v1's
    /// `.read` forms are read as these).
    public static let supported: [String] =
        ["launch/patient", "openid", "fhirUser", "offline_access", "patient/*.rs"]
        + AppResourceType.allCases.map { "patient/\($0.rawValue).rs" }
        + AppResourceType.allCases.compactMap { type in
            type.itemCategory.map { "patient/\(type.rawValue).rs?category=\($0.text)" }
        }

    /// Scopes as stored: the portal's own canonical text, read back exactly.
    public init(stored text: String) {
        let scopes = SMARTScope.list(text)
        resources = scopes.compactMap { if case .resource(let scope) = $0 { scope } else { nil } }
        launchPatient = scopes.contains(.launchPatient)
        openID = scopes.contains(.openID)
        fhirUser = scopes.contains(.fhirUser)
        offlineAccess = scopes.contains(.offlineAccess)
    }

    private static func forOnePatient(_ scope: ResourceScope) -> ResourceScope? {
        switch scope.context {
        case .patient: return scope
        case .user:
            var patient = scope
            patient.context = .patient
            return patient
        case .system: return nil
        }
    }

    /// The scope parameter of a token response.
    public var text: String {
        var words = resources.map(\.text)
        if launchPatient { words.append("launch/patient") }
        if openID { words.append("openid") }
        if fhirUser { words.append("fhirUser") }
        if offlineAccess { words.append("offline_access") }
        return words.joined(separator: " ")
    }

    /// Nothing to read: an authorization is refused rather than given empty.
    public var readsNothing: Bool { resources.isEmpty }

    /// A refresh may ask for less than was granted, never more.
    public func narrowed(to requested: [SMARTScope]) -> AppScopes? {
        var narrowed = self
        var kept: [ResourceScope] = []
        for scope in requested {
            switch scope {
            case .resource(let asked):
                guard let patientScope = Self.forOnePatient(asked),
                    resources.contains(where: { $0.includes(patientScope) })
                else { return nil }
                kept.append(patientScope)
            case .launchPatient: guard launchPatient else { return nil }
            case .openID: guard openID else { return nil }
            case .fhirUser: guard fhirUser else { return nil }
            case .offlineAccess: guard offlineAccess else { return nil }
            }
        }
        narrowed.resources = kept
        narrowed.launchPatient = launchPatient && requested.contains(.launchPatient)
        narrowed.openID = openID && requested.contains(.openID)
        narrowed.fhirUser = fhirUser && requested.contains(.fhirUser)
        narrowed.offlineAccess = offlineAccess && requested.contains(.offlineAccess)
        return narrowed
    }

    /// Whether the app may do `permission` on `type`, for an item in `category` (nil: none).
    public func allows(_ type: AppResourceType, _ permission: ResourceScope.Permissions, category: CategoryToken?) -> Bool {
        resources.contains { $0.covers(type.rawValue, permission, category: category) }
    }

    /// What the app may read, for the consent page and the connected apps list.
    public var readableKinds: [ReadableKind] {
        let kinds = AppResourceType.allCases.filter { type in
            allows(type, .read, category: type.itemCategory) || allows(type, .search, category: type.itemCategory)
        }
        return Array(Set(kinds.map(\.readableKind))).sorted()
    }
}
