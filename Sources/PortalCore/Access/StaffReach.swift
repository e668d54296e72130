/// Which patients a staff member may open, by the minimum necessary for their work. HIM
/// reaches every patient (it answers for the whole record); administrators reach none (they
/// run the portal, not care). A clinician reaches the patients of their care teams: a
/// patient the team looks after, or one with a thread or a renewal request waiting in it;
/// any other patient takes "breaking the glass": a reason, a time limit, an audit entry and
/// a line in HIM's review list. A scheduler reaches the patients with a request in their
/// departments' queues, and only on the scheduling pages: they have no glass to break,
/// because nothing beyond the request is theirs to see.
public enum StaffReach {
    public enum Answer: Sendable, Equatable {
        case granted
        /// Not without a reason: the clinician is offered to break the glass.
        case needsBreakingTheGlass
        case denied
    }

    /// How long an opened glass lasts before another reason is asked for.
    public static let breakTheGlassDuration: Double = 2 * 3600

    /// Whether the role reaches any patient's data (HIM everyone's, clinicians their care
    /// teams' and through the glass, schedulers their queues'): giving it to an account is
    /// reviewed by HIM, so an administrator cannot quietly reach patients through another role.
    public static func reachesPatients(_ role: StaffRole) -> Bool {
        switch role {
        case .him, .clinician, .scheduler: true
        case .administrator: false
        }
    }

    public static func decide(_ role: StaffRole, hasCareRelationship: Bool, hasOpenGlass: Bool) -> Answer {
        switch role {
        case .him: .granted
        case .administrator: .denied
        case .clinician: hasCareRelationship || hasOpenGlass ? .granted : .needsBreakingTheGlass
        case .scheduler: hasCareRelationship ? .granted : .denied
        }
    }
}

/// Why a clinician opens a record they have no care relationship with; each also needs words of their own.
public enum BreakTheGlassReason: String, CaseIterable, Sendable {
    case emergency
    case coveringForColleague = "covering_for_colleague"
    case referralOrConsult = "referral_or_consult"
    case familyAskedInPerson = "family_asked_in_person"
    case other
}
