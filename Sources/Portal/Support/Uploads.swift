import PortalCore
import Vapor

/// Where the portal accepts uploaded files, and how large a request carrying one may be.
enum Uploads {
    /// The largest file plus room for the form's other fields.
    static let requestLimit: ByteCount = ByteCount(value: UploadedFileKind.maxBytes + 256 * 1024)

    /// Read by the CSRF check, which collects the body before routing has happened.
    static func acceptsUpload(_ path: String) -> Bool {
        if path == Paths.enroll { return true }
        let parts = path.split(separator: "/")
        return parts.count == 4 && parts[0] == "staff" && parts[1] == "patients" && parts[3] == "grants"
    }
}
