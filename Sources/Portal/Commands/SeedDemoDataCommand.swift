import Vapor

/// `portal seed-demo-data`: adds the demo family and staff to an empty database.
struct SeedDemoDataCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Adds the demo family and staff to an empty development database." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard app.portal.config.mode != .production else {
            throw CommandFailure(description: "Demo data is never added in production.")
        }
        if try await DemoData.seedIfEmpty(app) {
            context.console.print(try await DemoData.signInGuide(app))
        } else {
            context.console.print("The database already has accounts; nothing was added.")
        }
    }
}
