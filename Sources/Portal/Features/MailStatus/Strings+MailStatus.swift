import PortalCore

extension Strings {
    enum MailStatus {
        static let title = LocalizedText(en: "E-mail not delivered", es: "Correos no entregados")
        static func intro(_ waiting: Int) -> LocalizedText {
            LocalizedText(
                en:
                    "The portal retries an e-mail for about a day while the mail server is away or refuses it, then gives up. \(waiting) \(waiting == 1 ? "e-mail is" : "e-mails are") waiting to be sent now.",
                es:
                    "El portal reintenta un correo durante un día aproximadamente mientras el servidor de correo no responde o lo rechaza, y luego desiste. Ahora \(waiting == 1 ? "espera 1 correo" : "esperan \(waiting) correos") para enviarse."
            )
        }
        static let allDelivered = LocalizedText(
            en: "Every e-mail has been delivered or is on its first try.",
            es: "Todos los correos se entregaron o están en su primer intento.")
        static let queued = LocalizedText(en: "Queued", es: "En cola desde")
        static let attempts = LocalizedText(en: "Tries", es: "Intentos")
        static let lastError = LocalizedText(en: "Last failure", es: "Último error")
        static let state = LocalizedText(en: "State", es: "Estado")
        static let gaveUp = LocalizedText(en: "Gave up", es: "Sin más intentos")
        static func retrying(_ when: String) -> LocalizedText {
            LocalizedText(en: "Will try again at \(when)", es: "Se reintentará el \(when)")
        }
        static let sendAgain = LocalizedText(en: "Send again", es: "Enviar de nuevo")
        static let requeued = LocalizedText(
            en: "Queued again. It goes out on the next try.", es: "En cola otra vez. Sale en el próximo intento.")
    }
}
