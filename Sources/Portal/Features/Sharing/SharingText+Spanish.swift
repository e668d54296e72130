import PortalCore

extension SharingText {
    static let spanish = SharingText(
        title: "Compartir con una escuela o un campamento",
        titleFor: { name in "Compartir los registros de \(name) con una escuela o un campamento" },
        explanation:
            "Cree un código para la enfermera de la escuela, un campamento o un entrenador. Con el código y la fecha de nacimiento pueden ver e imprimir un registro, solo para lectura, hasta que el código termine. Nunca se comparte nada confidencial. Aquí verá cada uso y puede detener un código en cualquier momento.",
        teenDecides: { name in
            "\(name) decide qué se comparte de su expediente. Puede crear un código desde su propia cuenta."
        },
        newCode: "Crear un código nuevo",
        whatToShare: "Qué compartir",
        kindName: { kind in
            switch kind {
            case .immunizations: "Registro de vacunas"
            case .healthSummary: "Resumen de salud"
            }
        },
        kindHint: { kind in
            switch kind {
            case .immunizations: "Las vacunas aplicadas, con sus fechas: lo que piden las escuelas."
            case .healthSummary: "Alergias, medicamentos actuales y vacunas: lo que necesita la enfermera de un campamento."
            }
        },
        validFor: "Válido por",
        validUntil: "Válido hasta",
        days: { count in count == 1 ? "1 día" : "\(count) días" },
        note: "¿Para quién es? (opcional)",
        noteHint: "Por ejemplo \"Escuela Lincoln\". Solo su familia lo ve.",
        create: "Crear el código",
        chooseKind: "Elija qué compartir.",
        noteTooLong: "La nota debe tener menos de 80 caracteres.",
        tooManyActive: { limit in
            "Ya hay \(limit) códigos en uso para este expediente. Detenga uno antes de crear otro."
        },
        alreadyMade:
            "Este formulario ya creó un código, que se mostró una sola vez al crearlo; aparece abajo. Si no lo anotó, deténgalo y cree otro.",
        yourCodes: "Códigos",
        noCodes: "Todavía no hay códigos.",
        codeEnding: { ending in "Código que termina en \(ending)" },
        activeUntil: { moment in "En uso hasta el \(moment)" },
        expiredOn: { moment in "Terminó el \(moment)" },
        revokedOn: { moment in "Detenido el \(moment)" },
        lockedOn: { moment in "Bloqueado el \(moment) por demasiadas fechas de nacimiento incorrectas" },
        madeBy: { name in "Creado por \(name)" },
        madeOn: { moment in "Creado el \(moment)" },
        notUsed: "Todavía no se ha usado.",
        usesCaption: "Cada vez que se intentó usar el código",
        when: "Cuándo",
        browser: "Navegador",
        outcome: "Resultado",
        outcomeText: { outcome in
            switch outcome {
            case "viewed": "Registro consultado"
            case "wrong_birth_date": "Fecha de nacimiento incorrecta"
            case "locked": "Rechazado: el código está bloqueado"
            default: "Rechazado: el código ya no abre el registro"
            }
        },
        revokeLabel: { ending in "Detener el código que termina en \(ending)" },
        unknownBrowser: "Navegador desconocido",
        codeCreated: "Su código",
        giveThis: { name, address in
            "Dé este código y la fecha de nacimiento de \(name) a la enfermera de la escuela. Debe ingresar ambos en \(address)."
        },
        shownOnce: "Anote el código o imprima esta página ahora: por su seguridad no se vuelve a mostrar.",
        backToCodes: "Volver a los códigos",
        openTitle: "Abrir un registro compartido",
        openExplanation: { hospital in
            "Una familia le dio un código para ver un registro de \(hospital). Ingréselo con la fecha de nacimiento del paciente."
        },
        codeLabel: "Código",
        codeHint: "12 letras y números, por ejemplo ABCD-EFGH-JKMN.",
        birthDateLabel: "Fecha de nacimiento del paciente",
        open: "Abrir el registro",
        codeUnreadable: "Ingrese las 12 letras y números del código.",
        birthDateUnreadable: "Ingrese la fecha de nacimiento.",
        noMatch: "Ese código y esa fecha de nacimiento no abren ningún registro. Verifique ambos con la familia.",
        wrongBirthDate: { left in
            left == 1
                ? "La fecha de nacimiento no coincide. Un intento incorrecto más bloquea el código."
                : "La fecha de nacimiento no coincide. \(left) intentos incorrectos más bloquean el código."
        },
        codeLocked:
            "Este código está bloqueado por demasiadas fechas de nacimiento incorrectas. Pida un código nuevo a la familia.",
        codeClosed: "Este código ya no abre ningún registro. Pida uno nuevo a la familia.",
        tooManyTries: { minutes in "Demasiados intentos desde esta red. Inténtelo de nuevo en \(minutes) minutos." },
        sharedNotice: { ending, until in
            "Compartido por la familia con el código que termina en \(ending), hasta el \(until). Solo lectura; imprímalo si necesita una copia."
        },
        openAnother: "Abrir otro código",
        signInLink: "¿Tiene un código de una familia? Abra un registro compartido")
}
