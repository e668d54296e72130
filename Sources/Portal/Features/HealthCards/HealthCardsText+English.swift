import PortalCore

extension HealthCardsText {
    static let english = HealthCardsText(
        title: "Verifiable record (SMART Health Card)",
        explanation: { hospital in
            "A school, camp or clinic can scan these codes with a SMART Health Card verifier app to check that this record comes from \(hospital) and has not been changed. The codes hold the child's name, date of birth and vaccines, nothing else."
        },
        codeLabel: { index, total in "SMART Health Card QR code \(index) of \(total)" },
        codeCaption: { index, total, vaccines in
            "Code \(index) of \(total): \(vaccines.joined(separator: ", "))"
        },
        leftOut: { count in
            count == 1
                ? "1 vaccine listed above is not in the codes: it is marked confidential, or has no standard vaccine code."
                : "\(count) vaccines listed above are not in the codes: they are marked confidential, or have no standard vaccine code."
        },
        download: "Download the record for a health wallet app (.smart-health-card file)")
}
