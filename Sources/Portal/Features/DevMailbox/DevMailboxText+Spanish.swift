import PortalCore

extension DevMailboxText {
    static let spanish = DevMailboxText(
        title: "Buzón de desarrollo",
        intro:
            "Este portal funciona sin servidor de correo, así que los correos que envía se guardan aquí. En producción esta página no existe.",
        empty: "Todavía no hay correos.",
        to: "Para",
        date: "Enviado",
        openLink: "Abrir el enlace de este correo",
        showText: "Mostrar el correo completo"
    )
}
