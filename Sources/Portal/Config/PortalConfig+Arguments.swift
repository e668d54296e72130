extension PortalConfig {
    /// Refuses `--log trace` in production, as `LOG_LEVEL=trace` is refused: the database
    /// drivers log values (health information) at trace.
    public static func checkLogArgument(_ arguments: [String], mode: Mode) throws {
        guard mode == .production else { return }
        if values(of: ["--log"], in: arguments).contains(where: { $0.lowercased() == "trace" }) {
            throw ConfigError.refused(key: "--log", reason: "trace logs database values, which can be health information")
        }
    }

    /// The environment as `serve --port` and `--hostname` amend it, so the address the
    /// portal prints, mails and puts in calendar files is the one it listens on.
    public static func environment(_ environment: [String: String], servedWith arguments: [String]) -> [String: String] {
        var amended = environment
        if let port = values(of: ["--port", "-p"], in: arguments).last { amended["PORTAL_PORT"] = port }
        if let host = values(of: ["--hostname", "-H"], in: arguments).last { amended["PORTAL_HOST"] = host }
        return amended
    }

    /// The values given to an option, as `--name value` or `--name=value`.
    private static func values(of names: [String], in arguments: [String]) -> [String] {
        arguments.indices.compactMap { index in
            let argument = arguments[index]
            if names.contains(argument) { return index + 1 < arguments.count ? arguments[index + 1] : nil }
            return names.first { argument.hasPrefix($0 + "=") }.map { String(argument.dropFirst($0.count + 1)) }
        }
    }
}
