@preconcurrency import Crypto
import Fluent
import Foundation
import PortalCore

/// Stores uploaded documents encrypted with AES-GCM under the current document key, and
/// opens them with whichever configured key sealed them. A file is accepted only if its
/// content is a JPEG, PNG, HEIC or PDF of at most 10 MB; a JPEG loses its location
/// metadata before it is sealed.
struct DocumentVault: Sendable {
    enum Refusal: Error, Equatable {
        case empty, tooLarge, unsupportedKind, unreadableImage
    }

    private let keys: [DocumentKey]

    init(keys: [DocumentKey]) {
        precondition(!keys.isEmpty, "configuration guarantees at least one document key")
        self.keys = keys
    }

    /// Checks, cleans and seals a file; the caller saves the returned row in its transaction.
    func seal(_ bytes: [UInt8], purpose: StoredDocument.Purpose) throws -> StoredDocument {
        guard !bytes.isEmpty else { throw Refusal.empty }
        guard bytes.count <= UploadedFileKind.maxBytes else { throw Refusal.tooLarge }
        guard let kind = UploadedFileKind.detect(bytes) else { throw Refusal.unsupportedKind }
        let clean: [UInt8]
        do {
            switch kind {
            case .jpeg: clean = try JPEGMetadata.strippingLocation(bytes)
            case .png: clean = try PNGMetadata.strippingMetadata(bytes)
            case .heic: clean = try HEICMetadata.blankingMetadata(bytes)
            case .pdf: clean = bytes
            }
        } catch {
            throw Refusal.unreadableImage
        }
        let key = keys[0]
        guard let combined = try AES.GCM.seal(clean, using: SymmetricKey(data: key.bytes)).combined else {
            throw PortalError.internalFailure
        }
        return StoredDocument(
            purpose: purpose, mediaType: kind.mediaType, byteCount: clean.count, keyID: key.id, sealed: combined)
    }

    func open(_ document: StoredDocument) throws -> Data {
        guard let key = keys.first(where: { $0.id == document.keyID }) else { throw PortalError.internalFailure }
        return try AES.GCM.open(AES.GCM.SealedBox(combined: document.sealed), using: SymmetricKey(data: key.bytes))
    }
}
