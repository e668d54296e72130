import PortalCore

extension StaffAccountsText {
    static let spanish = StaffAccountsText(
        title: "Cuentas del personal",
        homeLink: "Cuentas del personal: crear, cambiar y cerrar",
        intro:
            "Cada persona tiene su propia cuenta. Una cuenta nueva recibe un enlace por correo para elegir su contraseña y configura una aplicación de autenticación al iniciar sesión por primera vez. Cada cambio se guarda con su motivo y queda auditado.",
        name: "Nombre",
        email: "Correo electrónico",
        role: "Función",
        status: "Estado",
        statusText: { status in
            switch status {
            case .active: "Activa"
            case .invited: "Invitada: todavía sin contraseña"
            case .settingUp: "Debe configurar el segundo factor al iniciar sesión"
            case .closed: "Cerrada"
            }
        },
        createHeading: "Crear una cuenta del personal",
        fullName: "Nombre completo",
        mailLanguage: "Idioma de los correos de la cuenta",
        create: "Crear la cuenta y enviar la invitación",
        created: { email in "La cuenta está creada y hay una invitación en camino a \(email)." },
        nameRequired: "Escriba el nombre completo de la persona (200 caracteres como máximo).",
        emailBad: "Escriba una dirección de correo simple, como nombre@hospital.org.",
        emailTaken: "Una cuenta del personal ya usa esa dirección.",
        roleRequired: "Elija una función.",
        reason: "Motivo (se guarda con el cambio)",
        reasonColumn: "Motivo",
        reasonRequired: "Escriba por qué (500 caracteres como máximo): se guarda con el cambio.",
        roleHeading: "Función",
        changeRole: "Cambiar la función",
        ownRole: "No puede cambiar su propia función: pídalo a otro administrador.",
        ownAccount: "No puede cerrar su propia cuenta: pídalo a otro administrador.",
        lastAdministrator: "Es el último administrador activo. Primero nombre administrador a otra persona.",
        sameRole: "Esa ya es su función.",
        resetHeading: "Segundo factor",
        resetIntro:
            "Si perdió su teléfono y sus códigos de recuperación: configurará una aplicación de autenticación nueva al iniciar sesión, y todas sus sesiones terminan ahora.",
        resetButton: "Restablecer el segundo factor",
        closeHeading: "Cerrar la cuenta",
        closeIntro: "Se cierra su sesión enseguida y no puede volver a iniciarla. El historial de la cuenta se conserva.",
        closeButton: "Cerrar la cuenta",
        resendHeading: "Enlace de contraseña",
        resendIntro:
            "Para una cuenta nueva, o para quien olvidó su contraseña: un enlace para elegir contraseña, que sirve una vez durante 7 días. Uno nuevo reemplaza cualquier enlace anterior; la aplicación de autenticación ya configurada se conserva.",
        resendButton: "Enviar un enlace para elegir contraseña",
        historyHeading: "Cambios en esta cuenta",
        when: "Cuándo",
        change: "Cambio",
        by: "Por",
        describe: { kind, detail in
            switch kind {
            case .created: "Cuenta creada"
            case .invitationSent: "Invitación enviada"
            case .roleChanged: "Función cambiada" + (detail.map { ": \($0)" } ?? "")
            case .secondFactorReset: "Segundo factor restablecido"
            case .deactivated: "Cuenta cerrada"
            }
        },
        done: { kind in
            switch kind {
            case .created, .invitationSent: "Hay una invitación nueva en camino."
            case .roleChanged: "La función cambió; se aplica desde su próxima página."
            case .secondFactorReset: "El segundo factor se restableció y sus sesiones terminaron."
            case .deactivated: "La cuenta está cerrada y sus sesiones terminaron."
            }
        },
        welcomeTitle: "Le damos la bienvenida al portal del personal",
        welcomeIntro: { name in
            "Elija una contraseña para la cuenta de \(name). Después configurará una aplicación de autenticación: las cuentas del personal siempre la necesitan."
        },
        password: "Contraseña",
        savePassword: "Guardar y continuar",
        linkClosed:
            "Este enlace ya no sirve: se usó, tiene más de 7 días o la cuenta se cerró. Pida uno nuevo a un administrador.",
        passwordSaved: "Su contraseña está guardada. Inicie sesión con ella y un código de su aplicación de autenticación.",
        careTeamsLegend: "Equipos de atención cuyos mensajes responde (clínicos e Información de Salud)",
        departmentsLegend: "Departamentos cuyas solicitudes programa (programadores)",
        membershipsHint:
            "Solo se guardan los que corresponden a la función. Se pueden cambiar después en la página de cada equipo y departamento.",
        membershipsHeading: "Equipos de atención y departamentos",
        noMemberships: "Ninguno."
    )
}
