import Foundation

/// The family's review of the allergies and medicines on file, as they saw the list: each
/// one still correct, no longer (stopped, outgrown), or in need of a change, with a note for
/// the care team; and what is missing from the lists. The record itself is not changed: the
/// care team reads the review and updates the chart.
public struct CheckInRecordReview: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case allergy, medication }

    public enum Answer: String, Sendable, Codable, CaseIterable {
        case current
        case noLonger = "no-longer"
        case needsChange = "needs-change"
    }

    /// One listed item, with what the family saw of it: the list may change after the review.
    public struct Entry: Sendable, Codable, Equatable {
        public var kind: Kind
        public var itemID: UUID
        public var name: String
        public var detail: String
        /// The item's label when it was listed, so readers who may not see it read none of it.
        public var sensitivity: String
        public var answer: Answer?
        public var note: String

        public init(kind: Kind, itemID: UUID, name: String, detail: String, sensitivity: String) {
            self.kind = kind
            self.itemID = itemID
            self.name = name
            self.detail = detail
            self.sensitivity = sensitivity
            self.answer = nil
            self.note = ""
        }
    }

    public var entries: [Entry]
    public var missing: String

    public init(entries: [Entry], missing: String = "") {
        self.entries = entries
        self.missing = missing
    }

    public static let noteLimit = 500
    public static let missingLimit = 1000

    public enum Problem: Sendable, Equatable { case chooseOne, explainChange, tooLong(Int) }

    /// Where a problem is: an entry by its item's id, or the note on what is missing.
    public enum Place: Hashable, Sendable {
        case entry(UUID)
        case missing
    }

    public static func answerField(_ itemID: UUID) -> String { "answer-\(itemID.uuidString.lowercased())" }
    public static func noteField(_ itemID: UUID) -> String { "note-\(itemID.uuidString.lowercased())" }
    public static let missingField = "missing"

    /// The listed entries answered from a form. Every entry needs an answer; a change needs a
    /// note saying what; notes are kept short. Unknown answers count as none.
    public func reading(_ form: [String: String]) -> (review: CheckInRecordReview, problems: [Place: Problem]) {
        var review = self
        var problems: [Place: Problem] = [:]
        for index in review.entries.indices {
            let id = review.entries[index].itemID
            let answer = form[Self.answerField(id)].flatMap(Answer.init(rawValue:))
            let note = (form[Self.noteField(id)] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            review.entries[index].answer = answer
            review.entries[index].note = note
            if answer == nil {
                problems[.entry(id)] = .chooseOne
            } else if note.count > Self.noteLimit {
                problems[.entry(id)] = .tooLong(Self.noteLimit)
            } else if answer == .needsChange && note.isEmpty {
                problems[.entry(id)] = .explainChange
            }
        }
        review.missing = (form[Self.missingField] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if review.missing.count > Self.missingLimit { problems[.missing] = .tooLong(Self.missingLimit) }
        return (review, problems)
    }

    /// Earlier answers carried onto a fresh listing: an item still listed keeps its answer.
    public func answered(from earlier: CheckInRecordReview) -> CheckInRecordReview {
        var review = self
        let before = Dictionary(earlier.entries.map { ($0.itemID, $0) }) { first, _ in first }
        for index in review.entries.indices {
            guard let old = before[review.entries[index].itemID] else { continue }
            review.entries[index].answer = old.answer
            review.entries[index].note = old.note
        }
        review.missing = earlier.missing
        return review
    }
}
