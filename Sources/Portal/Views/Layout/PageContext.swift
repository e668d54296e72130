import PortalCore

/// What every page's frame needs, already decided by the request: no database access
/// happens while a page renders.
struct PageContext: Sendable {
    struct SignedInPerson: Sendable {
        var name: String
        var isStaff: Bool
    }

    /// One entry of a member's patient switcher.
    struct RecordLink: Sendable {
        var name: String
        var path: String
        var isCurrent: Bool
    }

    var language: Language
    var csrfToken: String
    var hospitalName: String
    var currentPath: String
    var signedIn: SignedInPerson?
    var idleTimeoutMinutes: Int?
    var patientInView: String? = nil
    /// Every patient the signed-in member may see; empty for staff and on error pages.
    var records: [RecordLink] = []
}
