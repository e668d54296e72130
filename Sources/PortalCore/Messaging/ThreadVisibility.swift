import Foundation

/// Which side of a family a conversation with the care team belongs to, fixed when it starts.
public enum ThreadAudience: String, Codable, Sendable, CaseIterable {
    /// The patient's own conversations (an adolescent's are confidential to them by law).
    case patient
    /// Conversations of the parents and guardians who act for the patient.
    case proxies
}

/// The facts about one thread that decide who reads it.
public struct ThreadFacts: Sendable, Hashable {
    public var audience: ThreadAudience
    /// A clinician's decision, with a reason on the thread, to keep it from the proxies.
    public var isRestricted: Bool
    /// The care team it was written to.
    public var careTeamID: UUID?

    public init(audience: ThreadAudience, isRestricted: Bool, careTeamID: UUID? = nil) {
        self.audience = audience
        self.isRestricted = isRestricted
        self.careTeamID = careTeamID
    }

    /// The audience of a thread a member starts, from the access they started it with.
    public static func audience(startedWith level: AccessLevel) -> ThreadAudience? {
        switch level {
        case .patientSelf: .patient
        case .proxyFull, .proxyAdolescentLimited: .proxies
        case .staff: nil
        }
    }
}

/// Which of a patient's threads a viewer reads, in a form a database query can filter by.
public enum ThreadScope: Sendable, Hashable {
    /// Every thread of the patient (HIM, a clinician who broke the glass).
    case all
    /// The threads written to these care teams (a clinician's own teams).
    case careTeams(Set<UUID>)
    /// Threads of one audience; restricted ones only when `includesRestricted`.
    case audience(ThreadAudience, includesRestricted: Bool)
    case none

    public func contains(_ thread: ThreadFacts) -> Bool {
        switch self {
        case .all: true
        case .none: false
        case .careTeams(let teams): thread.careTeamID.map(teams.contains) ?? false
        case .audience(let audience, let includesRestricted):
            thread.audience == audience && (includesRestricted || !thread.isRestricted)
        }
    }
}

/// Who may read a thread, given what the access policy already granted on the patient.
///
/// A thread an adolescent starts is theirs and the care team's: no parent reads it, whatever
/// their access. A thread a parent starts is the parents' and guardians' and the care
/// team's: the adolescent does not read it, nor does the patient after turning 18 (the
/// parents lose it then with the rest of the record, because the policy no longer grants
/// them the patient). A restricted thread is kept from every proxy. HIM reads every thread;
/// a clinician those of their own care teams (`clinicianTeams`), or every one after breaking
/// the glass (nil); schedulers and administrators read none, because a message can carry
/// anything and they see no confidential information.
public enum ThreadVisibility {
    public static func scope(for access: PatientAccess, clinicianTeams: Set<UUID>? = nil) -> ThreadScope {
        switch access.level {
        case .staff(.him): .all
        case .staff(.clinician): clinicianTeams.map(ThreadScope.careTeams) ?? .all
        case .staff: .none
        case .patientSelf: .audience(.patient, includesRestricted: true)
        case .proxyFull, .proxyAdolescentLimited: .audience(.proxies, includesRestricted: false)
        }
    }

    public static func canRead(_ thread: ThreadFacts, with access: PatientAccess) -> Bool {
        scope(for: access).contains(thread)
    }
}
