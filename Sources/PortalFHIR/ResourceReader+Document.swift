import Foundation
import PortalCore

extension ResourceReader {
    func document() throws -> DocumentRecord {
        let type = try resource["type"].requiredConcept(preferring: CodeSystems.loinc)
        guard let writtenAt = try resource["date"].instant() ?? resource["context"]["period"]["start"].instant() else {
            throw resource["date"].problem("is required: when the document was written")
        }
        guard let attachment = try resource["content"].first()?["attachment"] else {
            throw resource["content"].problem("is required: a document needs its content")
        }
        let contentType = try attachment["contentType"].requiredString()
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let content: DocumentRecord.Content
        switch mediaType {
        case "text/plain":
            content = .text(try Attachment.text(attachment["data"], limit: TextLimits.document))
        case "text/html", "application/xhtml+xml":
            let html = try Attachment.text(attachment["data"], limit: TextLimits.document)
            do {
                content = .html(try NarrativeHTML.sanitize(html))
            } catch NarrativeHTML.Refusal.activeContent(let what) {
                throw attachment["data"].problem("contains \(what); the portal refuses active content in documents")
            } catch {
                throw attachment["data"].problem("is nested deeper than \(NarrativeHTML.maxDepth) elements")
            }
        case "application/pdf":
            let bytes = try Attachment.bytes(attachment["data"], limit: TextLimits.attachment)
            guard UploadedFileKind.detect(Array(bytes.prefix(16))) == .pdf else {
                throw attachment["data"].problem("is not a PDF, although contentType says so")
            }
            guard bytes.count <= UploadedFileKind.maxBytes else {
                throw attachment["data"].problem("is larger than 10 MB")
            }
            content = .pdf(bytes)
        default:
            throw attachment["contentType"].problem(
                "is \(contentType); the portal shows text/plain, text/html and application/pdf")
        }
        var encounter: String?
        if let reference = try resource["context"]["encounter"].first() {
            encounter = try reference.display() ?? reference["identifier"]["value"].string()
        }
        return DocumentRecord(
            header: try header(), type: type,
            title: try resource["description"].string() ?? attachment["title"].string() ?? type.name,
            author: try resource["author"].first()?.display(), writtenAt: writtenAt, encounter: encounter,
            visitKey: try visitKey(),
            status: try status(["current", "superseded", "entered-in-error"]),
            documentStatus: try resource["docStatus"].code(in: ["preliminary", "final", "amended", "entered-in-error"]),
            content: content)
    }

    /// The Appointment among `context.related`: an entry of the bundle, or a reference by
    /// identifier with type `Appointment`.
    private func visitKey() throws -> String? {
        for related in try resource["context"]["related"].list() {
            if let text = try related["reference"].string() {
                let type = try related["type"].string()
                guard
                    text.hasPrefix("Appointment/") || text.contains("/Appointment/") || type == "Appointment"
                        || (text.hasPrefix("urn:") && references.resource(text, type: "Appointment") != nil)
                else { continue }
                guard let visit = references.resource(text, type: "Appointment"),
                    try visit["resourceType"].string() == "Appointment"
                else {
                    // A document whose visit cannot be found could not take the visit's label.
                    throw related["reference"].problem(
                        "points to an Appointment that is not in the bundle; include it, or give its identifier")
                }
                return try ResourceReader(resource: visit, references: references).sourceKey()
            }
            if try related["type"].string() == "Appointment", related["identifier"].isPresent {
                let value = try related["identifier"]["value"].requiredString(maxLength: 200)
                return "\(try related["identifier"]["system"].string(maxLength: 500) ?? "")|\(value)"
            }
        }
        return nil
    }
}
