import Foundation
import PortalCore
import Testing

@testable import Portal

@Suite("Configuration")
struct ConfigTests {
    let productionBase = [
        "DATABASE_URL": "postgres://portal:supersecret@db.internal:5432/portal",
        "PUBLIC_URL": "https://portal.example.org",
        "SECRETS_KEY": Data(repeating: 7, count: 32).base64EncodedString(),
        "SMTP_HOST": "smtp.internal", "SMTP_USERNAME": "portal", "SMTP_PASSWORD": "hunter2mail",
        "DOCUMENT_KEYS": "2026a:\(Data(repeating: 8, count: 32).base64EncodedString())",
        "AUDIT_KEYS": "2026a:\(Data(repeating: 6, count: 32).base64EncodedString())",
        "HIM_PHONE": "(312) 555-0100", "HIM_EMAIL": "him@hospital.example.org",
    ]

    @Test("Development defaults start on an SQLite file and seed demo data")
    func developmentDefaults() throws {
        let config = try PortalConfig.load(mode: .development, environment: [:])
        #expect(config.database == .sqliteFile("portal.sqlite"))
        #expect(config.port == 8080 && config.host == "127.0.0.1")
        #expect(config.autoMigrate && config.seedDemoData)
        #expect(config.memberSession.idleTimeout == 20 * 60 && config.staffSession.idleTimeout == 15 * 60)
        #expect(config.memberSession.absoluteLifetime == 12 * 3600)
        #expect(config.logFormat == .text)
        #expect(config.mailDirectory == "portal-mail" && config.identityDocumentRetentionDays == 30)
        #expect(config.calendar == HospitalCalendar(observesUSFederalHolidays: true))
    }

    @Test("Cluster settings: the pool size, the drain (10 s in production, none elsewhere) and the start-up wait")
    func clusterSettings() throws {
        let development = try PortalConfig.load(mode: .development, environment: [:])
        #expect(development.databasePoolSize == 4 && development.drainTime == 0 && development.startupWait == 120)
        let production = try PortalConfig.load(mode: .production, environment: productionBase)
        #expect(production.drainTime == 10)
        // A request waits a minute for SQLite's one connection per core, ten seconds for PostgreSQL's pool.
        #expect(development.databasePoolWaitSeconds == 60)
        let postgres = try PortalConfig.load(
            mode: .development, environment: ["DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal"])
        #expect(postgres.databasePoolWaitSeconds == 10)
        #expect(throws: ConfigError.self) {
            try PortalConfig.load(mode: .development, environment: ["DB_POOL_WAIT_SECONDS": "0"])
        }
        let set = try PortalConfig.load(
            mode: .development, environment: ["DB_POOL_SIZE": "8", "DRAIN_SECONDS": "30", "STARTUP_WAIT_SECONDS": "5"])
        #expect(set.databasePoolSize == 8 && set.drainTime == 30 && set.startupWait == 5)
        // One connection would be held by the migration lock, leaving none to migrate with.
        #expect(throws: ConfigError.self) { try PortalConfig.load(mode: .development, environment: ["DB_POOL_SIZE": "1"]) }
        #expect(throws: ConfigError.self) { try PortalConfig.load(mode: .development, environment: ["DRAIN_SECONDS": "-1"]) }
    }

    @Test("The public address follows the port and address `serve` is given, unless PUBLIC_URL names one")
    func publicAddressFollowsServeArguments() throws {
        for arguments in [["portal", "serve", "--port", "9090"], ["portal", "serve", "-p", "9090"], ["portal", "--port=9090"]] {
            let config = try PortalConfig.load(
                mode: .development, environment: PortalConfig.environment([:], servedWith: arguments))
            #expect(config.port == 9090 && config.publicURL.absoluteString == "http://127.0.0.1:9090")
        }
        let hosted = try PortalConfig.load(
            mode: .development,
            environment: PortalConfig.environment(["PORTAL_PORT": "8081"], servedWith: ["portal", "serve", "-H", "0.0.0.0"]))
        #expect(hosted.publicURL.absoluteString == "http://0.0.0.0:8081")
        let named = try PortalConfig.load(
            mode: .development,
            environment: PortalConfig.environment(
                ["PUBLIC_URL": "https://portal.example.org"], servedWith: ["portal", "serve", "--port", "9090"]))
        #expect(named.port == 9090 && named.publicURL.absoluteString == "https://portal.example.org")
        #expect(PortalConfig.environment(["PORTAL_PORT": "8081"], servedWith: ["portal", "migrate"]) == ["PORTAL_PORT": "8081"])
        #expect(throws: ConfigError.self) {
            try PortalConfig.load(
                mode: .development, environment: PortalConfig.environment([:], servedWith: ["portal", "-p", "x"]))
        }
    }

    @Test("HIM's contact is what the hospital configured, never invented; production needs both")
    func himContact() throws {
        let unset = try PortalConfig.load(mode: .development, environment: [:])
        #expect(unset.himContact == HospitalContact(phone: nil, email: nil))
        #expect(
            ContactText.english.reachHIM(unset.himContact) == "ask the hospital's front desk for Health Information Management")
        let phoneOnly = try PortalConfig.load(mode: .development, environment: ["HIM_PHONE": "(312) 555-0100"])
        #expect(ContactText.english.reachHIM(phoneOnly.himContact) == "call Health Information Management at (312) 555-0100")
        #expect(ContactText.spanish.startingSentence(phoneOnly.himContact) == "Llame a Información de Salud al (312) 555-0100")
        for key in ["HIM_PHONE", "HIM_EMAIL"] {
            var missing = productionBase
            missing[key] = nil
            #expect(
                throws: ConfigError.refused(key: key, reason: "families are told how to reach Health Information Management")
            ) { try PortalConfig.load(mode: .production, environment: missing) }
        }
    }

    @Test("Holidays: the federal list, none, or the hospital's own dates; a relay replaces the mail directory")
    func holidaysAndMail() throws {
        let own = try PortalConfig.load(mode: .development, environment: ["HOSPITAL_HOLIDAYS": "none, 2026-12-24"])
        #expect(own.calendar == HospitalCalendar(observesUSFederalHolidays: false, ownHolidays: [LocalDate(iso: "2026-12-24")!]))
        let relayed = try PortalConfig.load(mode: .development, environment: ["SMTP_HOST": "127.0.0.1"])
        #expect(relayed.mailDirectory == nil)
        #expect(try PortalConfig.load(mode: .testing, environment: [:]).mailDirectory == nil)
        var directory = productionBase
        directory["MAIL_DIRECTORY"] = "/tmp/mail"
        #expect(throws: ConfigError.self) { try PortalConfig.load(mode: .production, environment: directory) }
    }

    @Test("Only the three environments start; production refuses --log trace and unencrypted mail to another host")
    func environmentsAndRefusals() throws {
        #expect(try PortalConfig.Mode(environmentName: "production") == .production)
        #expect(try PortalConfig.Mode(environmentName: "development") == .development)
        #expect(try PortalConfig.Mode(environmentName: "test") == .testing)
        #expect(throws: ConfigError.self) { try PortalConfig.Mode(environmentName: "prodution") }
        #expect(throws: ConfigError.self) { try PortalConfig.Mode(environmentName: "") }

        for arguments in [["portal", "serve", "--log", "trace"], ["portal", "--log=TRACE"]] {
            #expect(throws: ConfigError.self) { try PortalConfig.checkLogArgument(arguments, mode: .production) }
            try PortalConfig.checkLogArgument(arguments, mode: .development)
        }
        try PortalConfig.checkLogArgument(["portal", "serve", "--log", "notice"], mode: .production)

        var plainRemote = productionBase
        plainRemote["SMTP_SECURITY"] = "none"
        #expect(
            throws: ConfigError.refused(
                key: "SMTP_SECURITY", reason: "production sends e-mail unencrypted only to a relay on the same host")
        ) { try PortalConfig.load(mode: .production, environment: plainRemote) }
        var plainLocal = plainRemote
        plainLocal["SMTP_HOST"] = "127.0.0.1"
        _ = try PortalConfig.load(mode: .production, environment: plainLocal)
    }

    @Test("Production on PostgreSQL over https neither migrates nor seeds by itself")
    func production() throws {
        let config = try PortalConfig.load(mode: .production, environment: productionBase)
        #expect(!config.autoMigrate && !config.seedDemoData)
        #expect(config.usesHTTPS)
        #expect(config.logFormat == .json)
    }

    @Test("Production refuses SQLite, plain http and the development key, naming the key")
    func productionRefusals() throws {
        var sqlite = productionBase
        sqlite["DATABASE_URL"] = nil
        #expect(
            throws: ConfigError.refused(
                key: "DATABASE_URL", reason: "production runs on PostgreSQL, not the embedded SQLite database")
        ) {
            try PortalConfig.load(mode: .production, environment: sqlite)
        }
        var http = productionBase
        http["PUBLIC_URL"] = "http://portal.example.org"
        #expect(throws: ConfigError.self) { try PortalConfig.load(mode: .production, environment: http) }
        var devKey = productionBase
        devKey["SECRETS_KEY"] = nil
        #expect(throws: ConfigError.self) { try PortalConfig.load(mode: .production, environment: devKey) }
        var devDocumentKey = productionBase
        devDocumentKey["DOCUMENT_KEYS"] = nil
        #expect(
            throws: ConfigError.refused(key: "DOCUMENT_KEYS", reason: "production needs its own keys, not the development one")
        ) { try PortalConfig.load(mode: .production, environment: devDocumentKey) }
        var devAuditKey = productionBase
        devAuditKey["AUDIT_KEYS"] = nil
        #expect(
            throws: ConfigError.refused(key: "AUDIT_KEYS", reason: "production needs its own keys, not the development one")
        ) { try PortalConfig.load(mode: .production, environment: devAuditKey) }
        let auditKeyIDs = try PortalConfig.load(mode: .production, environment: productionBase).auditKeys.map { $0.id }
        #expect(auditKeyIDs == ["2026a"])
        var noMail = productionBase
        noMail["SMTP_HOST"] = nil
        #expect(throws: ConfigError.refused(key: "SMTP_HOST", reason: "production sends e-mail; name the mail relay")) {
            try PortalConfig.load(mode: .production, environment: noMail)
        }
        var trace = productionBase
        trace["LOG_LEVEL"] = "trace"
        #expect(throws: ConfigError.self) { try PortalConfig.load(mode: .production, environment: trace) }
    }

    @Test(
        "A bad value names its key and never prints the value",
        arguments: [
            ("DATABASE_URL", "mysql://root:hunter2secret@db/portal"),
            ("SECRETS_KEY", "hunter2secret"),
            ("PORTAL_PORT", "hunter2secret"),
            ("HOSPITAL_TIME_ZONE", "hunter2secret/Zone"),
            ("MEMBER_IDLE_MINUTES", "0"),
            ("BCRYPT_COST", "4"),
            ("LOG_FORMAT", "hunter2secret"),
            ("DOCUMENT_KEYS", "hunter2secret"),
            ("SMTP_SECURITY", "hunter2secret"),
            ("MAIL_FROM", "hunter2secret"),
            ("HIM_PHONE", "hunter2secret"),
            ("HIM_EMAIL", "hunter2secret"),
            ("HOSPITAL_HOLIDAYS", "us-federal,hunter2secret"),
            ("IDENTITY_DOCUMENT_RETENTION_DAYS", "-1"),
            ("DOCUMENT_KEYS", "a:\(Data(repeating: 1, count: 16).base64EncodedString()),hunter2"),
            ("DOCUMENT_KEYS", "same:\(Data(count: 32).base64EncodedString()),same:\(Data(count: 32).base64EncodedString())"),
            ("AUDIT_KEYS", "hunter2secret"),
            ("AUDIT_KEYS", "a b:\(Data(count: 32).base64EncodedString())"),
        ])
    func badValue(key: String, value: String) {
        do {
            _ = try PortalConfig.load(mode: .development, environment: [key: value])
            Issue.record("\(key) was accepted")
        } catch let error as ConfigError {
            #expect(error.description.contains(key))
            #expect(!error.description.contains("hunter2"))
        } catch {
            Issue.record("unexpected error type")
        }
    }

    @Test("Document keys: the first seals, the rest stay for reading older documents")
    func documentKeys() throws {
        let new = Data(repeating: 1, count: 32), old = Data(repeating: 2, count: 32)
        let config = try PortalConfig.load(
            mode: .development,
            environment: ["DOCUMENT_KEYS": "2026a:\(new.base64EncodedString()), 2025b:\(old.base64EncodedString())"])
        #expect(config.documentKeys.map(\.id) == ["2026a", "2025b"])
        #expect(config.documentKeys[1].bytes == [UInt8](old))
    }
}
