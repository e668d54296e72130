import PortalCore

extension PatientsAccessText {
    static let spanish = PatientsAccessText(
        own: "Su propio expediente",
        staff: "Personal del hospital",
        relationship: { relationship in
            switch relationship {
            case .parent, .self: "Madre o padre"
            case .legalGuardian: "Tutor legal"
            case .other: "Persona autorizada"
            }
        },
        limited: { relationship in "\(relationship.spanish), vista limitada desde los 12 años" },
        special: { kind, lastDay in
            let name =
                switch kind {
                case .adultGuardianship: "Tutor o curador"
                case .adultAuthorization:
                    "Con la autorización escrita del paciente"
                case .adolescentLacksCapacity, .ordinary:
                    "Madre o padre, vista completa por acuerdo especial"
                }
            return lastDay.map { "\(name) hasta el \(DateText.long($0, language: .spanish))" } ?? name
        }
    )
}
