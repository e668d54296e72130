import PortalCore

extension Strings {
    enum Scheduling {
        static let requestsHeading = LocalizedText(en: "Appointment requests", es: "Solicitudes de cita")
        static let newRequest = LocalizedText(en: "Request an appointment", es: "Solicitar una cita")
        static func newRequestFor(_ name: String) -> LocalizedText {
            LocalizedText(en: "Request an appointment for \(name)", es: "Solicitar una cita para \(name)")
        }
        static func requestTo(_ department: String) -> LocalizedText {
            LocalizedText(en: "Request to \(department)", es: "Solicitud a \(department)")
        }
        static func sentOn(_ when: String) -> LocalizedText { LocalizedText(en: "Sent \(when)", es: "Enviada: \(when)") }
        static func status(_ status: SchedulingRequest.Status) -> LocalizedText {
            switch status {
            case .open: LocalizedText(en: "Waiting for the scheduling team", es: "En espera del equipo de citas")
            case .booked: LocalizedText(en: "Booked", es: "Programada")
            case .alternativesOffered: LocalizedText(en: "Times offered: choose one", es: "Horarios ofrecidos: elija uno")
            case .declined: LocalizedText(en: "Declined", es: "Rechazada")
            case .withdrawn: LocalizedText(en: "Withdrawn", es: "Retirada")
            }
        }
        static let formIntro = LocalizedText(
            en:
                "The scheduling team calls or writes back with a time. For an urgent problem, call the department; in an emergency, call 911.",
            es:
                "El equipo de citas le llamará o escribirá con un horario. Para un problema urgente, llame al departamento; en una emergencia, llame al 911."
        )
        static let department = LocalizedText(en: "Department", es: "Departamento")
        static func answersWithin(_ days: Int) -> LocalizedText {
            days == 1
                ? LocalizedText(en: "answers within 1 business day", es: "responde en 1 día hábil")
                : LocalizedText(en: "answers within \(days) business days", es: "responde en \(days) días hábiles")
        }
        static let noDepartments = LocalizedText(
            en: "No department takes appointment requests in the portal for this patient. Please call the hospital.",
            es: "Ningún departamento recibe solicitudes de cita en el portal para este paciente. Llame al hospital.")
        static let reason = LocalizedText(en: "Reason for the visit", es: "Motivo de la visita")
        static let somethingElse = LocalizedText(en: "Something else", es: "Otro motivo")
        static let details = LocalizedText(en: "Tell us more", es: "Cuéntenos más")
        static let detailsHint = LocalizedText(
            en: "Optional unless you chose Something else. Up to 1,000 characters.",
            es: "Opcional, salvo si eligió Otro motivo. Hasta 1.000 caracteres.")
        static let preferredDays = LocalizedText(en: "Days that suit you", es: "Días que le convienen")
        static let preferredDaysHint = LocalizedText(
            en: "Up to five days, from tomorrow to 90 days ahead. Leave empty if any day works.",
            es: "Hasta cinco días, desde mañana hasta dentro de 90 días. Déjelo vacío si cualquier día le sirve.")
        static func dayLabel(_ number: Int) -> LocalizedText {
            LocalizedText(en: "Day \(number)", es: "Día \(number)")
        }
        static let timesOfDay = LocalizedText(en: "Times of day that suit you", es: "Horas del día que le convienen")
        static let timesOfDayHint = LocalizedText(
            en: "Leave all unticked if any time works.", es: "No marque ninguna si cualquier hora le sirve.")
        static func timeOfDay(_ time: TimeOfDay) -> LocalizedText {
            switch time {
            case .morning: LocalizedText(en: "Morning (before noon)", es: "Mañana (antes del mediodía)")
            case .afternoon: LocalizedText(en: "Afternoon (noon to 5 PM)", es: "Tarde (del mediodía a las 5 p. m.)")
            case .evening: LocalizedText(en: "Evening (after 5 PM)", es: "Noche (después de las 5 p. m.)")
            }
        }
        static let visitMode = LocalizedText(en: "In person or video", es: "En persona o por video")
        static func mode(_ mode: SchedulingRequest.VisitMode) -> LocalizedText {
            switch mode {
            case .inPerson: LocalizedText(en: "In person", es: "En persona")
            case .video: LocalizedText(en: "Video visit", es: "Visita por video")
            case .either: LocalizedText(en: "Either", es: "Cualquiera")
            }
        }
        static let phone = LocalizedText(en: "Phone number for a call back", es: "Teléfono para devolverle la llamada")
        static let phoneHint = LocalizedText(
            en: "Digits, spaces, dashes and parentheses; 10 to 15 digits.",
            es: "Dígitos, espacios, guiones y paréntesis; de 10 a 15 dígitos.")
        static let interpreter = LocalizedText(en: "Interpreter", es: "Intérprete")
        static let interpreterHint = LocalizedText(
            en: "If you would like an interpreter at the visit, write the language. Free of charge.",
            es: "Si desea un intérprete en la visita, escriba el idioma. Es gratuito.")
        static let send = LocalizedText(en: "Send request", es: "Enviar solicitud")
        static let fixProblems = LocalizedText(
            en: "Some answers need a change. Each one is marked below.",
            es: "Algunas respuestas necesitan un cambio. Cada una está marcada abajo.")
        static let sent = LocalizedText(
            en: "Your request was sent to the scheduling team.", es: "Su solicitud se envió al equipo de citas.")

        // Problems
        static let chooseDepartment = LocalizedText(en: "Choose a department.", es: "Elija un departamento.")
        static let departmentTakesNoRequests = LocalizedText(
            en: "That department does not take requests in the portal. Please call it.",
            es: "Ese departamento no recibe solicitudes en el portal. Llame por teléfono.")
        static let chooseReason = LocalizedText(
            en: "Choose a reason, or choose Something else and tell us more.",
            es: "Elija un motivo, o elija Otro motivo y cuéntenos más.")
        static let detailsNeeded = LocalizedText(
            en: "Tell us in a few words what the visit is for.", es: "Cuéntenos en pocas palabras para qué es la visita.")
        static let detailsTooLong = LocalizedText(
            en: "The details are longer than 1,000 characters.", es: "Los detalles tienen más de 1.000 caracteres.")
        static func dayProblem(_ problem: PreferredDays.Problem) -> LocalizedText {
            switch problem {
            case .notADate(let text):
                LocalizedText(en: "\"\(text)\" is not a date.", es: "\"\(text)\" no es una fecha.")
            case .notInFuture(let day):
                LocalizedText(
                    en: "\(DateText.long(day, language: .english)) is not after today. Choose days from tomorrow on.",
                    es: "El \(DateText.long(day, language: .spanish)) no es posterior a hoy. Elija días a partir de mañana.")
            case .tooFarAhead(let day):
                LocalizedText(
                    en: "\(DateText.long(day, language: .english)) is more than 90 days ahead.",
                    es: "El \(DateText.long(day, language: .spanish)) está a más de 90 días.")
            case .tooMany:
                LocalizedText(en: "Choose at most five days.", es: "Elija como máximo cinco días.")
            }
        }
        static let chooseMode = LocalizedText(
            en: "Choose in person, video, or either.", es: "Elija en persona, por video o cualquiera.")
        static let phoneInvalid = LocalizedText(
            en: "Enter a phone number with 10 to 15 digits.", es: "Escriba un teléfono de 10 a 15 dígitos.")
        static let interpreterTooLong = LocalizedText(
            en: "Write the language in at most 40 characters.", es: "Escriba el idioma en 40 caracteres como máximo.")

        // The request's page
        static let requestTitle = LocalizedText(en: "Appointment request", es: "Solicitud de cita")
        static let backToAppointments = LocalizedText(en: "Appointments", es: "Citas")
        static let whatYouAsked = LocalizedText(en: "What you asked for", es: "Lo que pidió")
        static let anyDay = LocalizedText(en: "Any day", es: "Cualquier día")
        static let anyTime = LocalizedText(en: "Any time", es: "Cualquier hora")
        static func expectAnswer(by date: String) -> LocalizedText {
            LocalizedText(
                en: "Expect an answer by \(date). The team may call you.",
                es: "Espere una respuesta antes del \(date). El equipo puede llamarle.")
        }
        static let bookedIntro = LocalizedText(en: "Your appointment is booked.", es: "Su cita está programada.")
        static let seeAppointment = LocalizedText(en: "See the appointment", es: "Ver la cita")
        static let offeredIntro = LocalizedText(
            en: "The scheduling team offers these times. Choose one and it is booked at once.",
            es: "El equipo de citas le ofrece estos horarios. Elija uno y quedará programado enseguida.")
        static let noneWork = LocalizedText(
            en: "None of these times work: ask for others", es: "Ninguno de estos horarios me sirve: pedir otros")
        static let choose = LocalizedText(en: "Confirm my choice", es: "Confirmar mi elección")
        static let chooseOneTime = LocalizedText(en: "Choose one of the times.", es: "Elija uno de los horarios.")
        static let slotGone = LocalizedText(
            en: "That time has passed. Choose another, or ask for other times.",
            es: "Ese horario ya pasó. Elija otro o pida otros horarios.")
        static let declinedIntro = LocalizedText(
            en: "The scheduling team could not book this request.", es: "El equipo de citas no pudo programar esta solicitud.")
        static let noteFromTeam = LocalizedText(en: "Note from the scheduling team", es: "Nota del equipo de citas")
        static let withdraw = LocalizedText(en: "Withdraw this request", es: "Retirar esta solicitud")
        static let withdrawHint = LocalizedText(
            en: "If you no longer need this appointment, let the scheduling team know.",
            es: "Si ya no necesita esta cita, avise al equipo de citas.")
        static let withdrawn = LocalizedText(en: "You withdrew this request.", es: "Usted retiró esta solicitud.")
        static let alreadyAnswered = LocalizedText(
            en: "This request was already answered; here is where it stands.",
            es: "Esta solicitud ya fue respondida; así está ahora.")
    }
}
