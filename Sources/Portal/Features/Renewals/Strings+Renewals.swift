import PortalCore

extension Strings {
    enum Renewals {
        static let request = LocalizedText(en: "Request a renewal", es: "Solicitar una renovación")
        static func titleFor(_ medicine: String) -> LocalizedText {
            LocalizedText(en: "Renew \(medicine)", es: "Renovar \(medicine)")
        }
        static let backToMedications = LocalizedText(en: "Medications", es: "Medicamentos")
        static func intro(_ team: String, days: Int, by date: String) -> LocalizedText {
            LocalizedText(
                en:
                    "The request goes to \(team), who answer within \(days) business days (by \(date)). If your child will run out sooner, call the pharmacy or the clinic.",
                es:
                    "La solicitud va a \(team), que responde en \(days) días hábiles (antes del \(date)). Si el medicamento se acaba antes, llame a la farmacia o a la clínica."
            )
        }
        static let pharmacy = LocalizedText(en: "Pharmacy", es: "Farmacia")
        static let otherPharmacy = LocalizedText(en: "Another pharmacy", es: "Otra farmacia")
        static let newPharmacy = LocalizedText(
            en: "Another pharmacy: name and address", es: "Otra farmacia: nombre y dirección")
        static let newPharmacyHint = LocalizedText(
            en: "Only if you chose Another pharmacy. Up to 200 characters.",
            es: "Solo si eligió Otra farmacia. Hasta 200 caracteres.")
        static let daysLeft = LocalizedText(en: "Days of medicine left", es: "Días de medicamento que quedan")
        static let daysLeftHint = LocalizedText(
            en: "About how many days it will last, from 0 to 90.", es: "Más o menos cuántos días le durará, de 0 a 90.")
        static let comment = LocalizedText(en: "Comment (optional)", es: "Comentario (opcional)")
        static let commentHint = LocalizedText(en: "Up to 500 characters.", es: "Hasta 500 caracteres.")
        static let send = LocalizedText(en: "Send renewal request", es: "Enviar solicitud de renovación")
        static let sent = LocalizedText(
            en: "Your renewal request was sent to the care team.",
            es: "Su solicitud de renovación se envió al equipo de atención.")

        // Why not
        static let notActive = LocalizedText(
            en:
                "This medicine is no longer active, so there is nothing to renew. Write to the care team if your child still needs it.",
            es:
                "Este medicamento ya no está activo, así que no hay nada que renovar. Escriba al equipo de atención si su hijo o hija aún lo necesita."
        )
        static let notRenewableHere = LocalizedText(
            en:
                "The hospital renews this medicine only after talking with you, so it cannot be requested here. Send the care team a message instead.",
            es:
                "El hospital renueva este medicamento solo después de hablar con usted, así que no se puede pedir aquí. Envíe un mensaje al equipo de atención."
        )
        static let alreadyRequested = LocalizedText(
            en: "A renewal of this medicine was already requested and is waiting for the care team.",
            es: "Ya se pidió la renovación de este medicamento y está en espera del equipo de atención.")
        static let noCareTeam = LocalizedText(
            en: "No care team can take renewals for this patient in the portal yet. Please call the clinic.",
            es: "Todavía ningún equipo de atención recibe renovaciones de este paciente en el portal. Llame a la clínica.")
        static let seeRequest = LocalizedText(en: "See the request", es: "Ver la solicitud")
        static let writeMessage = LocalizedText(en: "Write to the care team", es: "Escribir al equipo de atención")

        // Problems
        static let choosePharmacy = LocalizedText(en: "Choose a pharmacy.", es: "Elija una farmacia.")
        static let pharmacyNeeded = LocalizedText(
            en: "Write the other pharmacy's name and address.", es: "Escriba el nombre y la dirección de la otra farmacia.")
        static let pharmacyTooLong = LocalizedText(
            en: "Keep the pharmacy under 200 characters.", es: "Use menos de 200 caracteres para la farmacia.")
        static let daysInvalid = LocalizedText(
            en: "Enter a number of days from 0 to 90.", es: "Escriba un número de días de 0 a 90.")
        static let commentTooLong = LocalizedText(
            en: "The comment is longer than 500 characters.", es: "El comentario tiene más de 500 caracteres.")

        // Status
        static func status(_ status: RenewalRequest.Status) -> LocalizedText {
            switch status {
            case .open: LocalizedText(en: "Renewal requested: waiting for the care team", es: "Renovación solicitada: en espera")
            case .approved: LocalizedText(en: "Renewal approved", es: "Renovación aprobada")
            case .denied: LocalizedText(en: "Renewal not approved", es: "Renovación no aprobada")
            case .needsVisit: LocalizedText(en: "A visit is needed first", es: "Primero se necesita una visita")
            }
        }
        static func approvedWith(_ refills: Int, pharmacy: String) -> LocalizedText {
            refills == 1
                ? LocalizedText(
                    en: "Approved with 1 refill, sent to \(pharmacy).", es: "Aprobada con 1 resurtido, enviada a \(pharmacy).")
                : LocalizedText(
                    en: "Approved with \(refills) refills, sent to \(pharmacy).",
                    es: "Aprobada con \(refills) resurtidos, enviada a \(pharmacy).")
        }
        static let needsVisitIntro = LocalizedText(
            en: "The clinician would like to see your child before renewing. Request an appointment or call the clinic.",
            es: "El profesional quiere ver a su hijo o hija antes de renovar. Solicite una cita o llame a la clínica.")
        static let requestAppointment = LocalizedText(en: "Request an appointment", es: "Solicitar una cita")
        static let requestTitle = LocalizedText(en: "Renewal request", es: "Solicitud de renovación")
        static let medicine = LocalizedText(en: "Medicine", es: "Medicamento")
        static let sentOn = LocalizedText(en: "Sent", es: "Enviada")
        static let noteFromTeam = LocalizedText(en: "Note from the care team", es: "Nota del equipo de atención")

        // Staff
        static func waitingCount(_ count: Int) -> LocalizedText {
            count == 1
                ? LocalizedText(en: "1 renewal request", es: "1 solicitud de renovación")
                : LocalizedText(en: "\(count) renewal requests", es: "\(count) solicitudes de renovación")
        }
        static let queueHeading = LocalizedText(en: "Renewal requests", es: "Solicitudes de renovación")
        static let noneWaiting = LocalizedText(en: "No renewal is waiting.", es: "No hay renovaciones en espera.")
        static let requestedBy = LocalizedText(en: "Requested by", es: "Solicitada por")
        static let currentRefills = LocalizedText(en: "Refills on the current order", es: "Resurtidos de la orden actual")
        static let approve = LocalizedText(en: "Approve", es: "Aprobar")
        static let refills = LocalizedText(en: "Refills", es: "Resurtidos")
        static let refillsHint = LocalizedText(en: "From 0 to 11.", es: "De 0 a 11.")
        static let deny = LocalizedText(en: "Deny", es: "Rechazar")
        static let needsVisit = LocalizedText(en: "Needs a visit", es: "Necesita una visita")
        static let noteForFamily = LocalizedText(en: "Note for the family", es: "Nota para la familia")
        static func noteHint(required: Bool) -> LocalizedText {
            required
                ? LocalizedText(en: "The family reads this. Required.", es: "La familia lo lee. Obligatoria.")
                : LocalizedText(en: "The family reads this. Optional.", es: "La familia lo lee. Opcional.")
        }
        static let commentLabel = LocalizedText(en: "Comment", es: "Comentario")
        static let refillsInvalid = LocalizedText(
            en: "Choose between 0 and 11 refills.", es: "Elija entre 0 y 11 resurtidos.")
        static let noteNeeded = LocalizedText(
            en: "Write the reason the family will read.", es: "Escriba el motivo que leerá la familia.")
        static let alreadyDecided = LocalizedText(
            en: "This renewal was already decided.", es: "Esta renovación ya fue decidida.")
        static let decided = LocalizedText(en: "Done. The family was told.", es: "Listo. Se avisó a la familia.")
    }
}
