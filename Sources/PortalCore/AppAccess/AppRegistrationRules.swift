/// What an administrator may register an app for: only scopes the portal can give (read and
/// search, on the types it serves, for one patient), written back in SMART's v2 form.
public enum AppRegistrationRules {
    public enum ScopeProblem: Error, Equatable, Sendable {
        case notGiven(String)
        case readsNothing
    }

    public static let defaultScopes = "launch/patient openid fhirUser offline_access patient/*.rs"
    public static let maxRedirects = 10
    public static let maxNameLength = 80

    /// The scopes in canonical form, or the first word the portal would never grant.
    public static func scopes(_ text: String) -> Result<String, ScopeProblem> {
        var kept: [SMARTScope] = []
        for word in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            guard let scope = SMARTScope(word) else { return .failure(.notGiven(word)) }
            if case .resource(let resource) = scope {
                let granted = AppScopes(granting: [scope], registeredFor: [scope])
                guard granted.resources.count == 1, resource.context == .patient,
                    resource.permissions.isSubset(of: .readAndSearch)
                else { return .failure(.notGiven(word)) }
            }
            if !kept.contains(scope) { kept.append(scope) }
        }
        guard kept.contains(where: { if case .resource = $0 { true } else { false } }) else {
            return .failure(.readsNothing)
        }
        return .success(kept.map(\.text).joined(separator: " "))
    }
}
