import PortalCore

extension ErrorsText {
    static let spanish = ErrorsText(
        title: "Algo salió mal",
        goHome: "Ir a la página de inicio",
        reference: "Referencia",
        message: { error in
            switch error {
            case .notFound:
                "No encontramos esa página."
            case .badRequest:
                "Algo en esa solicitud no era correcto. Regrese e inténtelo de nuevo."
            case .csrfRejected:
                "Este formulario venció o no vino de este portal. No se cambió nada. Regrese, vuelva a cargar la página e inténtelo de nuevo."
            case .signInRequired:
                "Inicie sesión para continuar."
            case .forbidden:
                "No tiene acceso a esta página."
            case .payloadTooLarge:
                "Lo que envió es demasiado grande. No se guardó nada."
            case .tooManyRequests:
                "Demasiados intentos. Espere unos minutos e inténtelo de nuevo."
            case .busy:
                "Muchas personas están usando el portal en este momento. No se cambió nada; inténtelo de nuevo en un momento."
            case .internalFailure:
                "El portal no pudo completar esta solicitud. No se perdió nada; inténtelo de nuevo en un momento."
            }
        }
    )
}
