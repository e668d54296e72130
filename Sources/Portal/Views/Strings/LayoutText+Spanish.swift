import PortalCore

extension LayoutText {
    static let spanish = LayoutText(
        chooseOne: "Elija una opción",
        page: { page, total in "Página \(page) de \(total)" },
        skipToContent: "Saltar al contenido principal",
        accountNavigation: "Cuenta",
        menu: "Menú",
        signedInAs: "Sesión iniciada como",
        viewingRecordOf: "Viendo el expediente de",
        signOut: "Cerrar sesión",
        switchRecord: "Cambiar de expediente",
        account: "Cuenta",
        home: "Inicio",
        switchLanguage: "English",
        switchLanguageLabel: "View in English",
        emergency: "En una emergencia, llame al 911. Este portal no es para necesidades médicas urgentes.",
        idleNotice: { minutes in "Para proteger su privacidad, su sesión se cerrará después de \(minutes) minutos sin actividad."
        },
        idleWarning: "Su sesión se cerrará en 2 minutos por inactividad.",
        staySignedIn: "Mantener la sesión",
        appName: { hospital in "Portal del paciente de \(hospital)" },
        appShortName: "Portal del paciente",
        appDescription: "La información de salud de su familia, mensajes con el equipo de atención, citas y renovaciones."
    )
}
