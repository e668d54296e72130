import Foundation
import PortalCore

/// The answers to an intake questionnaire so far, by item: read from a page's form (checked
/// on the server, with a problem per field), kept only for the items their conditions ask,
/// and written as a FHIR R4 QuestionnaireResponse.
public struct IntakeAnswers: Sendable, Equatable {
    public private(set) var values: [String: [IntakeAnswer]]

    public init(_ values: [String: [IntakeAnswer]] = [:]) { self.values = values }

    public subscript(linkID: String) -> [IntakeAnswer] { values[linkID] ?? [] }

    public enum Problem: Error, Sendable, Equatable {
        case required, notANumber, notADate, notYesOrNo, unknownOption, tooLong(Int), oneAnswerOnly
    }

    /// The longest free text the portal keeps for one answer, when the item says no less.
    public static let textLimit = 2_000

    // MARK: Conditions

    /// Whether `item` is asked given these answers: its own conditions and its groups'.
    public func isEnabled(_ linkID: String, in questionnaire: IntakeQuestionnaire) -> Bool {
        func search(_ items: [IntakeQuestionnaire.Item], parentsEnabled: Bool) -> Bool? {
            for item in items {
                let enabled = parentsEnabled && conditionsHold(item)
                if item.linkID == linkID { return enabled }
                if let found = search(item.items, parentsEnabled: enabled) { return found }
            }
            return nil
        }
        return search(questionnaire.items, parentsEnabled: true) ?? false
    }

    private func conditionsHold(_ item: IntakeQuestionnaire.Item) -> Bool {
        guard !item.enableWhen.isEmpty else { return true }
        let results = item.enableWhen.map(holds)
        return item.enableWhenAll ? results.allSatisfy { $0 } : results.contains(true)
    }

    private func holds(_ condition: IntakeQuestionnaire.Condition) -> Bool {
        let given = self[condition.question]
        switch condition.op {
        case .exists:
            if case .boolean(let expected) = condition.answer { return given.isEmpty != expected }
            return false
        case .equals: return given.contains { Self.same($0, condition.answer) }
        case .notEquals: return !given.isEmpty && !given.contains { Self.same($0, condition.answer) }
        case .greater, .less, .greaterOrEqual, .lessOrEqual:
            return given.contains { answer in
                guard let order = Self.compare(answer, condition.answer) else { return false }
                switch condition.op {
                case .greater: return order > 0
                case .less: return order < 0
                case .greaterOrEqual: return order >= 0
                default: return order <= 0
                }
            }
        }
    }

    private static func same(_ answer: IntakeAnswer, _ expected: IntakeAnswer) -> Bool {
        if case .coding(let system, let code) = answer, case .coding(let expectedSystem, let expectedCode) = expected {
            return code == expectedCode && (system == nil || expectedSystem == nil || system == expectedSystem)
        }
        return answer == expected
    }

    private static func compare(_ answer: IntakeAnswer, _ expected: IntakeAnswer) -> Int? {
        switch (answer, expected) {
        case (.integer(let left), .integer(let right)): left == right ? 0 : left < right ? -1 : 1
        case (.date(let left), .date(let right)): left == right ? 0 : left < right ? -1 : 1
        default: nil
        }
    }

    /// Without the answers of items their conditions no longer ask (a changed earlier answer
    /// can turn a later question off).
    public func pruned(for questionnaire: IntakeQuestionnaire) -> IntakeAnswers {
        var kept = self
        for item in questionnaire.allItems where !isEnabled(item.linkID, in: questionnaire) {
            kept.values[item.linkID] = nil
        }
        return kept
    }

    /// Enabled required questions without an answer.
    public func missingRequired(in questionnaire: IntakeQuestionnaire) -> [String] {
        questionnaire.allItems.filter { item in
            item.required && item.type != .group && item.type != .display && self[item.linkID].isEmpty
                && isEnabled(item.linkID, in: questionnaire)
        }.map(\.linkID)
    }

    // MARK: Reading a page

    /// Reads the answers to `items` (one page: a top-level group, or the items outside
    /// groups) from a form whose field names are the items' link ids. The page's answers
    /// replace what was saved for it; conditions are decided with them, and a question they
    /// do not ask keeps no answer and is never required.
    public func reading(
        page items: [IntakeQuestionnaire.Item], form: [String: [String]], of questionnaire: IntakeQuestionnaire
    ) -> (answers: IntakeAnswers, problems: [String: Problem]) {
        var answers = self
        var problems: [String: Problem] = [:]
        func walk(_ items: [IntakeQuestionnaire.Item]) -> [IntakeQuestionnaire.Item] {
            items.flatMap { [$0] + walk($0.items) }
        }
        let questions = walk(items).filter { $0.type != .group && $0.type != .display }
        for item in questions {
            let raw = (form[item.linkID] ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
                !$0.isEmpty
            }
            switch Self.parse(raw, for: item) {
            case .success(let parsed): answers.values[item.linkID] = parsed.isEmpty ? nil : parsed
            case .failure(let problem):
                answers.values[item.linkID] = nil
                problems[item.linkID] = problem
            }
        }
        answers = answers.pruned(for: questionnaire)
        for item in questions where answers.isEnabled(item.linkID, in: questionnaire) {
            if item.required && answers[item.linkID].isEmpty && problems[item.linkID] == nil {
                problems[item.linkID] = .required
            }
        }
        // A problem with a question the answers turned off is no problem.
        problems = problems.filter { answers.isEnabled($0.key, in: questionnaire) }
        return (answers, problems)
    }

    private static func parse(_ raw: [String], for item: IntakeQuestionnaire.Item) -> Result<[IntakeAnswer], Problem> {
        if raw.count > 1 && !(item.type == .choice && item.repeats) { return .failure(.oneAnswerOnly) }
        var answers: [IntakeAnswer] = []
        for text in raw {
            switch item.type {
            case .string, .text:
                let limit = min(item.maxLength ?? textLimit, textLimit)
                guard text.count <= limit else { return .failure(.tooLong(limit)) }
                answers.append(.string(text))
            case .boolean:
                switch text {
                case "yes": answers.append(.boolean(true))
                case "no": answers.append(.boolean(false))
                default: return .failure(.notYesOrNo)
                }
            case .date:
                guard let date = LocalDate(iso: text) else { return .failure(.notADate) }
                answers.append(.date(date))
            case .integer:
                guard text.count <= 9, let number = Int(text) else { return .failure(.notANumber) }
                answers.append(.integer(number))
            case .choice:
                guard let option = item.options.first(where: { $0.code == text }) else { return .failure(.unknownOption) }
                answers.append(.coding(system: option.system, code: option.code))
            case .group, .display:
                continue
            }
        }
        return .success(answers)
    }

    // MARK: The response

    /// A FHIR R4 QuestionnaireResponse of the answers the questionnaire asks, nested as its
    /// items are, with each question's English text and each choice's display.
    public func response(
        to questionnaire: IntakeQuestionnaire, id: String, patientReference: String, authored: Date, completed: Bool
    ) -> JSONValue {
        let asked = pruned(for: questionnaire)
        func answered(_ items: [IntakeQuestionnaire.Item]) -> [JSONValue] {
            items.compactMap { item -> JSONValue? in
                switch item.type {
                case .display: return nil
                case .group:
                    let children = answered(item.items)
                    guard !children.isEmpty else { return nil }
                    return [
                        "linkId": .string(item.linkID), "text": .string(item.text.english), "item": .array(children),
                    ]
                default:
                    let answers = asked[item.linkID]
                    guard !answers.isEmpty else { return nil }
                    var entry: [String: JSONValue] = [
                        "linkId": .string(item.linkID), "text": .string(item.text.english),
                        "answer": .array(answers.map { ["value" + Self.valueType($0): Self.value($0, item)] }),
                    ]
                    let nested = answered(item.items)
                    if !nested.isEmpty { entry["item"] = .array(nested) }
                    return .object(entry)
                }
            }
        }
        return [
            "resourceType": "QuestionnaireResponse",
            "id": .string(id),
            "questionnaire": .string(questionnaire.canonical),
            "status": completed ? "completed" : "in-progress",
            "subject": ["reference": .string(patientReference)],
            "authored": .string(FHIRBuilder.instant(authored)),
            "item": .array(answered(questionnaire.items)),
        ]
    }

    private static func valueType(_ answer: IntakeAnswer) -> String {
        switch answer {
        case .string: "String"
        case .boolean: "Boolean"
        case .date: "Date"
        case .integer: "Integer"
        case .coding: "Coding"
        }
    }

    private static func value(_ answer: IntakeAnswer, _ item: IntakeQuestionnaire.Item) -> JSONValue {
        switch answer {
        case .string(let text): .string(text)
        case .boolean(let flag): .bool(flag)
        case .date(let date): .string(date.iso)
        case .integer(let number): .number(Double(number))
        case .coding(let system, let code):
            .object(
                [
                    "code": .string(code),
                    "display": .string(item.options.first { $0.code == code }?.display.english ?? code),
                ].merging(system.map { ["system": JSONValue.string($0)] } ?? [:]) { first, _ in first })
        }
    }
}

/// Kept as JSON between pages: `{"linkId": [{"s": "text"}, {"b": true}, {"d": "2026-01-05"},
/// {"i": 3}, {"c": "code", "y": "system"}]}`.
extension IntakeAnswers: Codable {
    private struct Stored: Codable {
        var s: String?
        var b: Bool?
        var d: String?
        var i: Int?
        var c: String?
        var y: String?
    }

    public init(from decoder: any Decoder) throws {
        let stored = try [String: [Stored]](from: decoder)
        var values: [String: [IntakeAnswer]] = [:]
        for (linkID, answers) in stored {
            values[linkID] = try answers.map { answer in
                if let text = answer.s { return .string(text) }
                if let flag = answer.b { return .boolean(flag) }
                if let text = answer.d, let date = LocalDate(iso: text) { return .date(date) }
                if let number = answer.i { return .integer(number) }
                if let code = answer.c { return .coding(system: answer.y, code: code) }
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "an empty answer"))
            }
        }
        self.init(values)
    }

    public func encode(to encoder: any Encoder) throws {
        try values.mapValues { answers in
            answers.map { answer -> Stored in
                switch answer {
                case .string(let text): Stored(s: text)
                case .boolean(let flag): Stored(b: flag)
                case .date(let date): Stored(d: date.iso)
                case .integer(let number): Stored(i: number)
                case .coding(let system, let code): Stored(c: code, y: system)
                }
            }
        }.encode(to: encoder)
    }
}
