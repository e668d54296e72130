import Testing

@testable import PortalFHIR

@Suite("HTML from the EHR")
struct NarrativeHTMLTests {
    @Test("Structural tags stay, attributes go, text is escaped")
    func sanitizes() throws {
        #expect(try NarrativeHTML.sanitize("<P class=\"x\" style='color:red'>Hi</P>") == "<p>Hi</p>")
        #expect(try NarrativeHTML.sanitize("<h1>Plan</h1><ul><li>Rest</li></ul>") == "<h2>Plan</h2><ul><li>Rest</li></ul>")
        #expect(try NarrativeHTML.sanitize("<a href=\"https://x\">link</a> <img src=x>") == "link ")
        #expect(try NarrativeHTML.sanitize("5 < 6 & 7 > 3") == "5 &lt; 6 &amp; 7 &gt; 3")
        #expect(try NarrativeHTML.sanitize("&amp; &#233; &eacute; &bogus") == "&amp; &#233; &eacute; &amp;bogus")
        #expect(try NarrativeHTML.sanitize("<style>p{}</style><!-- note -->Text") == "Text")
        #expect(try NarrativeHTML.sanitize("\"quoted\"") == "&quot;quoted&quot;")
    }

    @Test("Active content is refused, whatever its case or spacing")
    func refusesActiveContent() {
        for html in [
            "<script>x</script>", "<SCRIPT src=x>", "<iframe src=x>", "<object>", "<embed>", "<svg onload=x>",
            "<p onclick=\"x\">", "<p  OnMouseOver = 'x'>", "<a href=\"javascript:x\">", "<a href='JAVASCRIPT:x'>",
            "<form action=x>", "<meta http-equiv=refresh>", "<base href=x>",
        ] {
            #expect(throws: NarrativeHTML.Refusal.self, "\(html)") { try NarrativeHTML.sanitize(html) }
        }
    }

    @Test("A word that merely begins with 'on' is not an event handler")
    func onWords() throws {
        #expect(try NarrativeHTML.sanitize("<p title=\"once\">Take once daily</p>") == "<p>Take once daily</p>")
    }

    @Test("Elements are closed in order: stray closing tags go, open ones are closed")
    func balances() throws {
        #expect(try NarrativeHTML.sanitize("</div></div><p>Plan") == "<p>Plan</p>")
        #expect(try NarrativeHTML.sanitize("<ul><li>One<li>Two</ul>after") == "<ul><li>One<li>Two</li></li></ul>after")
        #expect(try NarrativeHTML.sanitize("<table><tr><td>1</table></div>") == "<table><tr><td>1</td></tr></table>")
        #expect(try NarrativeHTML.sanitize("Line<br>next<hr></br>") == "Line<br>next<hr>")
    }

    @Test("A document nested deeper than the limit is refused, whatever its tags")
    func nestingLimit() throws {
        let deep = String(repeating: "<div>", count: NarrativeHTML.maxDepth) + "x"
        #expect(try NarrativeHTML.sanitize(deep) == deep + String(repeating: "</div>", count: NarrativeHTML.maxDepth))
        #expect(throws: NarrativeHTML.Refusal.nestedTooDeep) {
            try NarrativeHTML.sanitize(String(repeating: "<span>", count: 100_000))
        }
        // Closed as it goes, depth never builds up.
        #expect(try NarrativeHTML.sanitize(String(repeating: "<p>x</p>", count: 10_000)).count == 80_000)
    }
}
