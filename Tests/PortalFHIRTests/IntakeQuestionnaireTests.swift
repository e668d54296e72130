import Foundation
import PortalCore
import Testing

@testable import PortalFHIR

/// Questionnaires as the portal reads them, and the answers it keeps: conditions decided
/// on the server, problems per field, and a QuestionnaireResponse of what was asked.
@Suite struct IntakeQuestionnaireTests {
    static func spanish(_ text: String) -> JSONValue {
        [
            "extension": [
                [
                    "url": "http://hl7.org/fhir/StructureDefinition/translation",
                    "extension": [["url": "lang", "valueCode": "es"], ["url": "content", "valueString": .string(text)]],
                ]
            ]
        ]
    }

    static let sample: JSONValue = [
        "resourceType": "Questionnaire", "url": "https://example.org/Questionnaire/intake", "version": "2",
        "status": "active", "title": "Before your visit", "_title": spanish("Antes de su visita"),
        "item": [
            [
                "linkId": "visit", "type": "group", "text": "About this visit",
                "item": [
                    ["linkId": "reason", "type": "text", "text": "Why are you coming?", "required": true, "maxLength": 200],
                    ["linkId": "fever", "type": "boolean", "text": "Fever?", "_text": spanish("¿Fiebre?"), "required": true],
                    [
                        "linkId": "fever-days", "type": "integer", "text": "How many days?", "required": true,
                        "enableWhen": [["question": "fever", "operator": "=", "answerBoolean": true]],
                    ],
                ],
            ],
            [
                "linkId": "health", "type": "group", "text": "Health",
                "item": [
                    [
                        "linkId": "symptoms", "type": "choice", "text": "Any of these?", "repeats": true,
                        "answerOption": [
                            [
                                "valueCoding": [
                                    "system": "urn:s", "code": "cough", "display": "Cough", "_display": spanish("Tos"),
                                ]
                            ],
                            ["valueCoding": ["system": "urn:s", "code": "rash", "display": "Rash"]],
                        ],
                    ],
                    [
                        "linkId": "rash-since", "type": "date", "text": "Since when?",
                        "enableWhen": [["question": "symptoms", "operator": "=", "answerCoding": ["code": "rash"]]],
                    ],
                ],
            ],
        ],
    ]

    @Test func readsItemsTranslationsAndConditions() throws {
        let questionnaire = try IntakeQuestionnaire.read(Self.sample)
        #expect(questionnaire.canonical == "https://example.org/Questionnaire/intake|2")
        #expect(questionnaire.title(.spanish) == "Antes de su visita")
        #expect(
            questionnaire.allItems.map(\.linkID) == [
                "visit", "reason", "fever", "fever-days", "health", "symptoms", "rash-since",
            ])
        let fever = try #require(questionnaire.item("fever"))
        #expect(fever.text(.spanish) == "¿Fiebre?" && fever.required)
        // No translation: the English stands in.
        #expect(questionnaire.item("reason")?.text(.spanish) == "Why are you coming?")
        #expect(questionnaire.item("symptoms")?.options.map { $0.display(.spanish) } == ["Tos", "Rash"])
        #expect(!questionnaire.isConfidential)
    }

    @Test func refusesWhatItCannotAsk() {
        func refused(_ change: (inout JSONValue) -> Void) -> Bool {
            var json = Self.sample
            change(&json)
            return (try? IntakeQuestionnaire.read(json)) == nil
        }
        #expect(refused { $0["item"] = [["linkId": "x", "type": "attachment", "text": "A file"]] })
        #expect(refused { $0["item"] = [["linkId": "x", "type": "choice", "text": "Pick"]] })
        #expect(
            refused {
                $0["item"] = [
                    [
                        "linkId": "a", "type": "boolean", "text": "A",
                        "enableWhen": [["question": "b", "operator": "exists", "answerBoolean": true]],
                    ],
                    ["linkId": "b", "type": "boolean", "text": "B"],
                ]
            })
        #expect(refused { $0["status"] = "retired" })
        #expect(refused { $0["meta"] = ["security": [["system": "urn:unknown", "code": "X"]]] })
    }

    @Test func aConfidentialLabelMarksTheQuestionnaire() throws {
        var json = Self.sample
        json["meta"] = [
            "security": [
                ["system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"],
                ["system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY"],
            ]
        ]
        #expect(try IntakeQuestionnaire.read(json).isConfidential)
    }

    @Test func aPageIsCheckedOnTheServerAndConditionsDecideWhatIsRequired() throws {
        let questionnaire = try IntakeQuestionnaire.read(Self.sample)
        let page = questionnaire.items[0].items
        let empty = IntakeAnswers().reading(page: page, form: [:], of: questionnaire)
        #expect(empty.problems == ["reason": .required, "fever": .required])

        let noFever = IntakeAnswers().reading(
            page: page, form: ["reason": ["Ear pain"], "fever": ["no"], "fever-days": ["3"]], of: questionnaire)
        #expect(noFever.problems.isEmpty)
        #expect(noFever.answers["fever-days"].isEmpty, "a question the answers do not ask keeps no answer")

        let fever = IntakeAnswers().reading(page: page, form: ["reason": ["Ear pain"], "fever": ["yes"]], of: questionnaire)
        #expect(fever.problems == ["fever-days": .required])
        let bad = IntakeAnswers().reading(
            page: page, form: ["reason": [String(repeating: "x", count: 201)], "fever": ["maybe"], "fever-days": ["three"]],
            of: questionnaire)
        #expect(bad.problems["reason"] == .tooLong(200) && bad.problems["fever"] == .notYesOrNo)
        #expect(bad.problems["fever-days"] == nil, "fever is unanswered, so its days are not asked")
        let days = IntakeAnswers().reading(
            page: page, form: ["reason": ["x"], "fever": ["yes"], "fever-days": ["three"]], of: questionnaire)
        #expect(days.problems == ["fever-days": .notANumber])
    }

    @Test func choicesAndAChangedEarlierAnswerDropsWhatItNoLongerAsks() throws {
        let questionnaire = try IntakeQuestionnaire.read(Self.sample)
        let page = questionnaire.items[1].items
        let both = IntakeAnswers().reading(
            page: page, form: ["symptoms": ["cough", "rash"], "rash-since": ["2026-11-20"]], of: questionnaire)
        #expect(both.problems.isEmpty)
        #expect(both.answers["rash-since"] == [.date(LocalDate(iso: "2026-11-20")!)])
        let unknown = IntakeAnswers().reading(page: page, form: ["symptoms": ["fever"]], of: questionnaire)
        #expect(unknown.problems == ["symptoms": .unknownOption])
        let coughOnly = both.answers.reading(
            page: page, form: ["symptoms": ["cough"], "rash-since": ["2026-11-20"]], of: questionnaire)
        #expect(coughOnly.answers["rash-since"].isEmpty)
        let twoDates = IntakeAnswers().reading(
            page: page, form: ["symptoms": ["rash"], "rash-since": ["2026-11-20", "2026-11-21"]], of: questionnaire)
        #expect(twoDates.problems == ["rash-since": .oneAnswerOnly])
    }

    @Test func theResponseNestsWhatWasAskedAndAnswered() throws {
        let questionnaire = try IntakeQuestionnaire.read(Self.sample)
        let answers = IntakeAnswers([
            "reason": [.string("Ear pain")], "fever": [.boolean(true)], "fever-days": [.integer(2)],
            "symptoms": [.coding(system: "urn:s", code: "cough")], "rash-since": [.date(LocalDate(iso: "2026-11-20")!)],
        ])
        #expect(answers.missingRequired(in: questionnaire).isEmpty)
        let response = answers.response(
            to: questionnaire, id: "r1", patientReference: "Patient/p1", authored: Date(timeIntervalSince1970: 0),
            completed: true)
        #expect(response["questionnaire"] == "https://example.org/Questionnaire/intake|2")
        #expect(response["status"] == "completed" && response["authored"] == "1970-01-01T00:00:00Z")
        let visit = response["item"]?[0]
        #expect(visit?["linkId"] == "visit" && visit?["item"]?[2]?["answer"]?[0]?["valueInteger"] == 2)
        let health = response["item"]?[1]?["item"]
        #expect(health?[0]?["answer"]?[0]?["valueCoding"]?["display"] == "Cough")
        // "rash-since" is not asked without a rash: not in the response.
        #expect(health?[1] == nil)
    }
}
