import PortalCore

extension Strings {
    enum Patients {
        static let dateOfBirth = LocalizedText(en: "Date of birth", es: "Fecha de nacimiento")
        static let age = LocalizedText(en: "Age", es: "Edad")
        static let legalName = LocalizedText(en: "Legal name", es: "Nombre legal")
        static let recordNumber = LocalizedText(en: "Medical record number", es: "Número de expediente médico")
        static let inThisRecord = LocalizedText(en: "In this record", es: "En este expediente")
        static let documents = LocalizedText(en: "Documents", es: "Documentos")
        static func section(_ name: LocalizedText, count: Int) -> LocalizedText {
            LocalizedText(en: "\(name.english) (\(count))", es: "\(name.spanish) (\(count))")
        }
        static func newCount(_ count: Int) -> LocalizedText {
            LocalizedText(en: "\(count) new", es: count == 1 ? "1 nuevo" : "\(count) nuevos")
        }
        static let yourAccess = LocalizedText(en: "Your access", es: "Su acceso")
        static let limitedExplanation = LocalizedText(
            en:
                "Because your child is 12 or older, some of their care is private to them by law: for example sexual and reproductive health, mental health and substance use, and their own messages with the care team. Those items do not appear for you.",
            es:
                "Como su hijo o hija tiene 12 años o más, parte de su atención es privada por ley: por ejemplo, la salud sexual y reproductiva, la salud mental y el consumo de sustancias, y sus propios mensajes con el equipo de atención. Esos elementos no aparecen para usted."
        )
        static let fullExplanation = LocalizedText(
            en: "You can see everything the portal shows for this patient.",
            es: "Puede ver todo lo que el portal muestra de este paciente.")
        static let ownExplanation = LocalizedText(
            en: "This is your own record. Information that is confidential to you is not shown to your parents.",
            es: "Este es su propio expediente. La información confidencial para usted no se muestra a sus padres.")
        static let specialExplanation = LocalizedText(
            en: "You have access by special arrangement recorded by the hospital, until the date the hospital set.",
            es: "Tiene acceso por un acuerdo especial registrado por el hospital, hasta la fecha que fijó el hospital.")
        static let authorizationExplanation = LocalizedText(
            en:
                "The patient has authorized you in writing to see their record until the date shown. Sensitive services, such as mental health or sexual health, stay private to them.",
            es:
                "El paciente le autorizó por escrito a ver su expediente hasta la fecha indicada. Los servicios sensibles, como la salud mental o la salud sexual, siguen siendo privados para el paciente."
        )

        enum Access {
            static let own = LocalizedText(en: "Your own record", es: "Su propio expediente")
            static let staff = LocalizedText(en: "Hospital staff", es: "Personal del hospital")

            static func relationship(_ relationship: Relationship) -> LocalizedText {
                switch relationship {
                case .parent, .self: LocalizedText(en: "Parent", es: "Madre o padre")
                case .legalGuardian: LocalizedText(en: "Legal guardian", es: "Tutor legal")
                case .other: LocalizedText(en: "Authorized person", es: "Persona autorizada")
                }
            }

            static func limited(_ relationship: LocalizedText) -> LocalizedText {
                LocalizedText(
                    en: "\(relationship.english), limited view since age 12",
                    es: "\(relationship.spanish), vista limitada desde los 12 años")
            }

            static func special(_ kind: GrantKind, lastDay: LocalDate?) -> LocalizedText {
                let (en, es): (String, String) =
                    switch kind {
                    case .adultGuardianship: ("Guardian or conservator", "Tutor o curador")
                    case .adultAuthorization:
                        ("With the patient's written authorization", "Con la autorización escrita del paciente")
                    case .adolescentLacksCapacity, .ordinary:
                        ("Parent, full view by special arrangement", "Madre o padre, vista completa por acuerdo especial")
                    }
                return LocalizedText(
                    en: lastDay.map { "\(en) until \(DateText.long($0, language: .english))" } ?? en,
                    es: lastDay.map { "\(es) hasta el \(DateText.long($0, language: .spanish))" } ?? es)
            }
        }

        static let questions = LocalizedText(
            en:
                "Questions about what a clinician wrote go to the care team. Other questions about this record go to Health Information Management.",
            es:
                "Las preguntas sobre lo que escribió un profesional clínico van al equipo de atención. Otras preguntas sobre este expediente van a Información de Salud."
        )
    }
}
