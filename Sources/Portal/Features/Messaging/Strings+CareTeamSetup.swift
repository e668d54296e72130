import PortalCore

extension Strings {
    enum CareTeamSetup {
        static let title = LocalizedText(en: "Care teams and inboxes", es: "Equipos de atención y bandejas")
        static let intro = LocalizedText(
            en:
                "Each care team and Health Information Management has a shared inbox. Families see a team's name in their language and its response time.",
            es:
                "Cada equipo de atención y Administración de Información de Salud tiene una bandeja compartida. Las familias ven el nombre del equipo en su idioma y su tiempo de respuesta."
        )
        static let add = LocalizedText(en: "Add an inbox", es: "Agregar una bandeja")
        static let create = LocalizedText(en: "Create inbox", es: "Crear bandeja")
        static let save = LocalizedText(en: "Save settings", es: "Guardar la configuración")
        static let saved = LocalizedText(en: "The settings were saved.", es: "La configuración se guardó.")
        static let settings = LocalizedText(en: "Settings", es: "Configuración")
        static let members = LocalizedText(en: "Who works this inbox", es: "Quién trabaja en esta bandeja")
        static let noMembers = LocalizedText(
            en: "Nobody yet: its messages wait unread.", es: "Nadie todavía: sus mensajes esperan sin leer.")
        static let addMember = LocalizedText(en: "Add a colleague", es: "Agregar a un colega")
        static let addButton = LocalizedText(en: "Add", es: "Agregar")
        static let remove = LocalizedText(en: "Remove", es: "Quitar")
        static func removeNamed(_ name: String) -> LocalizedText {
            LocalizedText(en: "Remove \(name)", es: "Quitar a \(name)")
        }
        static func memberCount(_ count: Int) -> LocalizedText {
            count == 1
                ? LocalizedText(en: "1 person", es: "1 persona") : LocalizedText(en: "\(count) people", es: "\(count) personas")
        }
        static let nameEnglish = LocalizedText(en: "Name in English", es: "Nombre en inglés")
        static let nameSpanish = LocalizedText(en: "Name in Spanish", es: "Nombre en español")
        static let kind = LocalizedText(en: "Kind of inbox", es: "Tipo de bandeja")
        static let kindTeam = LocalizedText(en: "Care team", es: "Equipo de atención")
        static let kindHIM = LocalizedText(
            en: "Health Information Management (questions about records)",
            es: "Administración de Información de Salud (preguntas sobre el expediente)")
        static let responseDays = LocalizedText(
            en: "Response time in business days (1 to 10)", es: "Tiempo de respuesta en días hábiles (1 a 10)")
        static let digest = LocalizedText(
            en: "E-mail its members a morning summary of what is waiting",
            es: "Enviar a sus miembros un resumen matutino de lo que espera")
        static let namesNeeded = LocalizedText(
            en: "Give the inbox a name in English and in Spanish, each at most 80 characters.",
            es: "Dé a la bandeja un nombre en inglés y en español, de 80 caracteres como máximo cada uno.")
        static let daysNeeded = LocalizedText(
            en: "The response time must be a whole number of business days from 1 to 10.",
            es: "El tiempo de respuesta debe ser un número entero de días hábiles entre 1 y 10.")
        static let kindNeeded = LocalizedText(en: "Choose the kind of inbox.", es: "Elija el tipo de bandeja.")
        static let nameTaken = LocalizedText(
            en: "Another inbox already has that English name.", es: "Otra bandeja ya tiene ese nombre en inglés.")
    }
}
