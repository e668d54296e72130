import Fluent
import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import Vapor

/// Two intake questionnaires, loaded through the import as the EHR would send them: General
/// Pediatrics' "Before your visit" (with Spanish translations and conditions) and a
/// confidential adolescent screen (labelled R and PSY) that Adolescent Medicine and General
/// Pediatrics ask of their 12-17-year-olds.
enum DemoQuestionnaires {
    static let base = "https://riverside-childrens.example.org/fhir/Questionnaire"

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

    static func item(
        _ linkID: String, _ type: String, _ english: String, _ spanishText: String, required: Bool = false,
        extra: [String: JSONValue] = [:]
    ) -> JSONValue {
        var item: [String: JSONValue] = [
            "linkId": .string(linkID), "type": .string(type), "text": .string(english), "_text": spanish(spanishText),
        ]
        if required { item["required"] = true }
        return .object(item.merging(extra) { $1 })
    }

    static func option(_ code: String, _ english: String, _ spanishText: String) -> JSONValue {
        [
            "valueCoding": [
                "system": .string(base + "/codes"), "code": .string(code), "display": .string(english),
                "_display": spanish(spanishText),
            ]
        ]
    }

    static func when(_ question: String, is answer: Bool) -> [String: JSONValue] {
        ["enableWhen": [["question": .string(question), "operator": "=", "answerBoolean": .bool(answer)]]]
    }

    static let pediatricIntake: JSONValue = [
        "resourceType": "Questionnaire", "id": "peds-intake", "url": .string(base + "/peds-intake"), "version": "1",
        "status": "active", "title": "Before your visit", "_title": spanish("Antes de su visita"),
        "item": [
            item(
                "visit", "group", "About this visit", "Sobre esta visita",
                extra: [
                    "item": [
                        item(
                            "reason", "text", "What would you like to talk about at this visit?",
                            "¿De qué le gustaría hablar en esta visita?", required: true, extra: ["maxLength": 500]),
                        item(
                            "fever", "boolean", "Has your child had a fever in the last 3 days?",
                            "¿Su hijo ha tenido fiebre en los últimos 3 días?", required: true),
                        item(
                            "fever-days", "integer", "For how many days?", "¿Por cuántos días?", required: true,
                            extra: when("fever", is: true)),
                        item(
                            "symptoms", "choice", "Any of these in the last two weeks?",
                            "¿Alguno de estos en las últimas dos semanas?",
                            extra: [
                                "repeats": true,
                                "answerOption": [
                                    option("cough", "Cough", "Tos"), option("rash", "Rash", "Sarpullido"),
                                    option("vomiting", "Vomiting", "Vómitos"), option("diarrhea", "Diarrhea", "Diarrea"),
                                    option("ear-pain", "Ear pain", "Dolor de oído"),
                                ],
                            ]),
                    ]
                ]),
            item(
                "health", "group", "Health and daily life", "Salud y vida diaria",
                extra: [
                    "item": [
                        item("asthma", "boolean", "Does your child have asthma?", "¿Su hijo tiene asma?", required: true),
                        item(
                            "asthma-last", "date", "When was the last asthma attack?", "¿Cuándo fue el último ataque de asma?",
                            extra: when("asthma", is: true)),
                        item(
                            "sleep", "choice", "How does your child sleep?", "¿Cómo duerme su hijo?",
                            extra: [
                                "answerOption": [
                                    option("well", "Well", "Bien"), option("some", "Some trouble", "Con algo de dificultad"),
                                    option("poorly", "A lot of trouble", "Con mucha dificultad"),
                                ]
                            ]),
                        item("school", "string", "School and grade", "Escuela y grado", extra: ["maxLength": 100]),
                    ]
                ]),
        ],
    ]

    static let teenScreen: JSONValue = [
        "resourceType": "Questionnaire", "id": "teen-screen", "url": .string(base + "/teen-screen"), "version": "1",
        "status": "active", "title": "Teen health check-in (private)",
        "_title": spanish("Chequeo de salud para adolescentes (privado)"),
        "meta": [
            "security": [
                ["system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"],
                ["system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY"],
            ]
        ],
        "item": [
            item(
                "private-note", "display",
                "Only you and your care team see these answers. Your parents do not.",
                "Solo usted y su equipo de atención ven estas respuestas. Sus padres no."),
            item(
                "mood", "choice", "In the last two weeks, how often have you felt down or hopeless?",
                "En las últimas dos semanas, ¿con qué frecuencia se ha sentido triste o sin esperanza?", required: true,
                extra: [
                    "answerOption": [
                        option("never", "Not at all", "Nunca"), option("some", "Some days", "Algunos días"),
                        option("most", "More than half the days", "Más de la mitad de los días"),
                        option("daily", "Nearly every day", "Casi todos los días"),
                    ]
                ]),
            item(
                "safe", "boolean", "Do you feel safe at home and at school?", "¿Se siente seguro en casa y en la escuela?",
                required: true),
            item(
                "talk", "boolean", "Is there something you would like to talk about privately?",
                "¿Hay algo de lo que le gustaría hablar en privado?", required: true),
            item(
                "talk-about", "text", "What would you like to talk about?", "¿De qué le gustaría hablar?",
                extra: when("talk", is: true).merging(["maxLength": 500]) { $1 }),
        ],
    ]

    /// Loads both through the import, and has each department that sees children ask them.
    static func seed(_ app: Application, now: Date) async throws {
        var importer = ClinicalImport(
            db: app.db, zone: app.portal.config.hospitalTimeZone, now: now, config: app.portal.config)
        importer.audit = app.portal.audit
        importer.auditTemplate.userAgent = "demo data"
        _ = try await importer.run(
            ([
                "resourceType": "Bundle", "type": "collection",
                "entry": [["resource": pediatricIntake], ["resource": teenScreen]],
            ] as JSONValue).encoded())
        let questionnaires = try await StoredQuestionnaire.query(on: app.db).all()
        for department in try await Department.query(on: app.db).all() where department.takesRequests {
            for questionnaire in questionnaires {
                try await DepartmentQuestionnaire(
                    departmentID: department.requireID(), questionnaireID: questionnaire.requireID()
                )
                .create(on: app.db)
            }
        }
    }
}
