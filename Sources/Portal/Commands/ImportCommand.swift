import Foundation
import PortalFHIR
import Vapor

/// `portal import FILE...`: loads FHIR R4 bundles into the health record, each file in one
/// transaction, with a progress bar on a terminal and a summary at the end.
/// ConsoleKit's signatures take a fixed number of arguments, so this command reads its own.
struct ImportCommand: AnyAsyncCommand {
    var help: String {
        "Imports FHIR R4 bundle files: portal import FILE... (Patient, Observation, DiagnosticReport, MedicationRequest, AllergyIntolerance, Immunization, DocumentReference)."
    }

    func outputHelp(using context: inout CommandContext) {
        context.console.print("Usage: portal import FILE...")
        context.console.print(help)
    }

    func run(using context: inout CommandContext) async throws {
        let files = context.input.arguments
        context.input.arguments = []
        try await importFiles(files, context: context)
    }

    private func importFiles(_ files: [String], context: CommandContext) async throws {
        let app = context.application
        guard !files.isEmpty else { throw CommandFailure(description: "Name at least one bundle file: portal import FILE...") }
        let bar = ProgressBar(isTerminal: isatty(STDERR_FILENO) == 1)
        var failures = 0
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                context.console.print("\(path): cannot be read")
                failures += 1
                continue
            }
            bar.start(path)
            var importer = ClinicalImport(
                db: app.db, zone: app.portal.config.hospitalTimeZone, now: app.portal.config.clock.now(),
                config: app.portal.config, progress: { done, total in bar.show(done, of: total) })
            importer.audit = app.portal.audit
            do {
                let summary = try await importer.run(data)
                bar.finish()
                context.console.print("\(path): imported")
                for line in summary.lines { context.console.print("  \(line)") }
            } catch let problem as BundleProblem {
                bar.finish()
                context.console.print("\(path): nothing imported. \(problem.description)")
                failures += 1
            }
        }
        if failures > 0 {
            throw CommandFailure(description: "\(failures) of \(files.count) file(s) were not imported.")
        }
    }
}

/// A one-line bar on standard error, drawn only on a terminal so logs and pipes stay clean.
final class ProgressBar: @unchecked Sendable {
    private let isTerminal: Bool
    private var label = ""

    init(isTerminal: Bool) { self.isTerminal = isTerminal }

    func start(_ label: String) { self.label = label }

    func show(_ done: Int, of total: Int) {
        guard isTerminal, total > 0 else { return }
        let width = 30
        let filled = min(width, done * width / total)
        let line =
            "\r\(label) [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total)"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
