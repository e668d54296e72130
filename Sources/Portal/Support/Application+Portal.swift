import PortalCore
import Vapor

/// The portal's own services, made once at start-up.
struct PortalServices: Sendable {
    let config: PortalConfig
    let audit: AuditWriter
    let metrics: PortalMetrics
    let secrets: SecretBox
    let documents: DocumentVault
    let passwords: PasswordHashing
    let passwordPolicy: PasswordPolicy
    /// A bcrypt hash of a random password, checked when an e-mail is unknown so that an
    /// unknown e-mail takes as long to refuse as a wrong password.
    let decoyPasswordHash: String
    let serverState: ServerState
}

extension Application {
    private struct PortalServicesKey: StorageKey { typealias Value = PortalServices }

    var portal: PortalServices {
        get {
            guard let services = storage[PortalServicesKey.self] else { fatalError("configure() sets the portal services") }
            return services
        }
        set { storage[PortalServicesKey.self] = newValue }
    }
}

extension Request {
    var portal: PortalServices { application.portal }
    var now: Date { application.portal.config.clock.now() }
    var hospitalTimeZone: TimeZone { application.portal.config.hospitalTimeZone }
    var today: LocalDate { LocalDate(now, in: hospitalTimeZone) }
}
