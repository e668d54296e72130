import Foundation
import PortalCore
import PortalHTML
import Testing

@testable import Portal

/// HTML snapshots of pure pages: each page rendered from fixed data into a file under
/// `Tests/PortalTests/__Snapshots__/`, one line per tag, so that a change to what a page
/// shows is reviewed as a diff. A missing snapshot is written and the test fails once;
/// `SNAPSHOT_RECORD=1 swift test` rewrites them all after an intended change.
enum PageSnapshot {
    static let folder = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "__Snapshots__")

    /// The fixed frame every snapshot shares: a signed-in family member, or staff.
    static func context(_ language: Language, staff: Bool = false, patientInView: String? = nil) -> PageContext {
        PageContext(
            language: language, csrfToken: "CSRF-TOKEN", hospitalName: "Lakeside Children's Hospital",
            currentPath: "/current/path", signedIn: .init(name: staff ? "Dr. Priya Patel" : "Maria Garcia", isStaff: staff),
            idleTimeoutMinutes: 15, patientInView: patientInView,
            records: staff
                ? []
                : [
                    .init(name: "Sofia Garcia", path: "/patients/00000000-0000-0000-0000-00000000000a", isCurrent: true),
                    .init(name: "Mateo Garcia", path: "/patients/00000000-0000-0000-0000-00000000000b", isCurrent: false),
                ])
    }

    /// A stranger's frame: nobody signed in (sign-in, enrollment, error pages).
    static func anonymousContext(_ language: Language) -> PageContext {
        PageContext(
            language: language, csrfToken: "CSRF-TOKEN", hospitalName: "Lakeside Children's Hospital",
            currentPath: "/current/path", signedIn: nil, idleTimeoutMinutes: nil)
    }

    /// One tag per line: readable diffs without reformatting the text inside.
    static func lines(_ node: Node) -> String {
        node.render().replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    static func check(_ node: Node, named name: String, _ language: Language, sourceLocation: SourceLocation = #_sourceLocation) {
        check(text: lines(node), named: "\(name).\(language.rawValue).html", sourceLocation: sourceLocation)
    }

    /// Any text kept for review beside the pages (the route table).
    static func check(text actual: String, named fileName: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appending(path: fileName)
        let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
        guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(file.lastPathComponent); check it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        let line = first?.offset ?? min(actualLines.count, expectedLines.count)
        Issue.record(
            """
            \(file.lastPathComponent) differs at line \(line + 1):
              expected: \(line < expectedLines.count ? String(expectedLines[line]) : "(end)")
              actual:   \(line < actualLines.count ? String(actualLines[line]) : "(end)")
            Run SNAPSHOT_RECORD=1 swift test to accept the change.
            """, sourceLocation: sourceLocation)
    }
}
