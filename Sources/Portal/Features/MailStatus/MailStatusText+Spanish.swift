import PortalCore

extension MailStatusText {
    static let spanish = MailStatusText(
        title: "Correos no entregados",
        intro: { waiting in
            "El portal reintenta un correo durante un día aproximadamente mientras el servidor de correo no responde o lo rechaza, y luego desiste. Ahora \(waiting == 1 ? "espera 1 correo" : "esperan \(waiting) correos") para enviarse."
        },
        allDelivered: "Todos los correos se entregaron o están en su primer intento.",
        queued: "En cola desde",
        attempts: "Intentos",
        lastError: "Último error",
        state: "Estado",
        gaveUp: "Sin más intentos",
        retrying: { when in "Se reintentará el \(when)" },
        sendAgain: "Enviar de nuevo",
        requeued: "En cola otra vez. Sale en el próximo intento."
    )
}
