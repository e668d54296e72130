import PortalCore

extension Strings {
    enum DevMailbox {
        static let title = LocalizedText(en: "Development mailbox", es: "Buzón de desarrollo")
        static let intro = LocalizedText(
            en: "This portal runs without a mail server, so the e-mail it sends is kept here. Production never shows this page.",
            es:
                "Este portal funciona sin servidor de correo, así que los correos que envía se guardan aquí. En producción esta página no existe."
        )
        static let empty = LocalizedText(en: "No e-mail yet.", es: "Todavía no hay correos.")
        static let to = LocalizedText(en: "To", es: "Para")
        static let date = LocalizedText(en: "Sent", es: "Enviado")
        static let openLink = LocalizedText(en: "Open the link in this e-mail", es: "Abrir el enlace de este correo")
        static let showText = LocalizedText(en: "Show the whole e-mail", es: "Mostrar el correo completo")
    }
}
