/// "Chrome on Android" from a User-Agent header: enough for a person to recognize their
/// own devices on the activity page, never a fingerprint.
public enum BrowserDescription {
    public static func of(userAgent: String?) -> (browser: String, system: String)? {
        guard let agent = userAgent, !agent.isEmpty else { return nil }
        // Order matters: Edge and Opera also say Chrome; Chrome also says Safari.
        let browsers = [
            ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"),
            ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Safari/", "Safari"),
        ]
        let systems = [
            ("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"), ("Windows", "Windows"),
            ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux"),
        ]
        guard let browser = browsers.first(where: { agent.contains($0.0) })?.1,
            let system = systems.first(where: { agent.contains($0.0) })?.1
        else { return nil }
        return (browser, system)
    }
}
