import Foundation

/// The portal's two languages.
public enum Language: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case spanish = "es"

    /// A stored language this version cannot read is English, the hospital's default,
    /// so an account's row always loads.
    public init(from decoder: any Decoder) throws {
        self = Language(rawValue: try decoder.singleValueContainer().decode(String.self)) ?? .english
    }

    /// The best match for an `Accept-Language` header, honouring its q-values.
    public static func preferred(byAcceptLanguage header: String?) -> Language {
        guard let header else { return .english }
        var best: (language: Language, quality: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased() else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary), quality > 0 else { continue }
            if best == nil || quality > best!.quality { best = (language, quality) }
        }
        return best?.language ?? .english
    }
}

/// A user-facing string in both languages. The initializer takes both, so a string
/// without its Spanish translation does not compile.
public struct LocalizedText: Sendable {
    public let english: String
    public let spanish: String

    public init(en: String, es: String) {
        english = en
        spanish = es
    }

    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .english: english
        case .spanish: spanish
        }
    }
}
