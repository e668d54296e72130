import PortalCore

/// Who may call a route. `RouteAccessMiddleware` enforces it before the body is read and
/// before the handler runs; the route-walk test calls every route as every kind of caller.
enum Callers: Sendable, Equatable {
    /// Anyone, signed in or not: public pages and the sign-in and enrollment forms.
    case anyone
    /// Whoever holds the secret in the path: an invitation's activation link, a forgotten
    /// password's link, a new e-mail address's confirmation, a new staff member's welcome. The handler checks the secret; an unknown one looks like a missing page.
    case invitee
    /// Whoever holds a guest's single-use video visit link.
    case guest
    /// A person part-way through sign-in who still owes their second-factor code.
    case signingIn
    /// Staff who must set up a second factor before their first page, or a signed-in
    /// member who has none yet.
    case settingUpSecondFactor
    /// Any fully signed-in member or staff member.
    case signedIn
    /// Any fully signed-in member (a family account).
    case members
    /// Fully signed-in staff with one of these roles.
    case staff(Set<StaffRole>)
    /// Whoever the access policy lets see the patient in the path: members with access when
    /// `members` is true, and staff with one of `staff`'s roles. Each attempt is audited as
    /// `audit`; a patient the caller may not see is answered as a missing one (404).
    case patient(members: Bool, staff: Set<StaffRole>, audit: AuditEntry.Action)
    /// Another system, with its configured secret as a bearer token, checked from the
    /// header before the body is read.
    case systemClient(SystemClient)
    /// An app a family connected, at the token endpoint: it proves itself in the form (its
    /// client id, and a confidential app's secret), so the handler checks it; never a
    /// browser session, so no CSRF token.
    case appClient
    /// An app with a bearer access token a family gave it, at the FHIR API: the middleware
    /// reads the token; the handler decides the patient afresh through the access policy.
    case app

    /// Members with access to the patient, and the staff who read records: HIM, and
    /// clinicians the patient's care relationship (or a broken glass) lets in. Schedulers
    /// never read the clinical record, administrators no patient data at all.
    static func patient(audit: AuditEntry.Action = .patientView) -> Callers {
        .patient(members: true, staff: StaffRole.recordReaders, audit: audit)
    }

    /// Members with access to the patient, and no staff: what only a family does for its
    /// own child (asking for a renewal, inviting a guest to a visit).
    static func family(audit: AuditEntry.Action = .patientView) -> Callers {
        .patient(members: true, staff: [], audit: audit)
    }

    /// Staff with these roles, on a patient the policy lets them see.
    static func staffOnPatient(_ roles: Set<StaffRole>, audit: AuditEntry.Action = .patientView) -> Callers {
        .patient(members: false, staff: roles, audit: audit)
    }

    /// Callers whose identity is not known before the body is read: they get the small form
    /// limit unless the route says otherwise (enrollment, whose ID photo comes from a stranger).
    var admitsStrangers: Bool {
        switch self {
        case .anyone, .invitee, .guest, .appClient: true
        case .signingIn, .settingUpSecondFactor, .signedIn, .members, .staff, .patient, .systemClient, .app: false
        }
    }

    /// Browser forms carry a CSRF token; other systems authenticate with their secret instead.
    var usesBrowserSession: Bool {
        switch self {
        case .systemClient, .appClient, .app: false
        default: true
        }
    }
}

/// The systems that call the portal, each with a secret of its own.
enum SystemClient: Sendable, Equatable {
    /// The EHR's interface engine, posting FHIR bundles.
    case ehr
    /// The monitoring system that scrapes `/metrics`.
    case metricsScraper
}

extension StaffRole {
    static let everyone = Set(StaffRole.allCases)
    static let recordReaders: Set<StaffRole> = [.him, .clinician]
}

extension Callers: CustomStringConvertible {
    /// Stable words for the reviewed table (roles sorted, whatever the set's order).
    var description: String {
        func roles(_ set: Set<StaffRole>) -> String { "[" + set.map(\.rawValue).sorted().joined(separator: ", ") + "]" }
        switch self {
        case .anyone: return "anyone"
        case .invitee: return "invitee"
        case .guest: return "guest"
        case .signingIn: return "signing in"
        case .settingUpSecondFactor: return "setting up a second factor"
        case .signedIn: return "signed in"
        case .members: return "members"
        case .staff(let set): return "staff \(roles(set))"
        case .patient(let members, let staff, let audit):
            return "patient (members: \(members ? "yes" : "no"), staff: \(roles(staff)), audit: \(audit.rawValue))"
        case .systemClient(let client): return "system client \(client)"
        case .appClient: return "connected app's client"
        case .app: return "connected app's token"
        }
    }
}
