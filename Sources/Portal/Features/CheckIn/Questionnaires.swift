import Fluent
import Foundation
import PortalCore
import PortalFHIR
import PortalRecord

/// The intake questionnaires the portal holds: stored from an import (a new version is a
/// new row, so answers keep pointing at what was asked), read back for asking.
enum Questionnaires {
    /// Stores each questionnaire by url and version: new, changed (the same version sent
    /// again with other content replaces it) or unchanged.
    static func store(
        _ questionnaires: [(questionnaire: IntakeQuestionnaire, resource: JSONValue)], now: Date, on db: any Database
    ) async throws -> ImportSummary.Tally {
        var tally = ImportSummary.Tally()
        for (questionnaire, resource) in questionnaires {
            let content = String(decoding: resource.encoded(), as: UTF8.self)
            let hash = RandomToken.sha256Hex(content)
            let version = questionnaire.version ?? ""
            if let existing = try await StoredQuestionnaire.query(on: db).filter(\.$url == questionnaire.url)
                .filter(\.$version == version).first()
            {
                guard existing.contentHash != hash else {
                    tally.unchanged += 1
                    continue
                }
                fill(existing, questionnaire, content: content, hash: hash, now: now)
                try await existing.update(on: db)
                tally.updated += 1
            } else {
                let row = StoredQuestionnaire()
                row.url = questionnaire.url
                row.version = version
                row.createdAt = now
                row.confidential = false
                fill(row, questionnaire, content: content, hash: hash, now: now)
                try await row.create(on: db)
                tally.created += 1
            }
        }
        return tally
    }

    private static func fill(
        _ row: StoredQuestionnaire, _ questionnaire: IntakeQuestionnaire, content: String, hash: String, now: Date
    ) {
        row.titleEnglish = questionnaire.title.english
        row.titleSpanish = questionnaire.title.spanish
        // A label once given stays: answers already saved under it must not lose it.
        row.confidential = row.confidential || questionnaire.isConfidential
        row.content = content
        row.contentHash = hash
        row.updatedAt = now
    }

    /// The stored resource read again, confidential when the row ever was; nil for a row
    /// the portal can no longer read.
    static func read(_ row: StoredQuestionnaire) -> IntakeQuestionnaire? {
        guard let json = try? JSONParser.parse(Data(row.content.utf8)),
            var questionnaire = try? IntakeQuestionnaire.read(json)
        else { return nil }
        if row.confidential && !questionnaire.isConfidential { questionnaire.sensitivity = .restricted }
        return questionnaire
    }

    /// What a department asks before its visits, in a stable order.
    static func asked(by departmentID: UUID, on db: any Database) async throws -> [StoredQuestionnaire] {
        let links = try await DepartmentQuestionnaire.query(on: db).filter(\.$departmentID == departmentID).all()
        guard !links.isEmpty else { return [] }
        return try await StoredQuestionnaire.query(on: db).filter(\.$id ~~ links.map(\.questionnaireID))
            .sort(\.$confidential).sort(\.$titleEnglish).all()
    }
}
