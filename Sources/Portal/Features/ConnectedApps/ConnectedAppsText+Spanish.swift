import PortalCore

extension ConnectedAppsText {
    static let spanish = ConnectedAppsText(
        consentTitle: { app in "¿Permitir que \(app) lea un expediente de salud?" },
        consentIntro: { app in
            "\(app) pide leer un expediente de salud de este portal. Usted decide: no se comparte nada si no lo permite, y puede desconectarla cuando quiera desde su cuenta."
        },
        notOurs:
            "La aplicación no es del hospital. Una vez que la información llega a ella, lo que pase con esa información depende de la política de privacidad de la aplicación.",
        readsHeading: "Podría leer",
        kind: { kind in
            switch kind {
            case .basicDetails: "Datos básicos: nombre, fecha de nacimiento, sexo, número de expediente, código postal, idioma"
            case .labResults: "Resultados de laboratorio"
            case .medicines: "Medicamentos"
            case .allergies: "Alergias"
            case .immunizations: "Vacunas"
            case .documents: "Notas de consulta y cartas"
            case .appointments: "Citas"
            }
        },
        staysConnected:
            "Queda conectada y sigue leyendo la información nueva hasta que usted la desconecte (o 90 días después de su última conexión).",
        shortConnection: "Puede leer durante unos 15 minutos; después tiene que volver a pedírselo.",
        sameRules:
            "La aplicación ve solo lo que usted puede ver aquí, decidido cada vez que pregunta: lo que un adolescente mantiene en privado de sus padres nunca llega a la aplicación de un padre, y deja de ver el expediente cuando termina su acceso.",
        ownPrivateItems:
            "Este es su propio expediente: la aplicación también vería lo que se mantiene en privado de sus padres, como pruebas, medicamentos y notas de consulta confidenciales. Conéctela solo en un dispositivo y con una aplicación que use usted solo.",
        chooseRecordLegend: "¿De quién es el expediente que puede leer?",
        oneRecordHint: "Un expediente por conexión. Para conectar otro expediente, vuelva a empezar desde la aplicación.",
        chooseRecord: "Elija de quién es el expediente que la aplicación puede leer.",
        allow: "Permitir",
        deny: "No permitir",
        noRecords: "Su cuenta no tiene ningún expediente que pueda compartir con una aplicación.",
        refusalTitle: "No se pudo conectar esta aplicación",
        unknownApp:
            "La aplicación no está registrada en el portal, o pidió devolverle a una dirección que el portal no conoce.",
        expired: "Esta solicitud ya fue respondida o terminó. Vuelva a la aplicación y conéctela de nuevo.",
        nothingShared: "No se compartió nada.",
        listTitle: "Aplicaciones conectadas",
        listLink: "Aplicaciones conectadas: vea y desconecte las aplicaciones de salud que leen un expediente",
        listIntro:
            "Aplicaciones de salud a las que usted permitió leer un expediente. Cada una ve solo lo que usted puede ver aquí, y deja de hacerlo en cuanto la desconecta.",
        connectionLabel: { app, patient in "\(app), que lee el expediente de \(patient)" },
        recordLabel: "Expediente",
        connectedLabel: "Conectada",
        lastUsedLabel: "Última lectura",
        notUsedYet: "Todavía no",
        readsLabel: "Puede leer",
        accessEnded: "Ya no lee nada: su acceso a este expediente terminó.",
        disconnect: { app in "Desconectar \(app)" },
        disconnectedNotice: "La aplicación se desconectó. Ya no puede leer nada.",
        noneConnected: "No hay aplicaciones conectadas.",
        howToConnectHeading: "Cómo conectar una aplicación",
        howToConnect:
            "Empiece desde la aplicación: busque este hospital en su lista de proveedores y luego inicie sesión aquí. El portal le pregunta qué expediente puede leer.",
        developerAddress: "Para quienes desarrollan aplicaciones, la dirección FHIR es"
    )
}
