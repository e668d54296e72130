import PortalCore
import Vapor

/// Where the portal accepts uploaded files, and how large a request carrying one may be.
enum Uploads {
    /// The largest file plus room for the form's other fields.
    static let requestLimit: ByteCount = ByteCount(value: UploadedFileKind.maxBytes + 256 * 1024)

    /// How large a request to this path (or route pattern) may be when it is a form with
    /// files; nil for every other path. Read by the CSRF check, which collects the body
    /// before routing has happened, and by the routes themselves.
    static func limit(for path: String) -> ByteCount? {
        if path == Paths.enroll { return requestLimit }
        let parts = path.split(separator: "/")
        if parts.count == 4 && parts[0] == "staff" && parts[1] == "patients" && parts[3] == "grants" { return requestLimit }
        // A new thread, /patients/ID/messages, and a reply, /patients/ID/messages/ID/replies.
        if parts.first == "patients" && parts.count >= 3 && parts[2] == "messages"
            && (parts.count == 3 || (parts.count == 5 && parts[4] == "replies"))
        {
            return MessageAttachments.requestLimit
        }
        return nil
    }
}

extension Response {
    /// A stored document as a download: never rendered inside the portal's origin, never
    /// kept by a cache.
    static func download(_ bytes: Data, of document: StoredDocument, named stem: String) -> Response {
        download(bytes, mediaType: document.mediaType, named: stem)
    }

    static func download(_ bytes: Data, mediaType: String, named stem: String) -> Response {
        let kind = UploadedFileKind.allCases.first { $0.mediaType == mediaType }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: mediaType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(stem).\(kind?.fileExtension ?? "bin")\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: bytes))
    }
}
