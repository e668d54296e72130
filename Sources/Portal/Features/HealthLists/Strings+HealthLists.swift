import PortalCore

extension Strings {
    enum HealthLists {
        static let medications = LocalizedText(en: "Medications", es: "Medicamentos")
        static let allergies = LocalizedText(en: "Allergies", es: "Alergias")
        static let immunizations = LocalizedText(en: "Immunizations", es: "Vacunas")
        static func medicationsFor(_ name: String) -> LocalizedText {
            LocalizedText(en: "Medications for \(name)", es: "Medicamentos de \(name)")
        }
        static func allergiesFor(_ name: String) -> LocalizedText {
            LocalizedText(en: "Allergies for \(name)", es: "Alergias de \(name)")
        }
        static func immunizationsFor(_ name: String) -> LocalizedText {
            LocalizedText(en: "Immunizations for \(name)", es: "Vacunas de \(name)")
        }
        static let current = LocalizedText(en: "Current", es: "Actuales")
        static let past = LocalizedText(en: "Past", es: "Anteriores")
        static let noMedications = LocalizedText(
            en: "No medications are listed in this record.", es: "No hay medicamentos en este expediente.")
        static let noAllergies = LocalizedText(
            en: "No allergies are recorded. If you know of one, tell the care team at the next visit.",
            es: "No hay alergias registradas. Si conoce alguna, dígaselo al equipo de atención en la próxima visita.")
        static let noImmunizations = LocalizedText(
            en: "No immunizations are recorded at this hospital.", es: "No hay vacunas registradas en este hospital.")
        static let dose = LocalizedText(en: "Dose", es: "Dosis")
        static let instructions = LocalizedText(en: "How to take it", es: "Cómo tomarlo")
        static let prescriber = LocalizedText(en: "Prescribed by", es: "Recetado por")
        static let started = LocalizedText(en: "Started", es: "Inicio")
        static let refills = LocalizedText(en: "Refills allowed", es: "Resurtidos permitidos")
        static let pharmacy = LocalizedText(en: "Pharmacy", es: "Farmacia")
        static func medicationStatus(_ code: String) -> LocalizedText {
            switch code {
            case "active": LocalizedText(en: "Active", es: "Activo")
            case "on-hold": LocalizedText(en: "On hold", es: "En pausa")
            case "completed": LocalizedText(en: "Finished", es: "Terminado")
            case "stopped", "cancelled": LocalizedText(en: "Stopped", es: "Suspendido")
            default: LocalizedText(en: "Not active", es: "No activo")
            }
        }
        static let kind = LocalizedText(en: "Type", es: "Tipo")
        static let reactions = LocalizedText(en: "Reactions", es: "Reacciones")
        static let severity = LocalizedText(en: "Severity", es: "Gravedad")
        static let recorded = LocalizedText(en: "Recorded", es: "Registrada")
        static let highRisk = LocalizedText(
            en: "High risk: a reaction could be life-threatening.",
            es: "Riesgo alto: una reacción podría poner en peligro la vida.")
        static func allergyType(_ code: String?) -> LocalizedText? {
            switch code {
            case "allergy": LocalizedText(en: "Allergy", es: "Alergia")
            case "intolerance": LocalizedText(en: "Intolerance", es: "Intolerancia")
            default: nil
            }
        }
        static func severityText(_ code: String) -> LocalizedText {
            switch code {
            case "mild": LocalizedText(en: "Mild", es: "Leve")
            case "moderate": LocalizedText(en: "Moderate", es: "Moderada")
            default: LocalizedText(en: "Severe", es: "Grave")
            }
        }
        static func allergyStatus(_ code: String) -> LocalizedText {
            switch code {
            case "active": LocalizedText(en: "Active", es: "Activa")
            case "resolved": LocalizedText(en: "Resolved", es: "Resuelta")
            default: LocalizedText(en: "Inactive", es: "Inactiva")
            }
        }
        static let vaccine = LocalizedText(en: "Vaccine", es: "Vacuna")
        static let dateGiven = LocalizedText(en: "Date given", es: "Fecha de aplicación")
        static let doseNumber = LocalizedText(en: "Dose", es: "Dosis")
        static let site = LocalizedText(en: "Site", es: "Lugar")
        static let lot = LocalizedText(en: "Lot", es: "Lote")
        static func doseOf(_ number: String, _ series: Int?) -> LocalizedText {
            guard let series else { return LocalizedText(en: number, es: number) }
            return LocalizedText(en: "\(number) of \(series)", es: "\(number) de \(series)")
        }
        static let notGiven = LocalizedText(en: "Not given", es: "No aplicada")
        static let printRecord = LocalizedText(
            en: "Immunization record for school (print)", es: "Registro de vacunas para la escuela (imprimir)")
        static let printSummary = LocalizedText(en: "Health summary (print)", es: "Resumen de salud (imprimir)")
        static let confidential = LocalizedText(
            en: "Confidential: only you and your care team can see this.",
            es: "Confidencial: solo usted y su equipo de atención pueden ver esto.")

        // Print views
        static let healthSummary = LocalizedText(en: "Health summary", es: "Resumen de salud")
        static let immunizationRecord = LocalizedText(en: "Immunization record", es: "Registro de vacunas")
        static let patient = LocalizedText(en: "Patient", es: "Paciente")
        static let dateOfBirth = LocalizedText(en: "Date of birth", es: "Fecha de nacimiento")
        static let printedOn = LocalizedText(en: "Printed on", es: "Impreso el")
        static let issuedBy = LocalizedText(en: "From", es: "De")
        static let printHint = LocalizedText(
            en: "Use your browser's Print command to print this page or save it as a PDF.",
            es: "Use el comando Imprimir de su navegador para imprimir esta página o guardarla como PDF.")
        static let printButton = LocalizedText(en: "Print", es: "Imprimir")
        static func recordStatement(_ hospital: String) -> LocalizedText {
            LocalizedText(
                en:
                    "This record lists the vaccines given at or reported to \(hospital), as recorded in the patient's medical record.",
                es:
                    "Este registro incluye las vacunas aplicadas en \(hospital) o informadas al hospital, según el expediente médico del paciente."
            )
        }
        static let noneActive = LocalizedText(en: "None recorded.", es: "Ninguno registrado.")
    }
}
