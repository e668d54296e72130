import PortalCore

extension AppRegistrationText {
    static let spanish = AppRegistrationText(
        title: "Aplicaciones que las familias pueden conectar",
        intro:
            "Las aplicaciones registradas aquí pueden pedir a las familias leer un expediente a través de la API FHIR. Las familias siguen decidiendo, un expediente a la vez; una aplicación desactivada aquí se detiene de inmediato para todas las familias.",
        none: "No hay aplicaciones registradas.",
        kindPublic: "Pública (funciona en el teléfono o en el navegador)",
        kindConfidential: "Confidencial (tiene su propio servidor y un secreto)",
        disabled: "Desactivada",
        enabled: "Activada: las familias pueden conectarla",
        statusLabel: "Estado",
        connectionsLabel: "Expedientes conectados",
        connections: { count in count == 1 ? "1 expediente conectado" : "\(count) expedientes conectados" },
        add: "Registrar una aplicación",
        name: "Nombre que verán las familias",
        nameHint: "Como se llama la aplicación, hasta 80 caracteres.",
        kind: "Tipo de aplicación",
        kindHint: "Una aplicación confidencial se identifica con un secreto que se muestra una sola vez, después de registrarla.",
        redirects: "Direcciones de redirección",
        redirectsHint:
            "Una por línea, comparadas exactamente: https, http solo a 127.0.0.1 o localhost, o el esquema propio de una aplicación del teléfono (org.example.app:/callback).",
        scopes: "Lo máximo que la aplicación puede pedir",
        scopesHint:
            "Alcances SMART separados por espacios, por ejemplo launch/patient openid fhirUser offline_access patient/*.rs. Las aplicaciones solo leen.",
        register: "Registrar",
        clientID: "Identificador de cliente",
        secretHeading: "El secreto de la aplicación",
        secretOnce:
            "Entregue este secreto a quienes desarrollan la aplicación ahora, por un medio seguro. No se guarda y no se volverá a mostrar.",
        registeredAt: "Registrada",
        disable: "Desactivar esta aplicación",
        disableHint:
            "La conexión de cada familia termina de inmediato. Se puede volver a activar, pero entonces las familias tienen que conectarla de nuevo.",
        enable: "Volver a activar esta aplicación",
        disabledNotice: "La aplicación está desactivada. Todas sus conexiones terminaron.",
        enabledNotice: "La aplicación está activada de nuevo.",
        missingName: "Escriba el nombre de la aplicación.",
        missingRedirects: "Escriba al menos una dirección de redirección.",
        badRedirect: { address in "Esta dirección de redirección no se puede usar: \(address)" },
        tooManyRedirects: "Escriba como máximo 10 direcciones de redirección.",
        badScope: { scope in "Este alcance no es uno que el portal otorgue: \(scope)" },
        noReadingScope: "Escriba al menos un alcance que lea algo, como patient/*.rs."
    )
}
