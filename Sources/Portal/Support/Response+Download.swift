import PortalCore
import Vapor

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
