import PortalCore

extension Strings {
    enum DepartmentSetup {
        static let title = LocalizedText(en: "Departments and scheduling", es: "Departamentos y citas")
        static let intro = LocalizedText(
            en:
                "Each department the EHR sends appointments for: what families read about it, whether they may ask for appointments there, its video rooms, and who schedules for it.",
            es:
                "Cada departamento del que el EHR envía citas: lo que leen las familias, si pueden pedir citas allí, sus salas de video y quién programa sus citas."
        )
        static let add = LocalizedText(en: "Add a department", es: "Agregar un departamento")
        static let create = LocalizedText(en: "Create department", es: "Crear departamento")
        static let save = LocalizedText(en: "Save settings", es: "Guardar la configuración")
        static let saved = LocalizedText(en: "The settings were saved.", es: "La configuración se guardó.")
        static let settings = LocalizedText(en: "Settings", es: "Configuración")
        static let ehrKey = LocalizedText(en: "EHR Location identifier", es: "Identificador de la ubicación en el EHR")
        static let ehrKeyHint = LocalizedText(
            en: "The identifier the EHR puts on this department's appointments, as system|value.",
            es: "El identificador que el EHR pone en las citas de este departamento, como sistema|valor.")
        static let nameEnglish = LocalizedText(en: "Name in English", es: "Nombre en inglés")
        static let nameSpanish = LocalizedText(en: "Name in Spanish", es: "Nombre en español")
        static let address = LocalizedText(en: "Address (optional)", es: "Dirección (opcional)")
        static let phone = LocalizedText(en: "Phone (optional)", es: "Teléfono (opcional)")
        static let confidential = LocalizedText(
            en: "Confidential department", es: "Departamento confidencial")
        static let confidentialHint = LocalizedText(
            en: "Every visit here is kept from the parents of a 12-17-year-old, for this reason.",
            es: "Todas las visitas aquí se ocultan a los padres de un adolescente de 12 a 17 años, por este motivo.")
        static let notConfidential = LocalizedText(en: "Not confidential", es: "No es confidencial")
        static let takesRequests = LocalizedText(
            en: "Families may ask for appointments here", es: "Las familias pueden pedir citas aquí")
        static let reasonsEnglish = LocalizedText(
            en: "Common reasons in English, one per line", es: "Motivos frecuentes en inglés, uno por línea")
        static let reasonsSpanish = LocalizedText(
            en: "The same reasons in Spanish, in the same order", es: "Los mismos motivos en español, en el mismo orden")
        static let videoTemplate = LocalizedText(
            en: "Video room address (optional)", es: "Dirección de la sala de video (opcional)")
        static let videoTemplateHint = LocalizedText(
            en: "The video platform's https address with {room} where the visit's room goes.",
            es: "La dirección https de la plataforma de video con {room} donde va la sala de la visita.")
        static let responseDays = LocalizedText(
            en: "Business days to answer a request", es: "Días hábiles para responder una solicitud")
        static let schedulers = LocalizedText(en: "Who schedules for it", es: "Quién programa sus citas")
        static let noSchedulers = LocalizedText(
            en: "Nobody yet: its requests wait unanswered.", es: "Nadie todavía: sus solicitudes esperan sin respuesta.")
        static let addScheduler = LocalizedText(en: "Add a scheduler", es: "Agregar a un programador")
        static let addButton = LocalizedText(en: "Add", es: "Agregar")
        static func removeNamed(_ name: String) -> LocalizedText {
            LocalizedText(en: "Remove \(name)", es: "Quitar a \(name)")
        }
        static let takesRequestsShort = LocalizedText(en: "takes requests", es: "recibe solicitudes")
        static let noRequests = LocalizedText(en: "no requests", es: "sin solicitudes")
        static let hasVideo = LocalizedText(en: "video visits", es: "visitas por video")

        // Problems
        static let keyNeeded = LocalizedText(
            en: "Write the identifier as system|value, up to 700 characters.",
            es: "Escriba el identificador como sistema|valor, hasta 700 caracteres.")
        static let keyTaken = LocalizedText(
            en: "Another department already has this identifier.", es: "Otro departamento ya tiene este identificador.")
        static let namesNeeded = LocalizedText(
            en: "Write both names, up to 80 characters each.", es: "Escriba ambos nombres, hasta 80 caracteres cada uno.")
        static let textTooLong = LocalizedText(
            en: "The address and phone fit in 200 and 40 characters.",
            es: "La dirección y el teléfono caben en 200 y 40 caracteres.")
        static let reasonsMismatch = LocalizedText(
            en: "Give each reason in both languages, the same number of lines, up to 20 reasons of 80 characters.",
            es: "Dé cada motivo en ambos idiomas, el mismo número de líneas, hasta 20 motivos de 80 caracteres.")
        static let templateInvalid = LocalizedText(
            en: "The video address must start with https:// and hold {room} once, outside the host name.",
            es: "La dirección de video debe empezar con https:// y tener {room} una vez, fuera del nombre del servidor.")
        static let daysNeeded = LocalizedText(
            en: "Choose from 1 to 10 business days.", es: "Elija de 1 a 10 días hábiles.")
        static let categoryUnknown = LocalizedText(
            en: "Choose a reason from the list.", es: "Elija un motivo de la lista.")
    }
}

extension Strings.DepartmentSetup {
    static func category(_ category: SensitiveCategory) -> LocalizedText {
        switch category {
        case .reproductiveHealth: LocalizedText(en: "Sexual and reproductive health", es: "Salud sexual y reproductiva")
        case .pregnancy: LocalizedText(en: "Pregnancy", es: "Embarazo")
        case .contraception: LocalizedText(en: "Contraception", es: "Anticoncepción")
        case .sexuallyTransmittedInfection:
            LocalizedText(en: "Sexually transmitted infections", es: "Infecciones de transmisión sexual")
        case .hiv: LocalizedText(en: "HIV", es: "VIH")
        case .mentalHealth: LocalizedText(en: "Mental health", es: "Salud mental")
        case .substanceUse: LocalizedText(en: "Substance use", es: "Consumo de sustancias")
        case .violence: LocalizedText(en: "Intimate partner or sexual violence", es: "Violencia de pareja o sexual")
        case .markedByClinician: LocalizedText(en: "Confidential care of another kind", es: "Otra atención confidencial")
        }
    }
}
