import Foundation
import PortalCore

extension PortalConfig {
    /// A key only for development and tests; production refuses to start with it.
    static let developmentSecretsKey = [UInt8](repeating: 0x42, count: 32)
    static let developmentDocumentKey = DocumentKey(id: "dev", bytes: [UInt8](repeating: 0x24, count: 32))
    public static let developmentAuditKey = AuditKey(id: "dev", bytes: [UInt8](repeating: 0x5a, count: 32))

    /// Reads the configuration from environment variables (documented in `.env.example`).
    public static func load(
        mode: Mode, environment: [String: String], clock: PortalClock = .system
    ) throws -> PortalConfig {
        let reader = EnvironmentReader(values: environment)
        let database: DatabaseLocation
        if let url = reader.string("DATABASE_URL") {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://"), URL(string: url)?.host != nil else {
                throw ConfigError.invalid(key: "DATABASE_URL", expected: "a postgres:// URL with a host")
            }
            database = .postgres(url: url, searchPath: reader.string("DATABASE_SCHEMA"))
        } else if let path = reader.string("SQLITE_PATH") {
            database = path == ":memory:" ? .sqliteInMemory : .sqliteFile(path)
        } else {
            database = mode == .testing ? .sqliteInMemory : .sqliteFile("portal.sqlite")
        }

        let port = try reader.integer("PORTAL_PORT", default: 8080, in: 1...65535)
        let host = reader.string("PORTAL_HOST") ?? "127.0.0.1"
        let publicURLText = reader.string("PUBLIC_URL") ?? "http://\(host):\(port)"
        guard let publicURL = URL(string: publicURLText), ["http", "https"].contains(publicURL.scheme ?? ""),
            publicURL.host != nil
        else { throw ConfigError.invalid(key: "PUBLIC_URL", expected: "an http:// or https:// URL") }

        let zoneName = reader.string("HOSPITAL_TIME_ZONE") ?? "America/Chicago"
        guard let zone = TimeZone(identifier: zoneName) else {
            throw ConfigError.invalid(key: "HOSPITAL_TIME_ZONE", expected: "an IANA time zone such as America/Chicago")
        }

        let lifetime = TimeInterval(try reader.integer("SESSION_LIFETIME_HOURS", default: 12, in: 1...24) * 3600)
        let memberIdle = TimeInterval(try reader.integer("MEMBER_IDLE_MINUTES", default: 20, in: 3...120) * 60)
        let staffIdle = TimeInterval(try reader.integer("STAFF_IDLE_MINUTES", default: 15, in: 3...120) * 60)

        let secretsKey: [UInt8]
        if let encoded = reader.string("SECRETS_KEY") {
            guard let data = Data(base64Encoded: encoded), data.count == 32 else {
                throw ConfigError.invalid(key: "SECRETS_KEY", expected: "32 random bytes in base64 (openssl rand -base64 32)")
            }
            secretsKey = [UInt8](data)
        } else {
            secretsKey = developmentSecretsKey
        }

        let documentKeys =
            try reader.string("DOCUMENT_KEYS").map { try parseNamedKeys($0, variable: "DOCUMENT_KEYS") }?.map {
                DocumentKey(id: $0.id, bytes: $0.bytes)
            } ?? [developmentDocumentKey]
        let auditKeys =
            try reader.string("AUDIT_KEYS").map { try parseNamedKeys($0, variable: "AUDIT_KEYS") }?.map {
                AuditKey(id: $0.id, bytes: $0.bytes)
            } ?? [developmentAuditKey]

        let smtp = try readSMTP(reader, publicURL: publicURL)

        let importSecret = try readClientSecret(reader, "FHIR_IMPORT_SECRET")
        let metricsToken = try readClientSecret(reader, "METRICS_BEARER_TOKEN")

        let logFormat: LogFormat
        if let text = reader.string("LOG_FORMAT") {
            guard let format = LogFormat(rawValue: text) else {
                throw ConfigError.invalid(key: "LOG_FORMAT", expected: "json or text")
            }
            logFormat = format
        } else {
            logFormat = mode == .production ? .json : .text
        }
        if mode == .production, reader.string("LOG_LEVEL")?.lowercased() == "trace" {
            throw ConfigError.refused(key: "LOG_LEVEL", reason: "trace logs database values, which can be health information")
        }

        var trustedProxies: [IPAddressRange] = []
        for entry in (reader.string("TRUSTED_PROXIES") ?? "").split(separator: ",") {
            let text = entry.trimmingCharacters(in: .whitespaces)
            guard let range = IPAddressRange(text) else {
                throw ConfigError.invalid(
                    key: "TRUSTED_PROXIES", expected: "addresses or CIDR ranges separated by commas, such as 10.0.0.0/8,::1")
            }
            trustedProxies.append(range)
        }
        let forwardedHeader = try reader.string("FORWARDED_HEADER").map { text in
            guard let header = ClientAddress.Header(rawValue: text.lowercased()) else {
                throw ConfigError.invalid(key: "FORWARDED_HEADER", expected: "x-forwarded-for or forwarded")
            }
            return header
        }

        var config = PortalConfig(
            mode: mode,
            database: database,
            host: host,
            port: port,
            publicURL: publicURL,
            hospitalName: reader.string("HOSPITAL_NAME") ?? "Riverside Children's Hospital",
            hospitalTimeZone: zone,
            memberSession: SessionLifetime(idleTimeout: memberIdle, absoluteLifetime: lifetime),
            staffSession: SessionLifetime(idleTimeout: staffIdle, absoluteLifetime: lifetime),
            bcryptCost: try reader.integer("BCRYPT_COST", default: 12, in: 10...16),
            secretsKey: secretsKey,
            documentKeys: documentKeys,
            smtp: smtp,
            mailDirectory: reader.string("MAIL_DIRECTORY") ?? (mode == .development && smtp == nil ? "portal-mail" : nil),
            outboxPollInterval: TimeInterval(try reader.integer("OUTBOX_POLL_SECONDS", default: 5, in: 1...300)),
            messageNoticeHold: TimeInterval(try reader.integer("MESSAGE_NOTICE_HOLD_SECONDS", default: 300, in: 0...3600)),
            cancellationNotice: TimeInterval(
                try reader.integer("APPOINTMENT_CANCEL_NOTICE_HOURS", default: 24, in: 0...336) * 3600),
            videoJoinLead: TimeInterval(try reader.integer("VIDEO_JOIN_LEAD_MINUTES", default: 15, in: 0...120) * 60),
            himContact: try readHIMContact(reader),
            calendar: try readCalendar(reader),
            identityDocumentRetentionDays: try reader.integer("IDENTITY_DOCUMENT_RETENTION_DAYS", default: 30, in: 0...3650),
            importClientSecret: importSecret,
            metricsBearerToken: metricsToken,
            autoMigrate: mode != .production,
            seedDemoData: mode == .development && (reader.string("SEED_DEMO_DATA") ?? "true") != "false",
            logFormat: logFormat,
            clock: clock
        )
        config.trustedProxies = trustedProxies
        config.forwardedHeader = forwardedHeader ?? .xForwardedFor
        config.databasePoolSize = try reader.integer("DB_POOL_SIZE", default: 4, in: 2...64)
        config.databasePoolWaitSeconds = try reader.integer(
            "DB_POOL_WAIT_SECONDS", default: database.isSQLite ? 60 : 10, in: 1...300)
        config.drainTime = TimeInterval(try reader.integer("DRAIN_SECONDS", default: mode == .production ? 10 : 0, in: 0...300))
        config.startupWait = TimeInterval(try reader.integer("STARTUP_WAIT_SECONDS", default: 120, in: 0...3600))
        config.passwordHashWait = .milliseconds(
            try reader.integer("PASSWORD_HASH_WAIT_MS", default: mode == .testing ? 60_000 : 800, in: 100...300_000))
        config.auditKeys = auditKeys
        config.auditHeadFile = reader.string("AUDIT_HEAD_FILE")
        config.auditUnkeyedUntil = Int64(try reader.integer("AUDIT_UNKEYED_UNTIL", default: 0, in: 0...Int.max))
        config.apiRequestsPerTokenMinute = try reader.integer("API_TOKEN_REQUESTS_PER_MINUTE", default: 600, in: 1...1_000_000)
        config.apiRequestsPerAppMinute = try reader.integer("API_APP_REQUESTS_PER_MINUTE", default: 6000, in: 1...10_000_000)
        if let system = reader.string("RECORD_NUMBER_SYSTEM") {
            guard system.count <= 500, !system.contains(where: \.isWhitespace), system.contains(":") else {
                throw ConfigError.invalid(
                    key: "RECORD_NUMBER_SYSTEM",
                    expected: "the identifier system of record numbers, such as urn:oid:1.2.840.114350.1")
            }
            config.configuredRecordNumberSystem = system
        }
        try config.validateForProduction()
        return config
    }

    func validateForProduction() throws {
        guard mode == .production else { return }
        if database.isSQLite {
            throw ConfigError.refused(
                key: "DATABASE_URL", reason: "production runs on PostgreSQL, not the embedded SQLite database")
        }
        if !usesHTTPS {
            throw ConfigError.refused(key: "PUBLIC_URL", reason: "production must be served over https so cookies are Secure")
        }
        if smtp == nil {
            throw ConfigError.refused(key: "SMTP_HOST", reason: "production sends e-mail; name the mail relay")
        }
        if let smtp, smtp.security == .none, !["localhost", "127.0.0.1", "::1"].contains(smtp.host) {
            throw ConfigError.refused(
                key: "SMTP_SECURITY", reason: "production sends e-mail unencrypted only to a relay on the same host")
        }
        if himContact.phone == nil {
            throw ConfigError.refused(key: "HIM_PHONE", reason: "families are told how to reach Health Information Management")
        }
        if himContact.email == nil {
            throw ConfigError.refused(key: "HIM_EMAIL", reason: "families are told how to reach Health Information Management")
        }
        if mailDirectory != nil {
            throw ConfigError.refused(key: "MAIL_DIRECTORY", reason: "production delivers e-mail over SMTP only")
        }
        if documentKeys.contains(Self.developmentDocumentKey) {
            throw ConfigError.refused(key: "DOCUMENT_KEYS", reason: "production needs its own keys, not the development one")
        }
        if auditKeys.contains(Self.developmentAuditKey) {
            throw ConfigError.refused(key: "AUDIT_KEYS", reason: "production needs its own keys, not the development one")
        }
        if secretsKey == Self.developmentSecretsKey {
            throw ConfigError.refused(key: "SECRETS_KEY", reason: "production needs its own key, not the development one")
        }
    }
}

/// Another system's secret: absent, or long enough that it cannot be guessed.
private func readClientSecret(_ reader: EnvironmentReader, _ key: String) throws -> String? {
    let secret = reader.string(key)
    if let secret, secret.count < 32 {
        throw ConfigError.invalid(key: key, expected: "at least 32 random characters (openssl rand -base64 32)")
    }
    return secret
}

private func readHIMContact(_ reader: EnvironmentReader) throws -> HospitalContact {
    let phone = reader.string("HIM_PHONE")
    if let phone, phone.count > 40 || !phone.allSatisfy({ $0.isNumber || " +()-.".contains($0) }) {
        throw ConfigError.invalid(key: "HIM_PHONE", expected: "a telephone number such as (312) 555-0100")
    }
    let email = reader.string("HIM_EMAIL")
    if let email, !MailMessage.isSafeAddress(email) {
        throw ConfigError.invalid(key: "HIM_EMAIL", expected: "a plain e-mail address such as him@hospital.org")
    }
    return HospitalContact(phone: phone, email: email)
}

/// `HOSPITAL_HOLIDAYS`: `us-federal` (the default), `none`, and/or ISO dates, comma-separated.
private func readCalendar(_ reader: EnvironmentReader) throws -> HospitalCalendar {
    var federal = false
    var holidays = Set<LocalDate>()
    for item in (reader.string("HOSPITAL_HOLIDAYS") ?? "us-federal").split(separator: ",") {
        let entry = item.trimmingCharacters(in: .whitespaces)
        switch entry {
        case "us-federal": federal = true
        case "none": continue
        default:
            guard let date = LocalDate(iso: entry) else {
                throw ConfigError.invalid(
                    key: "HOSPITAL_HOLIDAYS", expected: "us-federal, none, or dates such as 2026-12-24, separated by commas")
            }
            holidays.insert(date)
        }
    }
    return HospitalCalendar(observesUSFederalHolidays: federal, ownHolidays: holidays)
}

private func readSMTP(_ reader: EnvironmentReader, publicURL: URL) throws -> SMTPSettings? {
    // Every value set is checked, even while SMTP_HOST is not, so a typo never waits for production.
    let securityText = reader.string("SMTP_SECURITY") ?? "starttls"
    guard let security = SMTPSettings.Security(rawValue: securityText) else {
        throw ConfigError.invalid(key: "SMTP_SECURITY", expected: "none, starttls or tls")
    }
    let defaultPort =
        switch security {
        case .none: 25
        case .starttls: 587
        case .tls: 465
        }
    let from = reader.string("MAIL_FROM") ?? "portal@\(publicURL.host ?? "localhost")"
    guard MailMessage.isSafeAddress(from) else {
        throw ConfigError.invalid(key: "MAIL_FROM", expected: "a plain e-mail address such as portal@hospital.org")
    }
    let username = reader.string("SMTP_USERNAME"), password = reader.string("SMTP_PASSWORD")
    if (username == nil) != (password == nil) {
        throw ConfigError.invalid(key: "SMTP_USERNAME", expected: "set together with SMTP_PASSWORD, or neither")
    }
    let port = try reader.integer("SMTP_PORT", default: defaultPort, in: 1...65535)
    let authorities = reader.string("SMTP_CA_FILE")
    if let authorities, !FileManager.default.isReadableFile(atPath: authorities) {
        throw ConfigError.invalid(key: "SMTP_CA_FILE", expected: "a readable PEM file of certificate authorities")
    }
    guard let host = reader.string("SMTP_HOST") else { return nil }
    return SMTPSettings(
        host: host, port: port, security: security, username: username, password: password, from: from,
        trustedCertificates: authorities)
}

/// `id:base64,id:base64`: names of letters, digits, - or _, each with 32 bytes, no name twice.
/// `name:base64,name:base64`: named 32-byte keys, the first the current one.
private func parseNamedKeys(_ text: String, variable: String) throws -> [(id: String, bytes: [UInt8])] {
    let invalid = ConfigError.invalid(
        key: variable, expected: "one or more name:base64 pairs separated by commas, each 32 random bytes")
    let keys = try text.split(separator: ",").map { pair -> (id: String, bytes: [UInt8]) in
        let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, (1...16).contains(parts[0].count),
            parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
            let data = Data(base64Encoded: parts[1]), data.count == 32
        else { throw invalid }
        return (parts[0], [UInt8](data))
    }
    guard !keys.isEmpty, Set(keys.map(\.id)).count == keys.count else { throw invalid }
    return keys
}

struct EnvironmentReader {
    let values: [String: String]

    func string(_ key: String) -> String? {
        guard let value = values[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    func integer(_ key: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = string(key) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw ConfigError.invalid(key: key, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
