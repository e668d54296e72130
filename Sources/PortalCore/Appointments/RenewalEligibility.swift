/// Whether a family may ask for a medicine to be renewed through the portal.
public enum RenewalEligibility: Sendable, Hashable {
    case allowed
    /// Stopped, completed, on hold or entered in error: nothing to renew.
    case notActive
    /// The hospital renews it only after talking to the family (a controlled substance, for
    /// example): the page points to a message instead.
    case notRenewableHere
    /// A request for it is still open; a second one would only be a duplicate.
    case alreadyRequested

    /// `status` is FHIR MedicationRequest.status as stored.
    public static func of(status: String, renewableThroughPortal: Bool, hasOpenRequest: Bool) -> RenewalEligibility {
        guard status == "active" else { return .notActive }
        guard renewableThroughPortal else { return .notRenewableHere }
        guard !hasOpenRequest else { return .alreadyRequested }
        return .allowed
    }
}
