/// Hospital staff roles. Each sees patients for its work, and only the clinical tiers it needs.
public enum StaffRole: String, Codable, Sendable, CaseIterable {
    case him, clinician, scheduler, administrator

    /// HIM and clinicians need the whole record, restricted items included; schedulers see
    /// ordinary items only; administrators run the portal and see no clinical items at all.
    public var visibleTiers: Set<SensitivityTier> {
        switch self {
        case .him, .clinician: [.normal, .sensitive, .restricted]
        case .scheduler: [.normal]
        case .administrator: []
        }
    }
}

/// Who is asking, with only the facts the policy needs about them and this one patient.
public enum Viewer: Sendable, Hashable {
    /// A portal member, with every grant they hold to the patient in question (current,
    /// ended and revoked alike: the policy decides which count).
    case member(isActive: Bool, grants: [GrantFacts])
    case staff(StaffRole)
}
