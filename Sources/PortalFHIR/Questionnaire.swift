import Foundation
import PortalCore

/// A FHIR R4 Questionnaire as the portal asks it before a visit: the item types pediatric
/// intake needs (groups, display text, text, choice single or multiple, yes/no, date, whole
/// number), required items, `enableWhen` conditions, and Spanish from the questionnaire's
/// own translation extensions (the English text stands in where there is none). Anything
/// else is refused when the questionnaire is loaded, not discovered by a family.
public struct IntakeQuestionnaire: Sendable {
    public enum ItemType: String, Sendable, CaseIterable {
        case group, display, string, text, boolean, date, integer, choice
    }

    public struct Option: Sendable {
        public var system: String?
        public var code: String
        public var display: LocalizedText
    }

    public enum Operator: String, Sendable {
        case exists, equals = "=", notEquals = "!=", greater = ">", less = "<", greaterOrEqual = ">=", lessOrEqual = "<="
    }

    public struct Condition: Sendable {
        public var question: String
        public var op: Operator
        public var answer: IntakeAnswer
    }

    public struct Item: Sendable {
        public var linkID: String
        public var type: ItemType
        public var text: LocalizedText
        public var required: Bool
        /// For a choice: several answers may be picked.
        public var repeats: Bool
        public var maxLength: Int?
        public var options: [Option]
        public var enableWhen: [Condition]
        /// True when every condition must hold (`all`), false when any one does.
        public var enableWhenAll: Bool
        public var items: [Item]
    }

    public var url: String
    public var version: String?
    public var title: LocalizedText
    /// Labelled confidential (an adolescent psychosocial screen): answered by the teenager
    /// alone and never shown to parents.
    public var sensitivity: Sensitivity
    public var items: [Item]

    /// `url|version`, as a QuestionnaireResponse names what it answers.
    public var canonical: String { version.map { "\(url)|\($0)" } ?? url }

    public var isConfidential: Bool { sensitivity.tier != .normal }

    /// Every item, depth first.
    public var allItems: [Item] {
        func walk(_ items: [Item]) -> [Item] { items.flatMap { [$0] + walk($0.items) } }
        return walk(items)
    }

    public func item(_ linkID: String) -> Item? { allItems.first { $0.linkID == linkID } }
}

/// One answer to one item.
public enum IntakeAnswer: Sendable, Equatable {
    case string(String)
    case boolean(Bool)
    case date(LocalDate)
    case integer(Int)
    case coding(system: String?, code: String)
}

extension IntakeQuestionnaire {
    static let translationURL = "http://hl7.org/fhir/StructureDefinition/translation"
    static let maxItems = 200

    /// Reads a Questionnaire resource; a problem names the field.
    public static func read(_ json: JSONValue) throws -> IntakeQuestionnaire {
        try read(Node(value: json, entry: .init(index: nil, resource: "Questionnaire")))
    }

    /// Within a bundle, so a problem also names the entry.
    static func read(_ node: Node) throws -> IntakeQuestionnaire {
        guard try node["resourceType"].string() == "Questionnaire" else {
            throw node["resourceType"].problem("is not Questionnaire")
        }
        let status = try node["status"].requiredCode(in: ["draft", "active", "retired", "unknown"])
        guard status == "active" || status == "draft" else { throw node["status"].problem("is \(status): not asked") }
        let url = try node["url"].requiredString()
        var count = 0
        let items = try readItems(node["item"], count: &count)
        guard !items.isEmpty else { throw node["item"].problem("is required") }
        let questionnaire = IntakeQuestionnaire(
            url: url, version: try node["version"].string(),
            title: try localized(node, "title") ?? LocalizedText(en: url, es: url),
            sensitivity: try SecurityLabels.sensitivity(of: node["meta"]), items: items)
        try questionnaire.checkConditions(node)
        return questionnaire
    }

    private static func readItems(_ list: Node, count: inout Int) throws -> [Item] {
        var items: [Item] = []
        for node in try list.list() {
            count += 1
            guard count <= maxItems else { throw node.problem("more than \(maxItems) items") }
            let linkID = try node["linkId"].requiredString(maxLength: 100)
            guard let type = ItemType(rawValue: try node["type"].requiredString()) else {
                throw node["type"].problem(
                    "is not a type the portal asks; it asks "
                        + ItemType.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let text = try localized(node, "text") else { throw node["text"].problem("is required") }
            var options: [Option] = []
            for option in try node["answerOption"].list() {
                let coding = option["valueCoding"]
                if coding.isPresent {
                    let code = try coding["code"].requiredString(maxLength: 100)
                    options.append(
                        Option(
                            system: try coding["system"].string(), code: code,
                            display: try localized(coding, "display") ?? LocalizedText(en: code, es: code)))
                } else if let text = try option["valueString"].string(maxLength: 200) {
                    options.append(Option(system: nil, code: text, display: try localized(option, "valueString")!))
                } else {
                    throw option.problem("needs a valueCoding or a valueString")
                }
            }
            if type == .choice && options.isEmpty { throw node["answerOption"].problem("a choice needs its options") }
            var conditions: [Condition] = []
            for condition in try node["enableWhen"].list() {
                let op = try condition["operator"].requiredString()
                guard let parsed = Operator(rawValue: op) else { throw condition["operator"].problem("is not an operator") }
                conditions.append(
                    Condition(
                        question: try condition["question"].requiredString(), op: parsed, answer: try conditionAnswer(condition)))
            }
            let behavior = try node["enableBehavior"].code(in: ["all", "any"])
            if conditions.count > 1 && behavior == nil {
                throw node["enableBehavior"].problem("is required with several conditions")
            }
            let children = try readItems(node["item"], count: &count)
            if type == .group && children.isEmpty { throw node["item"].problem("a group needs its items") }
            items.append(
                Item(
                    linkID: linkID, type: type, text: text, required: try node["required"].bool() ?? false,
                    repeats: try node["repeats"].bool() ?? false, maxLength: try node["maxLength"].integer(),
                    options: options, enableWhen: conditions, enableWhenAll: behavior != "any", items: children))
        }
        return items
    }

    private static func conditionAnswer(_ node: Node) throws -> IntakeAnswer {
        if let flag = try node["answerBoolean"].bool() { return .boolean(flag) }
        if let number = try node["answerInteger"].integer() { return .integer(number) }
        if let text = try node["answerDate"].string() {
            guard let date = LocalDate(iso: text) else { throw node["answerDate"].problem("is not a date") }
            return .date(date)
        }
        if let text = try node["answerString"].string() { return .string(text) }
        let coding = node["answerCoding"]
        if coding.isPresent { return .coding(system: try coding["system"].string(), code: try coding["code"].requiredString()) }
        throw node.problem("needs an answer (boolean, integer, date, string or coding)")
    }

    /// A text with its Spanish translation (FHIR's translation extension on `_field`).
    private static func localized(_ node: Node, _ field: String) throws -> LocalizedText? {
        guard let english = try node[field].string() else { return nil }
        var spanish: String?
        for extensionNode in try node["_" + field]["extension"].list()
        where try extensionNode["url"].string() == translationURL {
            var language: String?
            var content: String?
            for part in try extensionNode["extension"].list() {
                switch try part["url"].string() {
                case "lang": language = try part["valueCode"].string()
                case "content": content = try part["valueString"].string()
                default: continue
                }
            }
            if let language, language.lowercased().hasPrefix("es") { spanish = content }
        }
        return LocalizedText(en: english, es: spanish ?? english)
    }

    /// Every condition names an earlier question, so answering in order can decide it.
    private func checkConditions(_ node: Node) throws {
        var seen: [String: Item] = [:]
        for item in allItems {
            for condition in item.enableWhen {
                guard let question = seen[condition.question] else {
                    throw node["item"].problem(
                        "\(item.linkID) depends on \(condition.question), which is not an earlier question")
                }
                guard question.type != .group && question.type != .display else {
                    throw node["item"].problem("\(item.linkID) depends on \(condition.question), which has no answer")
                }
            }
            guard seen[item.linkID] == nil else { throw node["item"].problem("\(item.linkID) is used twice") }
            seen[item.linkID] = item
        }
    }
}
