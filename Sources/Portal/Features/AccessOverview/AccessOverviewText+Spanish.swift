import PortalCore

extension AccessOverviewText {
    static let spanish = AccessOverviewText(
        title: "Quién puede ver su expediente",
        staffTitle: "Quién puede ver este expediente",
        intro:
            "Estas son las cuentas del portal que pueden ver su expediente hoy. Su equipo de atención del hospital también puede verlo, y cada consulta queda registrada.",
        who: "Quién",
        access: "Acceso",
        whatTheySee: "Qué pueden ver",
        you: "(usted)",
        seesOwn: "Todo lo que el portal muestra de este expediente, incluida la información confidencial del paciente.",
        seesLimited:
            "No su información confidencial: la salud sexual y reproductiva, la salud mental, el consumo de sustancias y sus propios mensajes con el equipo de atención son privados para usted.",
        seesFull: "Todo lo que el portal muestra de este expediente, por un acuerdo que registró el hospital.",
        seesAuthorized: "Su expediente excepto los servicios sensibles, que siguen siendo privados para usted.",
        adulthood: { date in
            "El día que cumpla 18 años, el \(date), el acceso de sus padres a su expediente termina por sí solo. Su propia cuenta continúa."
        },
        questions:
            "Si alguien de esta lista no debería tener acceso, o no reconoce un nombre, comuníquese con Información de Salud; pueden terminar el acceso de cualquier persona de inmediato.",
        onlyForPatient: "Esta página es para el paciente. Su propio acceso se describe en la página principal del expediente."
    )
}
