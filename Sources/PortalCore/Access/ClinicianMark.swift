/// A clinician's decision to hide an item, with a reason kept on the item: from every family
/// member (restricted, staff only), or from the parents only ("confidential to the
/// adolescent": the patient still sees it). It stays in force over every later version the
/// EHR sends, until a clinician lifts it.
public enum ClinicianMark: String, Sendable, CaseIterable {
    case restricted
    case confidentialToAdolescent = "confidential_to_adolescent"

    /// The label an item shows under with this mark over the label it would have without it:
    /// never weaker than that label, so marking an item never shows it to anyone new.
    public func label(over unmarked: Sensitivity) -> Sensitivity {
        switch self {
        case .restricted: .restricted
        case .confidentialToAdolescent: unmarked.strictest(.adolescentConfidential(.markedByClinician))
        }
    }

    /// The mark an item carries: none when no clinician marked it; a mark stored before there
    /// were two kinds, or one this code does not know, reads as restricted (fails closed).
    public init?(markedAt marked: Bool, storageValue: String?) {
        guard marked else { return nil }
        self = storageValue.flatMap(ClinicianMark.init(rawValue:)) ?? .restricted
    }
}
