import PortalCore
import PortalHTML

/// What a guest sees when their link cannot open the room: why, in their language. It
/// names no patient, department or time beyond when the room opens.
enum GuestVisitPage {
    static func render(message: LocalizedText, context: PageContext) -> Node {
        let language = context.language
        let words = Strings.appointments
        return Layout.page(title: words.guestTitle(language), context: context) {
            h1 { words.guestTitle(language) }
            p { message(language) }
            p { a(.href(Routes.videoCheck())) { words.testCamera(language) } }
        }
    }
}

/// Tries the camera and microphone in the browser, with nothing recorded or sent: the
/// script shows the picture and a sound level. Without the script the page says how to
/// join anyway.
enum VideoCheckPage {
    static func render(context: PageContext) -> Node {
        let language = context.language
        let words = Strings.appointments
        return Layout.page(title: words.checkTitle(language), context: context) {
            h1 { words.checkTitle(language) }
            p { words.checkIntro(language) }
            div(
                .class("video-check"), .id("video-check"), Attribute("hidden", nil),
                Attribute("data-working", words.checkWorking(language)), Attribute("data-denied", words.checkDenied(language))
            ) {
                p { button(.type("button"), .id("video-check-start")) { words.checkStart(language) } }
                p(.id("video-check-status"), .role("status")) { "" }
                element(
                    "video",
                    [
                        .id("video-check-preview"), Attribute("playsinline", nil), Attribute("muted", nil),
                        .ariaLabel(words.checkCamera(language)),
                    ]
                ) {
                    ""
                }
                p {
                    label(.for("video-check-level")) { words.checkMicrophone(language) }
                    br()
                    element("meter", [.id("video-check-level"), Attribute("min", "0"), Attribute("max", "100"), .value("0")]) {
                        ""
                    }
                }
            }
            p(.id("video-check-no-script"), .class("hint")) { words.checkNeedsScript(language) }
            h2 { words.checkTips(language) }
            ul { for tip in words.checkTipList { li { tip(language) } } }
        }
    }
}
