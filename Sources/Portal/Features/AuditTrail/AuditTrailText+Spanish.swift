import PortalCore

extension AuditTrailText {
    static let spanish = AuditTrailText(
        title: "Registro de auditoría",
        intro:
            "Cada inicio de sesión y cada acceso a información de pacientes, del más reciente al más antiguo. Las entradas no se pueden cambiar, y cada una está encadenada a la anterior para que cualquier cambio se detecte.",
        filter: "Filtrar",
        action: "Acción",
        anyAction: "Cualquier acción",
        outcome: "Resultado",
        anyOutcome: "Cualquier resultado",
        patient: "Número de expediente del paciente",
        day: "Día",
        number: "N.º",
        time: "Hora",
        who: "Quién",
        from: "Desde",
        older: "Entradas anteriores",
        none: "Ninguna entrada coincide.",
        badFilter:
            "Algunos filtros no se entendieron y se ignoraron: use un número de expediente como MRN100001 y un día como 2026-11-24."
    )
}
