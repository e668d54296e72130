import PortalCore

/// The catalog of every user-facing string. `LocalizedText` needs both languages to
/// compile, so a missing Spanish string fails the build.
enum Strings {
    enum Layout {
        static let chooseOne = LocalizedText(en: "Choose one", es: "Elija una opción")
        static func page(_ page: Int, of total: Int) -> LocalizedText {
            LocalizedText(en: "Page \(page) of \(total)", es: "Página \(page) de \(total)")
        }
        static let skipToContent = LocalizedText(en: "Skip to main content", es: "Saltar al contenido principal")
        static let accountNavigation = LocalizedText(en: "Account", es: "Cuenta")
        static let signedInAs = LocalizedText(en: "Signed in as", es: "Sesión iniciada como")
        static let viewingRecordOf = LocalizedText(en: "Viewing the record of", es: "Viendo el expediente de")
        static let signOut = LocalizedText(en: "Sign out", es: "Cerrar sesión")
        static let switchRecord = LocalizedText(en: "Switch record", es: "Cambiar de expediente")
        static let account = LocalizedText(en: "Account", es: "Cuenta")
        static let home = LocalizedText(en: "Home", es: "Inicio")
        static let switchLanguage = LocalizedText(en: "Español", es: "English")
        static let switchLanguageLabel = LocalizedText(en: "Ver en español", es: "View in English")
        static let emergency = LocalizedText(
            en: "In an emergency, call 911. This portal is not for urgent medical needs.",
            es: "En una emergencia, llame al 911. Este portal no es para necesidades médicas urgentes.")
        static func idleNotice(minutes: Int) -> LocalizedText {
            LocalizedText(
                en: "For your privacy, you will be signed out after \(minutes) minutes without activity.",
                es: "Para proteger su privacidad, su sesión se cerrará después de \(minutes) minutos sin actividad.")
        }
        static let idleWarning = LocalizedText(
            en: "You will be signed out in 2 minutes because you have not been active.",
            es: "Su sesión se cerrará en 2 minutos por inactividad.")
        static let staySignedIn = LocalizedText(en: "Stay signed in", es: "Mantener la sesión")
    }

    enum Errors {
        static let title = LocalizedText(en: "Something went wrong", es: "Algo salió mal")
        static let goHome = LocalizedText(en: "Go to the home page", es: "Ir a la página de inicio")
        static let reference = LocalizedText(en: "Reference", es: "Referencia")

        static func message(for error: PortalError) -> LocalizedText {
            switch error {
            case .notFound:
                LocalizedText(en: "We could not find that page.", es: "No encontramos esa página.")
            case .badRequest:
                LocalizedText(
                    en: "Something in that request was not right. Please go back and try again.",
                    es: "Algo en esa solicitud no era correcto. Regrese e inténtelo de nuevo.")
            case .csrfRejected:
                LocalizedText(
                    en:
                        "This form has expired or did not come from this portal. Nothing was changed. Please go back, reload the page and try again.",
                    es:
                        "Este formulario venció o no vino de este portal. No se cambió nada. Regrese, vuelva a cargar la página e inténtelo de nuevo."
                )
            case .signInRequired:
                LocalizedText(en: "Please sign in to continue.", es: "Inicie sesión para continuar.")
            case .forbidden:
                LocalizedText(en: "You do not have access to this page.", es: "No tiene acceso a esta página.")
            case .payloadTooLarge:
                LocalizedText(
                    en: "What you sent is too large. Nothing was saved.",
                    es: "Lo que envió es demasiado grande. No se guardó nada.")
            case .tooManyRequests:
                LocalizedText(
                    en: "Too many attempts. Please wait a few minutes and try again.",
                    es: "Demasiados intentos. Espere unos minutos e inténtelo de nuevo.")
            case .internalFailure:
                LocalizedText(
                    en: "The portal could not finish this request. Nothing you did was lost; please try again in a moment.",
                    es: "El portal no pudo completar esta solicitud. No se perdió nada; inténtelo de nuevo en un momento.")
            }
        }
    }
}
