import Foundation
import SQLKit

/// What a laboratory value shows in a list or a trend, read straight from its columns.
/// A patient with years of results has thousands of values; reading only these columns
/// keeps the results list and a trend as fast as for a patient with a few.
public struct ResultRow: Sendable, ResultValues {
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

    /// Column by column: a results page reads a few hundred of these, and `Decodable`'s
    /// keyed containers cost more than the columns.
    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        reportID = try row.optional("report_id", as: UUID.self)
        name = try row.decode(column: "name", as: String.self)
        valueNumber = try row.optional("value_number", as: Double.self)
        valueComparator = try row.optional("value_comparator", as: String.self)
        valueText = try row.optional("value_text", as: String.self)
        unit = try row.optional("unit", as: String.self)
        rangeLow = try row.optional("range_low", as: Double.self)
        rangeHigh = try row.optional("range_high", as: Double.self)
        rangeText = try row.optional("range_text", as: String.self)
        interpretation = try row.optional("interpretation", as: String.self)
        wasCorrected = try row.decode(column: "was_corrected", as: Bool.self)
        collectedAt = try row.decode(column: "collected_at", as: Date.self)
    }

    static let columns = [
        "id", "report_id", "name", "value_number", "value_comparator", "value_text", "unit", "range_low", "range_high",
        "range_text", "interpretation", "was_corrected", "collected_at",
    ]
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
