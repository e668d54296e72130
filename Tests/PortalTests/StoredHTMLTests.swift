import PortalHTML
import Testing

@testable import Portal

@Suite("Stored document HTML")
struct StoredHTMLTests {
    @Test("Sanitized markup is rebuilt tag by tag, text escaped again")
    func rebuilds() {
        #expect(
            StoredHTML.render("<h2>Plan</h2><ul><li>Rest &amp; fluids</li></ul>").render()
                == "<h2>Plan</h2><ul><li>Rest &amp; fluids</li></ul>")
        #expect(StoredHTML.render("<p>5 &lt; 6 &#233;t&eacute;</p><br>").render() == "<p>5 &lt; 6 été</p><br>")
    }

    @Test("Whatever a stored value holds, no attribute, script or unknown tag reaches the page")
    func cannotInject() {
        let rendered = StoredHTML.render(
            "<p onclick=\"x()\">hi</p><script>alert(1)</script><img src=x onerror=y><a href=\"javascript:z\">link</a>"
        ).render()
        #expect(!rendered.contains("<script") && !rendered.contains("onclick") && !rendered.contains("<img"))
        #expect(!rendered.contains("<a ") && !rendered.contains("href"))
        #expect(rendered.contains("hi") && rendered.contains("alert(1)") && rendered.contains("link"))
    }

    @Test("Unclosed and stray tags still make a well-formed fragment")
    func malformed() {
        #expect(StoredHTML.render("<p>one<p>two</li>").render() == "<p>one<p>two</p></p>")
        #expect(StoredHTML.render("text <b").render() == "text &lt;b")
    }
}
