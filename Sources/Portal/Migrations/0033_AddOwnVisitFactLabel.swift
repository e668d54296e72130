import Fluent

/// What a family created about a visit follows the visit's label while it is stricter than
/// its own (see `VisitFacts`); its own label is kept beside it, so lifting a clinician's mark
/// on the visit gives it back. Empty until a visit first changes its label.
struct AddOwnVisitFactLabel: AsyncMigration {
    var name: String { "0033_AddOwnVisitFactLabel" }

    func prepare(on database: any Database) async throws {
        for table in [SchedulingRequest.schema, VisitGuestPass.schema] {
            try await database.schema(table).field("own_sensitivity", .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for table in [SchedulingRequest.schema, VisitGuestPass.schema] {
            try await database.schema(table).deleteField("own_sensitivity").update()
        }
    }
}
