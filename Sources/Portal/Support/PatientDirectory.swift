import Fluent
import Foundation
import PortalCore
import SQLKit

/// HIM's look-up of patient records: by record number, or by part of the legal name,
/// optionally narrowed to one date of birth. Each patient found is audited as searched.
enum PatientDirectory {
    /// The query as HIM typed it, cut and stripped of LIKE's wildcards so that a query of
    /// only wildcards cannot list everyone; nil when under two characters remain.
    static func searchable(_ query: String) -> String? {
        let cleaned = String(query.prefix(100)).filter { $0 != "%" && $0 != "_" && $0 != "\\" }
        return cleaned.count >= 2 ? cleaned : nil
    }

    static func search(_ searchable: String, bornOn birthDate: LocalDate? = nil, on db: any Database) async throws -> [Patient] {
        let pattern = "%\(searchable.lowercased())%"  // case-insensitive on both databases
        let nameMatches = SQLBinaryExpression(SQLFunction("LOWER", args: SQLColumn("legal_name")), .like, SQLBind(pattern))
        let query = Patient.query(on: db)
            .group(.or) { $0.filter(\.$medicalRecordNumber == searchable.uppercased()).filter(.sql(nameMatches)) }
        if let birthDate { query.filter(\.$birthDate == birthDate.iso) }
        return try await query.sort(\.$legalName).limit(20).all()
    }
}
