import PortalCore

extension Strings {
    enum AccessOverview {
        static let title = LocalizedText(en: "Who can see your record", es: "Quién puede ver su expediente")
        static let staffTitle = LocalizedText(en: "Who can see this record", es: "Quién puede ver este expediente")
        static let intro = LocalizedText(
            en:
                "These are the portal accounts that can see your record today. Your care team at the hospital can also see it, and every look at it is recorded.",
            es:
                "Estas son las cuentas del portal que pueden ver su expediente hoy. Su equipo de atención del hospital también puede verlo, y cada consulta queda registrada."
        )
        static let who = LocalizedText(en: "Who", es: "Quién")
        static let access = LocalizedText(en: "Access", es: "Acceso")
        static let whatTheySee = LocalizedText(en: "What they can see", es: "Qué pueden ver")
        static let you = LocalizedText(en: "(you)", es: "(usted)")
        static let seesOwn = LocalizedText(
            en: "Everything in the portal for this record, including information confidential to the patient.",
            es: "Todo lo que el portal muestra de este expediente, incluida la información confidencial del paciente.")
        static let seesLimited = LocalizedText(
            en:
                "Not your confidential information: sexual and reproductive health, mental health, substance use, and your own messages with the care team stay private to you.",
            es:
                "No su información confidencial: la salud sexual y reproductiva, la salud mental, el consumo de sustancias y sus propios mensajes con el equipo de atención son privados para usted."
        )
        static let seesFull = LocalizedText(
            en: "Everything the portal shows for this record, by an arrangement the hospital recorded.",
            es: "Todo lo que el portal muestra de este expediente, por un acuerdo que registró el hospital.")
        static let seesAuthorized = LocalizedText(
            en: "Your record except sensitive services, which stay private to you.",
            es: "Su expediente excepto los servicios sensibles, que siguen siendo privados para usted.")
        static func adulthood(_ date: String) -> LocalizedText {
            LocalizedText(
                en:
                    "On your 18th birthday, \(date), your parents' access to your record ends by itself. Your own account continues.",
                es:
                    "El día que cumpla 18 años, el \(date), el acceso de sus padres a su expediente termina por sí solo. Su propia cuenta continúa."
            )
        }
        static let questions = LocalizedText(
            en:
                "If someone here should not have access, or you do not recognize a name, contact Health Information Management; they can end anyone's access at once.",
            es:
                "Si alguien de esta lista no debería tener acceso, o no reconoce un nombre, comuníquese con Información de Salud; pueden terminar el acceso de cualquier persona de inmediato."
        )
        static let onlyForPatient = LocalizedText(
            en: "This page is for the patient. Your own access is described on the record's front page.",
            es: "Esta página es para el paciente. Su propio acceso se describe en la página principal del expediente.")
    }
}
