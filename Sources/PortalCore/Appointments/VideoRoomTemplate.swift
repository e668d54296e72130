import Foundation

/// A video platform's room address with `{room}` where the visit's room goes:
/// `https://video.hospital.org/visit/{room}`. Only https, only one placeholder, and the
/// room in the path or the query, never in the host, so a room cannot send a family
/// to another site.
public enum VideoRoomTemplate {
    public static let placeholder = "{room}"

    public static func isValid(_ template: String) -> Bool {
        guard template.count <= 500, template.components(separatedBy: placeholder).count == 2,
            !template.replacingOccurrences(of: placeholder, with: "").contains(where: { "{}".contains($0) }),
            !template.contains(where: { $0.isWhitespace }),
            let url = URL(string: template.replacingOccurrences(of: placeholder, with: "ROOM")),
            url.scheme == "https", let host = url.host, !host.isEmpty, !host.contains("ROOM"), url.user == nil
        else { return false }
        return true
    }
}
