import Fluent
import Foundation
import PortalCore
import Vapor

/// Files a family or the care team sends with a message: at most three, each a JPEG, PNG,
/// HEIC or PDF of at most 10 MB recognized by its content, sealed by the document vault
/// before anything is saved. A refusal names the file so the sender can choose another,
/// and the typed message is shown again with it.
enum MessageAttachments {
    static let maxFiles = 3

    struct Refused: Error {
        let message: LocalizedText
    }

    struct Sealed: @unchecked Sendable {
        let document: StoredDocument
        let fileName: String
    }

    /// The files chosen in the form: a file input left empty sends one part with no name and no bytes.
    static func chosen(_ files: [File]?) -> [File] {
        (files ?? []).filter { !$0.filename.isEmpty || $0.data.readableBytes > 0 }
    }

    static func seal(_ files: [File], vault: DocumentVault) -> Result<[Sealed], Refused> {
        if files.count > maxFiles { return .failure(Refused(message: Strings.messaging.tooManyFiles)) }
        var sealed: [Sealed] = []
        for file in files {
            let name = displayName(file.filename)
            do {
                sealed.append(
                    Sealed(
                        document: try vault.seal(Array(file.data.readableBytesView), purpose: .messageAttachment), fileName: name)
                )
            } catch let refusal as DocumentVault.Refusal {
                return .failure(Refused(message: Strings.messaging.fileRefused(name, refusal)))
            } catch {
                return .failure(Refused(message: Strings.messaging.fileRefused(name, .unsupportedKind)))
            }
        }
        return .success(sealed)
    }

    /// The last path component of what the device called it, without control characters,
    /// at most 100 characters; shown on the page, never put in a header.
    static func displayName(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.properties.generalCategory != .control }))
            .trimmingCharacters(in: .whitespaces)
        return kept.isEmpty ? "attachment" : String(kept.prefix(100))
    }

    /// Saves the sealed files for a message, in the caller's transaction.
    static func save(_ files: [Sealed], for messageID: UUID, on db: any Database) async throws {
        for file in files {
            try await file.document.create(on: db)
            try await MessageAttachment(messageID: messageID, documentID: file.document.requireID(), fileName: file.fileName)
                .create(on: db)
        }
    }
}
