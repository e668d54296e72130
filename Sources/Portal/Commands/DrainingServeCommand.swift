import Dispatch
import NIOConcurrencyHelpers
import Vapor

/// `portal serve`, in place of Vapor's: on SIGTERM or SIGINT the node first fails its
/// readiness check and keeps serving for `DRAIN_SECONDS`, so that the load balancer stops
/// sending it requests before it stops taking them; then the server stops, letting the
/// requests in flight finish, those whose client hung up included.
/// Its signal sources are kept under a lock, so it is shared safely.
final class DrainingServeCommand: AsyncCommand, @unchecked Sendable {
    struct Signature: CommandSignature {
        @Option(name: "hostname", short: "H", help: "The address to listen on (PORTAL_HOST otherwise).")
        var hostname: String?
        @Option(name: "port", short: "p", help: "The port to listen on (PORTAL_PORT otherwise).")
        var port: Int?
    }

    var help: String { "Serves the portal; on SIGTERM it drains, then stops." }

    private let signalSources = NIOLockedValueBox<[any DispatchSourceSignal]>([])

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.server.start(address: .hostname(signature.hostname, port: signature.port))
        let stopped = app.eventLoopGroup.next().makePromise(of: Void.self)
        app.running = .start(using: stopped)
        let drainTime = app.portal.config.drainTime
        let shutdownTimeout = Duration.nanoseconds(app.http.server.configuration.shutdownTimeout.nanoseconds)
        let state = app.portal.serverState
        let logger = app.logger
        let queue = DispatchQueue(label: "portal.shutdown")
        let sources = [SIGTERM, SIGINT].map { code in
            let source = DispatchSource.makeSignalSource(signal: code, queue: queue)
            source.setEventHandler {
                guard !state.isDraining else { return }
                state.beginDraining()
                logger.notice("stopping: readiness fails now", metadata: ["drain_seconds": .stringConvertible(Int(drainTime))])
                queue.asyncAfter(deadline: .now() + drainTime) {
                    Task {
                        // Requests still in flight finish before what they use, the databases
                        // first, is shut down (they crashed the process when the order was left
                        // to the application's shutdown): the server waits for its open
                        // connections, then the node for requests whose client hung up.
                        // One limit for both waits.
                        let deadline = ContinuousClock.now + shutdownTimeout
                        await app.server.shutdown()
                        await state.untilRequestsFinish(timeout: deadline - ContinuousClock.now)
                        stopped.succeed(())
                    }
                }
            }
            source.resume()
            return source
        }
        signalSources.withLockedValue { $0 = sources }
    }

    deinit {
        signalSources.withLockedValue { sources in sources.forEach { $0.cancel() } }
    }
}
