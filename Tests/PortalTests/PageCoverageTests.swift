import Foundation
import Testing

@testable import Portal

/// Keeps the snapshots complete: a page added without one fails here.
@Suite("Every page has snapshots")
struct PageCoverageTests {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Names of the types in Features that render a whole page with the layout's context.
    static func pageTypes() throws -> Set<String> {
        let features = root.appending(path: "Sources/Portal/Features")
        var names: Set<String> = []
        let files = FileManager.default.enumerator(at: features, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            var current: String?
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                if line.hasPrefix("enum "), let name = line.dropFirst(5).split(separator: " ").first {
                    current = String(name)
                }
                if let current, line.contains("context: PageContext) -> Node") { names.insert(current) }
            }
        }
        return names
    }

    @Test("Each page type is rendered by a snapshot test, and each snapshot exists in English and Spanish")
    func everyPageHasSnapshots() throws {
        let tests = try ["FamilyPageSnapshotTests", "RecordPageSnapshotTests", "StaffPageSnapshotTests"].map {
            try String(contentsOf: Self.root.appending(path: "Tests/PortalTests/\($0).swift"), encoding: .utf8)
        }
        .joined()
        let pages = try Self.pageTypes()
        #expect(pages.count > 40)
        for page in pages.sorted() {
            #expect(tests.contains("\(page)."), "\(page) has no snapshot test")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: PageSnapshot.folder.path)
        let english = Set(files.filter { $0.hasSuffix(".en.html") }.map { $0.dropLast(8) })
        let spanish = Set(files.filter { $0.hasSuffix(".es.html") }.map { $0.dropLast(8) })
        #expect(english == spanish)
        #expect(english.count >= 59)
    }
}
