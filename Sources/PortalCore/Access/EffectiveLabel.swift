/// The label an item shows under: the strictest wins. An item inside a container (a report's
/// value, a visit's document) is at least as private as the container; a container whose every
/// part is more private than itself (a report whose values are all confidential) is at least
/// as private as its most open part, or it would still list the test's name, time and a
/// "new" mark to someone who may see none of its values; a clinician's mark is applied last.
/// Tiers order labels; of two in one tier, the first found is kept.
public enum EffectiveLabel {
    /// An item's label given its own, its containers' (own labels, before their marks) and
    /// its mark.
    public static func of(own: Sensitivity, containers: [Sensitivity] = [], mark: ClinicianMark?) -> Sensitivity {
        let unmarked = containers.reduce(own) { $0.strictest($1) }
        return mark?.label(over: unmarked) ?? unmarked
    }

    /// A container's label given its own, its parts' own labels and its mark. A container
    /// with no parts keeps its own.
    public static func ofContainer(own: Sensitivity, parts: [Sensitivity], mark: ClinicianMark?) -> Sensitivity {
        let mostOpenPart = parts.min { $0.tier < $1.tier }
        return of(own: own, containers: mostOpenPart.map { [$0] } ?? [], mark: mark)
    }
}
