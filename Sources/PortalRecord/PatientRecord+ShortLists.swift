import FluentKit
import FluentSQL
import SQLKit

extension PatientRecord {
    /// The medicines and allergies still active, as two parts of a page's `ShortLists`:
    /// "medication" rows give a name and a dose, "allergy" rows a substance and its reactions
    /// (one per line). The filters are `medications()`'s and `allergies()`'s own.
    public func addActiveMedicationsAndAllergies(to lists: inout ShortLists) {
        lists.add(
            Self.part(
                visible(StoredMedication.self).filter(\.$status == "active"), tag: "medication",
                texts: ["name", "dose"]))
        lists.add(
            Self.part(
                visibleAllergies().filter(\.$clinicalStatus == "active"), tag: "allergy",
                texts: ["substance", "reactions"]))
    }

    /// A Fluent read of this record, selecting a short list's columns instead of its model's.
    private static func part<Item: ClinicalItem>(_ query: QueryBuilder<Item>, tag: String, texts: [String])
        -> any SQLExpression
    {
        var selecting = query.query
        selecting.fields = ShortLists.columns(
            tag: tag, id: SQLColumn("id", table: Item.schema), texts: texts.map { SQLColumn($0, table: Item.schema) }
        ).map { .custom($0) }
        return SQLQueryConverter(delegate: ReadingConverter()).convert(selecting)
    }
}
