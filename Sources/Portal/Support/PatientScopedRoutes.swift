import Foundation
import PortalCore
import Vapor

/// Every route that shows or changes one patient's information, in one list. Each is
/// registered through `patientScoped`, which sends it through the access policy's door
/// before the handler runs; a test walks this list with another family's patient, and a
/// second test fails when a route names a patient without being listed here.
enum PatientScopedRoutes {
    struct Route: Sendable, Hashable {
        let method: HTTPMethod
        let pattern: String
        /// Staff roles the route is for; nil when anyone the policy lets see the patient may use it.
        var staffRoles: Set<StaffRole>? = nil

        /// The route with a concrete patient id and any other parameters it names, for tests.
        func path(for patientID: UUID, with parameters: [String: UUID] = [:]) -> String {
            parameters.merging([Paths.patientParameter: patientID]) { _, patient in patient }
                .reduce(pattern) { path, parameter in
                    path.replacingOccurrences(of: ":\(parameter.key)", with: parameter.value.uuidString.lowercased())
                }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(method.rawValue)
            hasher.combine(pattern)
        }

        static func == (lhs: Route, rhs: Route) -> Bool { lhs.method == rhs.method && lhs.pattern == rhs.pattern }
    }

    static let summary = Route(method: .GET, pattern: Paths.patientPattern)
    static let documents = Route(method: .GET, pattern: Paths.patientDocumentsPattern)
    static let document = Route(method: .GET, pattern: Paths.patientDocumentPattern)

    static let documentFile = Route(method: .GET, pattern: Paths.patientDocumentFilePattern)
    static let results = Route(method: .GET, pattern: Paths.patientResultsPattern)
    static let result = Route(method: .GET, pattern: Paths.patientResultPattern)
    static let imaging = Route(method: .GET, pattern: Paths.patientImagingPattern)
    static let imagingReport = Route(method: .GET, pattern: Paths.patientImagingReportPattern)
    static let medications = Route(method: .GET, pattern: Paths.patientMedicationsPattern)
    static let allergies = Route(method: .GET, pattern: Paths.patientAllergiesPattern)
    static let immunizations = Route(method: .GET, pattern: Paths.patientImmunizationsPattern)
    static let immunizationRecord = Route(method: .GET, pattern: Paths.patientImmunizationRecordPattern)
    static let healthSummary = Route(method: .GET, pattern: Paths.patientHealthSummaryPattern)
    static let restrict = Route(method: .POST, pattern: Paths.patientRestrictionsPattern, staffRoles: [.clinician])

    static let accessOverview = Route(method: .GET, pattern: Paths.patientAccessPattern)

    static let threads = Route(method: .GET, pattern: Paths.patientMessagesPattern)
    static let compose = Route(method: .GET, pattern: Paths.patientComposePattern)
    static let startThread = Route(method: .POST, pattern: Paths.patientMessagesPattern)
    static let thread = Route(method: .GET, pattern: Paths.patientThreadPattern)
    static let reply = Route(method: .POST, pattern: Paths.patientThreadRepliesPattern)
    static let attachment = Route(method: .GET, pattern: Paths.patientThreadAttachmentPattern)
    static let threadAction = Route(
        method: .POST, pattern: Paths.patientThreadActionsPattern, staffRoles: [.clinician, .him])

    static let appointments = Route(method: .GET, pattern: Paths.patientAppointmentsPattern)
    static let appointment = Route(method: .GET, pattern: Paths.patientAppointmentPattern)
    static let appointmentCalendar = Route(method: .GET, pattern: Paths.patientAppointmentCalendarPattern)
    static let cancelAppointment = Route(method: .POST, pattern: Paths.patientAppointmentCancelPattern)
    static let requestInterpreter = Route(method: .POST, pattern: Paths.patientAppointmentInterpreterPattern)
    static let joinVideo = Route(method: .GET, pattern: Paths.patientAppointmentJoinPattern)
    static let inviteGuest = Route(method: .POST, pattern: Paths.patientAppointmentGuestsPattern)
    static let revokeGuest = Route(method: .POST, pattern: Paths.patientAppointmentGuestRevokePattern)
    static let newSchedulingRequest = Route(method: .GET, pattern: Paths.patientNewSchedulingRequestPattern)
    static let createSchedulingRequest = Route(method: .POST, pattern: Paths.patientSchedulingRequestsPattern)
    static let schedulingRequest = Route(method: .GET, pattern: Paths.patientSchedulingRequestPattern)
    static let withdrawSchedulingRequest = Route(method: .POST, pattern: Paths.patientSchedulingRequestWithdrawPattern)
    static let schedulingChoice = Route(method: .POST, pattern: Paths.patientSchedulingRequestChoicePattern)
    static let staffSchedulingRequest = Route(
        method: .GET, pattern: Paths.staffSchedulingRequestPattern, staffRoles: [.scheduler])
    static let staffSchedulingAnswer = Route(
        method: .POST, pattern: Paths.staffSchedulingAnswerPattern, staffRoles: [.scheduler])

    static let renewalForm = Route(method: .GET, pattern: Paths.patientMedicationRenewalPattern)
    static let requestRenewal = Route(method: .POST, pattern: Paths.patientMedicationRenewalPattern)
    static let renewal = Route(method: .GET, pattern: Paths.patientRenewalPattern)
    static let staffRenewal = Route(method: .GET, pattern: Paths.staffRenewalPattern, staffRoles: [.clinician])
    static let staffRenewalDecision = Route(
        method: .POST, pattern: Paths.staffRenewalDecisionPattern, staffRoles: [.clinician])

    static let backOfficePatient = Route(method: .GET, pattern: Paths.staffPatientPattern, staffRoles: [.him])
    static let addSpecialCircumstance = Route(method: .POST, pattern: Paths.staffPatientGrantsPattern, staffRoles: [.him])
    static let revokeGrant = Route(method: .POST, pattern: Paths.staffGrantRevokePattern, staffRoles: [.him])
    static let grantDocument = Route(method: .GET, pattern: Paths.staffGrantDocumentPattern, staffRoles: [.him])
    static let setCareTeams = Route(method: .POST, pattern: Paths.staffPatientCareTeamsPattern, staffRoles: [.him])
    static let sendInvitation = Route(method: .POST, pattern: Paths.staffPatientInvitationsPattern, staffRoles: [.him])

    static let all: [Route] = [
        summary, documents, document, documentFile, results, result, imaging, imagingReport, medications, allergies,
        immunizations, immunizationRecord, healthSummary, restrict, accessOverview, threads, compose, startThread, thread,
        reply, attachment, threadAction, backOfficePatient, addSpecialCircumstance,
        revokeGrant, grantDocument,
        sendInvitation, setCareTeams, appointments, appointment, appointmentCalendar, cancelAppointment, requestInterpreter,
        joinVideo,
        inviteGuest, revokeGuest, newSchedulingRequest, createSchedulingRequest, schedulingRequest, schedulingChoice,
        withdrawSchedulingRequest,
        staffSchedulingRequest, staffSchedulingAnswer, renewalForm, requestRenewal, renewal, staffRenewal,
        staffRenewalDecision,
    ]
}

extension RoutesBuilder {
    /// Registers a patient-scoped route: the handler receives the patient only after the
    /// policy has allowed it (and the attempt is audited); otherwise the answer is 404.
    func patientScoped(
        _ route: PatientScopedRoutes.Route, action: AuditEntry.Action = .patientView,
        use handler: @escaping @Sendable (Request, AuthorizedPatient) async throws -> Response
    ) {
        precondition(PatientScopedRoutes.all.contains(route), "\(route.pattern) is missing from PatientScopedRoutes.all")
        // Only forms that take uploads get room for them; every other route keeps the small default.
        let body: HTTPBodyStreamStrategy = Uploads.limit(for: route.pattern).map { .collect(maxSize: $0) } ?? .collect
        on(route.method, route.pattern.routeComponents, body: body) { req in
            _ = try req.requireSignedInAnyone()
            // A malformed id is just another patient that does not exist.
            guard let text = req.parameters.get(Paths.patientParameter), let id = UUID(uuidString: text) else {
                throw PortalError.notFound
            }
            return try await handler(req, try await req.authorizedPatient(id, action: action, onlyFor: route.staffRoles))
        }
    }
}
