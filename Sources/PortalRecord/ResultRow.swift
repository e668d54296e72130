import Foundation

/// What a laboratory value shows in a list or a trend, read straight from its columns.
/// A patient with years of results has thousands of values; reading only these columns
/// keeps the results list and a trend as fast as for a patient with a few.
public struct ResultRow: Sendable, Decodable, ResultValues {
    public let id: UUID
    public let reportID: UUID?
    public let name: String
    public let valueNumber: Double?
    public let valueComparator: String?
    public let valueText: String?
    public let unit: String?
    public let rangeLow: Double?
    public let rangeHigh: Double?
    public let rangeText: String?
    public let interpretation: String?
    public let wasCorrected: Bool
    public let collectedAt: Date

    public init(_ result: LabResult) {
        id = result.id
        reportID = result.reportID
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
public protocol ResultValues {
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
