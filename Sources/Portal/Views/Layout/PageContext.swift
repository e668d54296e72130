import PortalCore

/// What every page's frame needs, already decided by the request: no database access
/// happens while a page renders.
struct PageContext: Sendable {
    struct SignedInPerson: Sendable {
        var name: String
        var isStaff: Bool
    }

    var language: Language
    var csrfToken: String
    var hospitalName: String
    var currentPath: String
    var signedIn: SignedInPerson?
    var patientInView: String?
    var idleTimeoutMinutes: Int?
}
