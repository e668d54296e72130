import Foundation

/// What a laboratory value shows in a list or a trend, read straight from its columns.
/// A patient with years of results has thousands of values; reading only these columns
/// keeps the results list and a trend as fast as for a patient with a few.
struct ResultRow: Sendable, Decodable, ResultValues {
    let id: UUID
    let reportID: UUID?
    let name: String
    let valueNumber: Double?
    let valueComparator: String?
    let valueText: String?
    let unit: String?
    let rangeLow: Double?
    let rangeHigh: Double?
    let rangeText: String?
    let interpretation: String?
    let wasCorrected: Bool
    let collectedAt: Date

    init(_ result: LabResult) {
        id = result.id!
        reportID = result.$report.id
        name = result.name
        valueNumber = result.valueNumber
        valueComparator = result.valueComparator
        valueText = result.valueText
        unit = result.unit
        rangeLow = result.rangeLow
        rangeHigh = result.rangeHigh
        rangeText = result.rangeText
        interpretation = result.interpretation
        wasCorrected = result.wasCorrected
        collectedAt = result.collectedAt
    }

    static let columns = [
        "id", "report_id", "name", "value_number", "value_comparator", "value_text", "unit", "range_low", "range_high",
        "range_text", "interpretation", "was_corrected", "collected_at",
    ]

    enum CodingKeys: String, CodingKey {
        case id, name, unit, interpretation
        case reportID = "report_id"
        case valueNumber = "value_number"
        case valueComparator = "value_comparator"
        case valueText = "value_text"
        case rangeLow = "range_low"
        case rangeHigh = "range_high"
        case rangeText = "range_text"
        case wasCorrected = "was_corrected"
        case collectedAt = "collected_at"
    }
}

/// The parts of a laboratory value that its words and flag are made from.
protocol ResultValues {
    var valueNumber: Double? { get }
    var valueComparator: String? { get }
    var valueText: String? { get }
    var unit: String? { get }
    var rangeLow: Double? { get }
    var rangeHigh: Double? { get }
    var rangeText: String? { get }
    var interpretation: String? { get }
}

extension LabResult: ResultValues {}
