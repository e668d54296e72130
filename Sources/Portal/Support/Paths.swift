import Foundation
import Vapor

/// Every route's path in one place: routes register through these and pages link
/// through them, so a link cannot drift from its route.
enum Paths {
    static let home = "/"
    static let signIn = "/sign-in"
    static let signInCode = "/sign-in/code"
    static let staffSignIn = "/staff/sign-in"
    static let staffHome = "/staff"
    static let secondFactorSetup = "/account/second-factor"
    static let signOut = "/sign-out"
    static let signOutEverywhere = "/account/sign-out-everywhere"
    static let account = "/account"
    static let changePassword = "/account/password"
    static let accountActivity = "/account/activity"
    static let resultDelay = "/account/result-delay"
    static let accountReport = "/account/activity/report"
    static let language = "/language"
    static let keepAlive = "/session/keep-alive"
    static let auditTrail = "/staff/audit"
    static let stylesheet = "/assets/portal.css"
    static let script = "/assets/portal.js"
    static let healthLive = "/health/live"
    static let healthReady = "/health/ready"
    static let devMailbox = "/dev/mailbox"
    /// Where the EHR's interface engine posts FHIR bundles.
    static let fhirImport = "/import/fhir"
    static let enroll = "/enroll"
    static let enrollReceived = "/enroll/received"
    static let staffEnrollment = "/staff/enrollment"
    static let staffMail = "/staff/mail"
    static let staffMembers = "/staff/members"
    static let memberParameter = "memberID"
    static let staffMemberPattern = "\(staffMembers)/:\(memberParameter)"
    static func staffMember(_ id: UUID) -> String { "\(staffMembers)/\(id.uuidString.lowercased())" }
    static let requestParameter = "requestID"
    static let staffEnrollmentRequestPattern = "\(staffEnrollment)/:\(requestParameter)"
    static func staffEnrollmentRequest(_ id: UUID) -> String { "\(staffEnrollment)/\(id.uuidString.lowercased())" }

    static let patientParameter = "patientID"
    static let patientPattern = "/patients/:\(patientParameter)"
    static func patient(_ id: UUID) -> String { "/patients/\(id.uuidString.lowercased())" }
    static let patientAccessPattern = "\(patientPattern)/access"
    static func patientAccess(_ id: UUID) -> String { "\(patient(id))/access" }
    static let staffPatients = "/staff/patients"
    static let staffRecords = "/staff/records"
    static let grantParameter = "grantID"
    static let staffPatientPattern = "\(staffPatients)/:\(patientParameter)"
    static let staffPatientGrantsPattern = "\(staffPatientPattern)/grants"
    static let staffGrantRevokePattern = "\(staffPatientGrantsPattern)/:\(grantParameter)/revoke"
    static let staffGrantDocumentPattern = "\(staffPatientGrantsPattern)/:\(grantParameter)/document"
    static func staffPatient(_ id: UUID) -> String { "\(staffPatients)/\(id.uuidString.lowercased())" }
    static func staffPatientGrants(_ id: UUID) -> String { "\(staffPatient(id))/grants" }
    static func staffGrantRevoke(_ id: UUID, _ grantID: UUID) -> String {
        "\(staffPatientGrants(id))/\(grantID.uuidString.lowercased())/revoke"
    }
    static func staffGrantDocument(_ id: UUID, _ grantID: UUID) -> String {
        "\(staffPatientGrants(id))/\(grantID.uuidString.lowercased())/document"
    }
    static let staffPatientCareTeamsPattern = "\(staffPatientPattern)/care-teams"
    static func staffPatientCareTeams(_ id: UUID) -> String { "\(staffPatient(id))/care-teams" }
    static let staffPatientInvitationsPattern = "\(staffPatientPattern)/invitations"
    static func staffPatientInvitations(_ id: UUID) -> String { "\(staffPatient(id))/invitations" }
    static let tokenParameter = "token"
    static let activatePattern = "/activate/:\(tokenParameter)"
    static let activateVerifyPattern = "\(activatePattern)/verify"
    static let activateAccountPattern = "\(activatePattern)/account"
    static func activate(_ token: String) -> String { "/activate/\(token)" }
    static let documentParameter = "documentID"
    static let patientDocumentsPattern = "\(patientPattern)/documents"
    static let patientDocumentPattern = "\(patientDocumentsPattern)/:\(documentParameter)"
    static func patientDocuments(_ id: UUID) -> String { "\(patient(id))/documents" }
    static func patientDocument(_ id: UUID, _ documentID: UUID) -> String {
        "\(patientDocuments(id))/\(documentID.uuidString.lowercased())"
    }

    static let itemParameter = "itemID"
    static let patientResultsPattern = "\(patientPattern)/results"
    static let patientResultPattern = "\(patientResultsPattern)/:\(itemParameter)"
    static func patientResults(_ id: UUID, page: Int = 1) -> String {
        page > 1 ? "\(patient(id))/results?page=\(page)" : "\(patient(id))/results"
    }
    static func patientResult(_ id: UUID, _ resultID: UUID, years: Int? = nil) -> String {
        let path = "\(patientResults(id))/\(resultID.uuidString.lowercased())"
        return years.map { "\(path)?years=\($0)" } ?? path
    }
    static let patientImagingPattern = "\(patientPattern)/imaging"
    static let patientImagingReportPattern = "\(patientImagingPattern)/:\(itemParameter)"
    static func patientImaging(_ id: UUID) -> String { "\(patient(id))/imaging" }
    static func patientImagingReport(_ id: UUID, _ reportID: UUID) -> String {
        "\(patientImaging(id))/\(reportID.uuidString.lowercased())"
    }
    static let patientMedicationsPattern = "\(patientPattern)/medications"
    static func patientMedications(_ id: UUID) -> String { "\(patient(id))/medications" }
    static let patientAllergiesPattern = "\(patientPattern)/allergies"
    static func patientAllergies(_ id: UUID) -> String { "\(patient(id))/allergies" }
    static let patientImmunizationsPattern = "\(patientPattern)/immunizations"
    static func patientImmunizations(_ id: UUID) -> String { "\(patient(id))/immunizations" }
    static let patientImmunizationRecordPattern = "\(patientImmunizationsPattern)/record"
    static func patientImmunizationRecord(_ id: UUID) -> String { "\(patientImmunizations(id))/record" }
    static let patientHealthSummaryPattern = "\(patientPattern)/health-summary"
    static func patientHealthSummary(_ id: UUID) -> String { "\(patient(id))/health-summary" }
    static let patientDocumentFilePattern = "\(patientDocumentPattern)/file"
    static func patientDocumentFile(_ id: UUID, _ documentID: UUID) -> String { "\(patientDocument(id, documentID))/file" }
    /// A clinician restricts an item, or lifts the restriction.
    static let patientRestrictionsPattern = "\(patientPattern)/restrictions"
    static func patientRestrictions(_ id: UUID) -> String { "\(patient(id))/restrictions" }

    /// Secure messaging: a member's inbox over all their patients, a patient's threads,
    /// one thread and what can be done to it, and the care team's pool inboxes.
    static let messages = "/messages"
    static let messagesNew = "/messages/new"
    static let threadParameter = "threadID"
    static let poolParameter = "poolID"
    static let patientMessagesPattern = "\(patientPattern)/messages"
    static let patientComposePattern = "\(patientMessagesPattern)/new"
    static let patientThreadPattern = "\(patientMessagesPattern)/:\(threadParameter)"
    static let patientThreadRepliesPattern = "\(patientThreadPattern)/replies"
    static let patientThreadActionsPattern = "\(patientThreadPattern)/actions"
    static func patientMessages(_ id: UUID) -> String { "\(patient(id))/messages" }
    static func patientCompose(_ id: UUID, to poolID: UUID? = nil) -> String {
        "\(patientMessages(id))/new" + (poolID.map { "?to=\($0.uuidString.lowercased())" } ?? "")
    }
    static func patientThread(_ id: UUID, _ threadID: UUID) -> String {
        "\(patientMessages(id))/\(threadID.uuidString.lowercased())"
    }
    static let attachmentParameter = "attachmentID"
    static let patientThreadAttachmentPattern = "\(patientThreadPattern)/attachments/:\(attachmentParameter)"
    static func patientThreadAttachment(_ id: UUID, _ threadID: UUID, _ attachmentID: UUID) -> String {
        "\(patientThread(id, threadID))/attachments/\(attachmentID.uuidString.lowercased())"
    }
    static func patientThread(_ id: UUID, _ threadID: UUID, savedReply: UUID) -> String {
        "\(patientThread(id, threadID))?saved=\(savedReply.uuidString.lowercased())#reply-heading"
    }
    static func patientThreadReplies(_ id: UUID, _ threadID: UUID) -> String { "\(patientThread(id, threadID))/replies" }
    static func patientThreadActions(_ id: UUID, _ threadID: UUID) -> String { "\(patientThread(id, threadID))/actions" }
    static let staffInbox = "/staff/inbox"
    /// Administrators set up the pools and who works each.
    static let staffCareTeams = "/staff/care-teams"
    static let staffCareTeamPattern = "\(staffCareTeams)/:\(poolParameter)"
    static let staffCareTeamMembersPattern = "\(staffCareTeamPattern)/members"
    static let staffCareTeamMemberRemovePattern = "\(staffCareTeamMembersPattern)/:\(memberParameter)/remove"
    static func staffCareTeam(_ id: UUID) -> String { "\(staffCareTeams)/\(id.uuidString.lowercased())" }
    static func staffCareTeamMembers(_ id: UUID) -> String { "\(staffCareTeam(id))/members" }
    static func staffCareTeamMemberRemove(_ id: UUID, _ staffID: UUID) -> String {
        "\(staffCareTeamMembers(id))/\(staffID.uuidString.lowercased())/remove"
    }
    static let staffPoolPattern = "\(staffInbox)/:\(poolParameter)"
    static let savedReplyParameter = "savedReplyID"
    static let staffSavedRepliesPattern = "\(staffPoolPattern)/saved-replies"
    static let staffSavedReplyDeletePattern = "\(staffSavedRepliesPattern)/:\(savedReplyParameter)/delete"
    static func staffSavedReplies(_ poolID: UUID) -> String { "\(staffPool(poolID))/saved-replies" }
    static func staffSavedReplyDelete(_ poolID: UUID, _ id: UUID) -> String {
        "\(staffSavedReplies(poolID))/\(id.uuidString.lowercased())/delete"
    }
    static func staffPool(_ id: UUID, done: Bool = false, page: Int = 1) -> String {
        let query = [done ? "show=done" : nil, page > 1 ? "page=\(page)" : nil].compactMap { $0 }.joined(separator: "&")
        return "\(staffInbox)/\(id.uuidString.lowercased())" + (query.isEmpty ? "" : "?\(query)")
    }

    /// Appointments: a patient's list, one visit and what can be done with it (its calendar
    /// file, a cancellation, the video room, guests), requests for a new one, the camera
    /// check, a guest's link, and the schedulers' queues.
    static let appointmentParameter = "appointmentID"
    static let guestParameter = "guestID"
    static let schedulingRequestParameter = "schedulingRequestID"
    static let departmentParameter = "departmentID"
    static let patientAppointmentsPattern = "\(patientPattern)/appointments"
    static let patientAppointmentPattern = "\(patientAppointmentsPattern)/:\(appointmentParameter)"
    static let patientAppointmentCalendarPattern = "\(patientAppointmentPattern)/calendar.ics"
    static let patientAppointmentCancelPattern = "\(patientAppointmentPattern)/cancel"
    static let patientAppointmentJoinPattern = "\(patientAppointmentPattern)/join"
    static let patientAppointmentInterpreterPattern = "\(patientAppointmentPattern)/interpreter"
    static func patientAppointmentInterpreter(_ id: UUID, _ appointmentID: UUID) -> String {
        "\(patientAppointment(id, appointmentID))/interpreter"
    }
    static let patientAppointmentGuestsPattern = "\(patientAppointmentPattern)/guests"
    static let patientAppointmentGuestRevokePattern = "\(patientAppointmentGuestsPattern)/:\(guestParameter)/revoke"
    static func patientAppointments(_ id: UUID) -> String { "\(patient(id))/appointments" }
    static func patientAppointment(_ id: UUID, _ appointmentID: UUID) -> String {
        "\(patientAppointments(id))/\(appointmentID.uuidString.lowercased())"
    }
    static func patientAppointmentCalendar(_ id: UUID, _ appointmentID: UUID) -> String {
        "\(patientAppointment(id, appointmentID))/calendar.ics"
    }
    static func patientAppointmentCancel(_ id: UUID, _ appointmentID: UUID) -> String {
        "\(patientAppointment(id, appointmentID))/cancel"
    }
    static func patientAppointmentJoin(_ id: UUID, _ appointmentID: UUID) -> String {
        "\(patientAppointment(id, appointmentID))/join"
    }
    static func patientAppointmentGuests(_ id: UUID, _ appointmentID: UUID) -> String {
        "\(patientAppointment(id, appointmentID))/guests"
    }
    static func patientAppointmentGuestRevoke(_ id: UUID, _ appointmentID: UUID, _ guestID: UUID) -> String {
        "\(patientAppointmentGuests(id, appointmentID))/\(guestID.uuidString.lowercased())/revoke"
    }
    static let patientSchedulingRequestsPattern = "\(patientPattern)/appointment-requests"
    static let patientNewSchedulingRequestPattern = "\(patientSchedulingRequestsPattern)/new"
    static let patientSchedulingRequestPattern = "\(patientSchedulingRequestsPattern)/:\(schedulingRequestParameter)"
    static let patientSchedulingRequestChoicePattern = "\(patientSchedulingRequestPattern)/choice"
    static func patientSchedulingRequests(_ id: UUID) -> String { "\(patient(id))/appointment-requests" }
    static func patientNewSchedulingRequest(_ id: UUID) -> String { "\(patientSchedulingRequests(id))/new" }
    static func patientSchedulingRequest(_ id: UUID, _ requestID: UUID) -> String {
        "\(patientSchedulingRequests(id))/\(requestID.uuidString.lowercased())"
    }
    static let patientSchedulingRequestWithdrawPattern = "\(patientSchedulingRequestPattern)/withdraw"
    static func patientSchedulingRequestWithdraw(_ id: UUID, _ requestID: UUID) -> String {
        "\(patientSchedulingRequest(id, requestID))/withdraw"
    }
    static func patientSchedulingRequestChoice(_ id: UUID, _ requestID: UUID) -> String {
        "\(patientSchedulingRequest(id, requestID))/choice"
    }
    static let videoCheck = "/video-check"
    static let guestVisitParameter = "guestToken"
    static let guestVisitPattern = "/visit/:\(guestVisitParameter)"
    static func guestVisit(_ token: String) -> String { "/visit/\(token)" }
    static let staffScheduling = "/staff/scheduling"
    static let staffSchedulingQueuePattern = "\(staffScheduling)/:\(departmentParameter)"
    static func staffSchedulingQueue(_ id: UUID) -> String { "\(staffScheduling)/\(id.uuidString.lowercased())" }
    static let staffSchedulingRequestPattern = "\(staffPatientPattern)/appointment-requests/:\(schedulingRequestParameter)"
    static let staffSchedulingAnswerPattern = "\(staffSchedulingRequestPattern)/answer"
    static func staffSchedulingRequest(_ id: UUID, _ requestID: UUID) -> String {
        "\(staffPatient(id))/appointment-requests/\(requestID.uuidString.lowercased())"
    }
    static func staffSchedulingAnswer(_ id: UUID, _ requestID: UUID) -> String {
        "\(staffSchedulingRequest(id, requestID))/answer"
    }

    /// Prescription renewals: the family's request from a medicine, its page, and the
    /// clinician's review of it.
    static let medicationParameter = "medicationID"
    static let renewalParameter = "renewalID"
    static let patientMedicationRenewalPattern = "\(patientMedicationsPattern)/:\(medicationParameter)/renewal"
    static func patientMedicationRenewal(_ id: UUID, _ medicationID: UUID) -> String {
        "\(patientMedications(id))/\(medicationID.uuidString.lowercased())/renewal"
    }
    static let patientRenewalPattern = "\(patientPattern)/renewals/:\(renewalParameter)"
    static func patientRenewal(_ id: UUID, _ renewalID: UUID) -> String {
        "\(patient(id))/renewals/\(renewalID.uuidString.lowercased())"
    }
    static let staffRenewalPattern = "\(staffPatientPattern)/renewals/:\(renewalParameter)"
    static let staffRenewalDecisionPattern = "\(staffRenewalPattern)/decision"
    static func staffRenewal(_ id: UUID, _ renewalID: UUID) -> String {
        "\(staffPatient(id))/renewals/\(renewalID.uuidString.lowercased())"
    }
    static func staffRenewalDecision(_ id: UUID, _ renewalID: UUID) -> String { "\(staffRenewal(id, renewalID))/decision" }

    /// Administrators set up departments and who schedules for each.
    static let staffDepartments = "/staff/departments"
    static let staffDepartmentPattern = "\(staffDepartments)/:\(departmentParameter)"
    static let staffDepartmentSchedulersPattern = "\(staffDepartmentPattern)/schedulers"
    static let staffDepartmentSchedulerRemovePattern = "\(staffDepartmentSchedulersPattern)/:\(memberParameter)/remove"
    static func staffDepartment(_ id: UUID) -> String { "\(staffDepartments)/\(id.uuidString.lowercased())" }
    static func staffDepartmentSchedulers(_ id: UUID) -> String { "\(staffDepartment(id))/schedulers" }
    static func staffDepartmentSchedulerRemove(_ id: UUID, _ staffID: UUID) -> String {
        "\(staffDepartmentSchedulers(id))/\(staffID.uuidString.lowercased())/remove"
    }

    /// Only a path on this site may be returned to after a form: never `//host` or a URL.
    static func safeReturnPath(_ candidate: String?) -> String {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
            candidate.count <= 512, candidate.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return home }
        return candidate
    }
}

extension String {
    /// The path as route components, for registering it with the router.
    var routeComponents: [PathComponent] { self.pathComponents }
}
