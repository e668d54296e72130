import PortalCore

extension PatientsAccessText {
    static let english = PatientsAccessText(
        own: "Your own record",
        staff: "Hospital staff",
        relationship: { relationship in
            switch relationship {
            case .parent, .self: "Parent"
            case .legalGuardian: "Legal guardian"
            case .other: "Authorized person"
            }
        },
        limited: { relationship in "\(relationship.english), limited view since age 12" },
        special: { kind, lastDay in
            let name =
                switch kind {
                case .adultGuardianship: "Guardian or conservator"
                case .adultAuthorization:
                    "With the patient's written authorization"
                case .adolescentLacksCapacity, .ordinary:
                    "Parent, full view by special arrangement"
                }
            return lastDay.map { "\(name) until \(DateText.long($0, language: .english))" } ?? name
        }
    )
}
