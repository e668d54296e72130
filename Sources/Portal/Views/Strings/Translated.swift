import PortalCore

/// One feature's words in both languages, read the way pages take them: each string as a
/// `LocalizedText`, shown in the reader's language when the page renders. A sentence with
/// blanks (`titleFor(name)`) is a function in each language and a function here.
@dynamicMemberLookup
struct Translated<Catalogue: Sendable>: Sendable {
    let english: Catalogue
    let spanish: Catalogue

    subscript(dynamicMember text: KeyPath<Catalogue, String>) -> LocalizedText {
        LocalizedText(en: english[keyPath: text], es: spanish[keyPath: text])
    }

    /// A list whose items match one to one across the languages (a test holds them so).
    subscript(dynamicMember list: KeyPath<Catalogue, [String]>) -> [LocalizedText] {
        zip(english[keyPath: list], spanish[keyPath: list]).map { LocalizedText(en: $0, es: $1) }
    }

    subscript<A>(dynamicMember text: KeyPath<Catalogue, @Sendable (A) -> String>) -> (A) -> LocalizedText {
        { a in LocalizedText(en: english[keyPath: text](a), es: spanish[keyPath: text](a)) }
    }

    subscript<A>(dynamicMember text: KeyPath<Catalogue, @Sendable (A) -> String?>) -> (A) -> LocalizedText? {
        { a in
            guard let en = english[keyPath: text](a), let es = spanish[keyPath: text](a) else { return nil }
            return LocalizedText(en: en, es: es)
        }
    }

    subscript<A, B>(dynamicMember text: KeyPath<Catalogue, @Sendable (A, B) -> String>) -> (A, B) -> LocalizedText {
        { a, b in LocalizedText(en: english[keyPath: text](a, b), es: spanish[keyPath: text](a, b)) }
    }

    subscript<A, B, C>(
        dynamicMember text: KeyPath<Catalogue, @Sendable (A, B, C) -> String>
    ) -> (A, B, C) -> LocalizedText {
        { a, b, c in LocalizedText(en: english[keyPath: text](a, b, c), es: spanish[keyPath: text](a, b, c)) }
    }

    subscript<A, B, C, D>(
        dynamicMember text: KeyPath<Catalogue, @Sendable (A, B, C, D) -> String>
    ) -> (A, B, C, D) -> LocalizedText {
        { a, b, c, d in
            LocalizedText(en: english[keyPath: text](a, b, c, d), es: spanish[keyPath: text](a, b, c, d))
        }
    }
}
