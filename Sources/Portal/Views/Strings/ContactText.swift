import PortalCore

/// How to reach Health Information Management, in one language, naming only what the
/// hospital configured. `reachHIM` is a clause to put inside a sentence; `ReachHIM`
/// starts one.
struct ContactText: Sendable {
    let reachHIM: @Sendable (HospitalContact) -> String

    func startingSentence(_ contact: HospitalContact) -> String {
        let clause = reachHIM(contact)
        return clause.prefix(1).uppercased() + clause.dropFirst()
    }
}

extension Strings {
    static let contact = Translated(english: ContactText.english, spanish: ContactText.spanish)
}
