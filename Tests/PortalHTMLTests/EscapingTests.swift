import Testing

@testable import PortalHTML

@Suite("Escaping in every context")
struct EscapingTests {
    static let hostile = #"<script>alert('x')</script> & "quoted" &amp;"#

    @Test("Text content escapes all five special characters")
    func textIsEscaped() {
        let html = p { Self.hostile }.render()
        #expect(html == "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; &amp;amp;</p>")
    }

    @Test("An attribute value cannot close its quotes and inject an attribute")
    func attributeValueIsEscaped() {
        let html = input(.name("q"), .value(#"" onfocus="alert(1)""#)).render()
        #expect(html == #"<input name="q" value="&quot; onfocus=&quot;alert(1)&quot;">"#)
    }

    @Test("Existing entities are escaped again, not trusted")
    func entitiesAreNotPassedThrough() {
        #expect(span { "&lt;b&gt;" }.render() == "<span>&amp;lt;b&amp;gt;</span>")
    }

    @Test("A href value with quotes and angle brackets is escaped")
    func hrefIsEscaped() {
        let html = a(.href(#"/x?a=1&b="><img>"#)) { "go" }.render()
        #expect(html == #"<a href="/x?a=1&amp;b=&quot;&gt;&lt;img&gt;">go</a>"#)
    }

    @Test("A title in the head is escaped")
    func titleIsEscaped() {
        #expect(title("</title><script>").render() == "<title>&lt;/title&gt;&lt;script&gt;</title>")
    }

    @Test("NUL characters are replaced")
    func nulIsReplaced() {
        #expect(p { "a\u{0}b" }.render() == "<p>a\u{FFFD}b</p>")
    }

    @Test("Non-ASCII text passes through unchanged")
    func unicodeIsKept() {
        #expect(p { "Iniciar sesión · 日本" }.render() == "<p>Iniciar sesión · 日本</p>")
    }

    @Test("Only trusted literals are written verbatim")
    func trustedIsVerbatim() {
        #expect(div { TrustedHTML("<hr>") }.render() == "<div><hr></div>")
    }

    @Test("Attribute names are limited to lowercase letters, digits and hyphens")
    func attributeNamesAreChecked() {
        #expect(Attribute.isValidName("aria-label"))
        #expect(!Attribute.isValidName("onclick=\"x\""))
        #expect(!Attribute.isValidName("a b"))
        #expect(!Attribute.isValidName(""))
    }

    @Test("Escaping copies runs of ordinary text whole and gives what escaping each character gives, for any mix")
    func runsMatchCharacterByCharacter() {
        let alphabet: [Character] = ["a", "Z", " ", "&", "<", ">", "\"", "'", "\u{0}", "ó", "日", "👪", "\n"]
        var generator = SystemRandomNumberGenerator()
        for length in 0..<200 {
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let expected = text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "&": "&amp;"
                case "<": "&lt;"
                case ">": "&gt;"
                case "\"": "&quot;"
                case "'": "&#39;"
                case "\u{0}": "\u{FFFD}"
                default: String(scalar)
                }
            }.joined()
            var out: [UInt8] = Array("kept:".utf8)
            Escaping.append(text, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == "kept:" + expected, "\(text.debugDescription)")
        }
    }
}
