import Foundation
import PortalCore

/// The portal's whole configuration, read once from the environment and validated.
public struct PortalConfig: Sendable {
    public enum Mode: String, Sendable {
        case development, testing, production

        /// The mode `--env` names; any other name is refused, so a misspelt `prodution` never
        /// starts a development server with demo data on a hospital's machine.
        public init(environmentName name: String) throws {
            switch name {
            case "production", "prod": self = .production
            case "testing", "test": self = .testing
            case "development", "dev": self = .development
            default:
                throw ConfigError.invalid(key: "--env", expected: "development, testing or production")
            }
        }
    }

    public enum DatabaseLocation: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteInMemory
        case postgres(url: String, searchPath: String?)

        var isSQLite: Bool { if case .postgres = self { false } else { true } }
    }

    /// `json` for log collectors (the production default), `text` for people at a terminal.
    public enum LogFormat: String, Sendable { case text, json }

    public var mode: Mode
    public var database: DatabaseLocation
    public var host: String
    public var port: Int
    public var publicURL: URL
    public var hospitalName: String
    public var hospitalTimeZone: TimeZone
    public var memberSession: SessionLifetime
    public var staffSession: SessionLifetime
    public var bcryptCost: Int
    /// Encrypts second-factor secrets at rest; 32 bytes.
    public var secretsKey: [UInt8]
    /// Encrypt stored documents (identity documents, court orders, authorizations). The
    /// first seals new documents; the others still open documents sealed before a rotation.
    public var documentKeys: [DocumentKey]
    /// The mail relay; nil in development without SMTP_HOST, where e-mail waits in the outbox.
    public var smtp: SMTPSettings?
    /// Development without a relay: e-mail is written here as `.eml` files, which the
    /// development mailbox page lists. Production refuses it.
    public var mailDirectory: String?
    /// How often the outbox looks for due e-mail.
    public var outboxPollInterval: TimeInterval
    /// How long a "you have a new message" e-mail waits, so that replies in that time send one.
    public var messageNoticeHold: TimeInterval
    /// How long before an appointment a family may still cancel it in the portal.
    public var cancellationNotice: TimeInterval
    /// How long before a video visit starts its "Join" button appears.
    public var videoJoinLead: TimeInterval
    /// How families reach Health Information Management, shown wherever HIM is the answer.
    public var himContact: HospitalContact
    /// Weekends and these holidays do not count as business days.
    public var calendar: HospitalCalendar
    /// Days an identity document is kept after its request is decided.
    public var identityDocumentRetentionDays: Int
    /// The secret the EHR's interface engine presents to `POST /import/fhir`; the endpoint
    /// does not exist without one.
    public var importClientSecret: String?
    /// The bearer token the monitoring system presents to `GET /metrics`; the endpoint does
    /// not exist without one.
    public var metricsBearerToken: String?
    public var autoMigrate: Bool
    public var seedDemoData: Bool
    public var logFormat: LogFormat
    /// The proxies whose forwarded header is believed (`TRUSTED_PROXIES`), and which header
    /// they set (`FORWARDED_HEADER`). Empty: forwarded headers are ignored.
    public var trustedProxies: [IPAddressRange] = []
    public var forwardedHeader: ClientAddress.Header = .xForwardedFor
    /// Database connections per event loop (`DB_POOL_SIZE`): a node holds up to this many
    /// times its cores; docs/OPERATIONS.md gives the budget for a cluster.
    public var databasePoolSize = 4
    /// How long a request waits for a database connection (and, on SQLite, for the one
    /// writer's lock) before it is answered busy: 10 s on PostgreSQL, whose pool is large; a
    /// minute on SQLite, where a burst of changes queues for one connection per core.
    public var databasePoolWaitSeconds = 10
    /// After SIGTERM: readiness fails at once, and the node keeps serving this long
    /// (`DRAIN_SECONDS`) so the load balancer stops sending it new requests first.
    public var drainTime: TimeInterval = 0
    /// Key the audit chain's hashes (`AUDIT_KEYS`). The first keys new events and signs the
    /// exported head; the others still verify events written before a rotation.
    public var auditKeys: [AuditKey] = [PortalConfig.developmentAuditKey]
    /// The last audit event written before the chain was keyed (`AUDIT_UNKEYED_UNTIL`, 0 for a
    /// trail keyed from its start): any later unkeyed event is a forgery.
    public var auditUnkeyedUntil: Int64 = 0
    /// Where the hourly signed audit head is appended (`AUDIT_HEAD_FILE`), for archiving
    /// outside the database; it is logged either way.
    public var auditHeadFile: String?
    /// How long a node waits at start-up for another node's migrations (`STARTUP_WAIT_SECONDS`).
    public var startupWait: TimeInterval = 120
    /// The longest a sign-in waits for a hashing thread before it is told to try again
    /// (`PASSWORD_HASH_WAIT_MS`, 800: so a refusal comes within a second). The test suite
    /// runs hundreds of apps on two cores and waits longer; the refusal is tested on its own.
    public var passwordHashWait: Duration = .milliseconds(800)
    public var clock: PortalClock

    public var usesHTTPS: Bool { publicURL.scheme == "https" }
    /// The public address without a trailing slash: the issuer of tokens, the start of links apps follow.
    public var publicBase: String {
        let text = publicURL.absoluteString
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }
    /// The identifier system of the hospital's medical record numbers, as the EHR sends it
    /// (often an OID, `urn:oid:...`): the import matches patients by it, the API names it.
    public var recordNumberSystem: String { configuredRecordNumberSystem ?? publicBase + "/fhir/sid/mrn" }
    public var configuredRecordNumberSystem: String?
    /// How many API requests one connection (its tokens together), and one app across every
    /// family, may make a minute; past either the API answers 429 with Retry-After.
    public var apiRequestsPerTokenMinute = 600
    public var apiRequestsPerAppMinute = 6000
    /// The FHIR API's base address, the `aud` apps name.
    public var fhirBase: String { publicBase + "/fhir/r4" }

    /// Seals e-mail bodies while they wait in the outbox.
    var outboxBodies: SecretBox { .outboxBodies(secretsKey: secretsKey) }
}

/// How families reach Health Information Management: each part is shown only where the
/// hospital configured it, never an invented number or address.
public struct HospitalContact: Sendable, Equatable {
    public var phone: String?
    public var email: String?

    public init(phone: String?, email: String?) {
        self.phone = phone
        self.email = email
    }
}

/// A named AES-256 key; the name is stored with every document it seals.
public struct DocumentKey: Sendable, Equatable {
    public var id: String
    public var bytes: [UInt8]
}

public enum ConfigError: Error, CustomStringConvertible, Equatable {
    case invalid(key: String, expected: String)
    case refused(key: String, reason: String)

    /// Names the key and what it should hold, never the value, which may be a secret.
    public var description: String {
        switch self {
        case .invalid(let key, let expected): "Configuration error: \(key) must be \(expected)."
        case .refused(let key, let reason): "Configuration error: \(key): \(reason)."
        }
    }
}
