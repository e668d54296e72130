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

    public init(audience: ThreadAudience, isRestricted: Bool) {
        self.audience = audience
        self.isRestricted = isRestricted
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
    /// Every thread of the patient (the care team).
    case all
    /// Threads of one audience; restricted ones only when `includesRestricted`.
    case audience(ThreadAudience, includesRestricted: Bool)
    case none

    public func contains(_ thread: ThreadFacts) -> Bool {
        switch self {
        case .all: true
        case .none: false
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
/// them the patient). A restricted thread is kept from every proxy. Clinicians and HIM read
/// threads for their work; schedulers and administrators read none, because a message can
/// carry anything and they see no confidential information.
public enum ThreadVisibility {
    public static func scope(for access: PatientAccess) -> ThreadScope {
        switch access.level {
        case .staff(let role): role == .clinician || role == .him ? .all : .none
        case .patientSelf: .audience(.patient, includesRestricted: true)
        case .proxyFull, .proxyAdolescentLimited: .audience(.proxies, includesRestricted: false)
        }
    }

    public static func canRead(_ thread: ThreadFacts, with access: PatientAccess) -> Bool {
        scope(for: access).contains(thread)
    }
}
