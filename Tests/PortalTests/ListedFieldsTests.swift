import FluentKit
import Foundation
import Testing

@testable import Portal
@testable import PortalRecord

/// Every model lists its fields (`properties`) instead of leaving Fluent to find them by
/// reflection on every row read or written, which cost more than the query itself. A field
/// left off the list would be neither saved nor read: these tests keep the lists whole.
@Suite("Models list their fields, named plainly")
struct ListedFieldsTests {
    static let models: [any Model.Type] = [
        AccessGrant.self,
        AccountReport.self,
        AppAuthorization.self,
        AppRequest.self,
        AppToken.self,
        HospitalSigningKey.self,
        SMARTApp.self,
        ShareCodeRecord.self,
        ShareCodeUse.self,
        StoredQuestionnaire.self,
        DepartmentQuestionnaire.self,
        CheckIn.self,
        CheckInStep.self,
        AuditChainHead.self,
        AuditEvent.self,
        AuditPendingEvent.self,
        BrokenGlass.self,
        CareTeam.self,
        CareTeamStaff.self,
        DepartmentScheduler.self,
        EmailChange.self,
        EmailCode.self,
        EnrollmentRequest.self,
        Invitation.self,
        KnownBrowser.self,
        Member.self,
        MessageAttachment.self,
        MessageThread.self,
        OutboxMessage.self,
        PasswordReset.self,
        Patient.self,
        PatientCareTeam.self,
        RecoveryCode.self,
        RenewalRequest.self,
        ResultView.self,
        SavedReply.self,
        SchedulingRequest.self,
        SignInFailure.self,
        StaffInvitation.self,
        StaffAccountChange.self,
        StaffUser.self,
        StoredDocument.self,
        ThreadMessage.self,
        ThreadRead.self,
        UserSession.self,
        VisitGuestPass.self,
        StoredAllergy.self,
        StoredAppointment.self,
        StoredClinicalDocument.self,
        Department.self,
        StoredImagingReport.self,
        StoredImmunization.self,
        StoredLabReport.self,
        StoredLabResult.self,
        StoredMedication.self,
    ]

    @Test("Each model's list holds exactly the fields reflection finds")
    func listsAreWhole() {
        for model in Self.models {
            let instance = model.init()
            let listed = instance.properties.map { ObjectIdentifier($0 as AnyObject) }
            let reflected = Mirror(reflecting: instance).children.compactMap { $0.value as? any AnyProperty }
                .map { ObjectIdentifier($0 as AnyObject) }
            #expect(listed.count == reflected.count && Set(listed) == Set(reflected), "\(model)")
        }
    }

    /// The portal writes Fluent's queries with names quoted but not searched for quotes
    /// (`FluentStatement`): every name must be one that needs no escaping.
    @Test("Every model's table and columns are plain names")
    func namesArePlain() {
        let plain = /[a-z][a-z0-9_]*/
        for model in Self.models {
            #expect(model.schema.wholeMatch(of: plain) != nil, "\(model)")
            #expect(model.space == nil, "\(model)")
            for key in model.keys {
                #expect(key.description.wholeMatch(of: plain) != nil, "\(model).\(key)")
            }
        }
    }

    @Test("Every model class in the sources is in the list above")
    func everyModelIsChecked() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var declared: Set<String> = []
        for folder in ["Portal/Models", "PortalRecord"] {
            let directory = sources.appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".swift") {
                let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    guard let start = line.range(of: "final class ")?.upperBound,
                        line.contains("Model") || line[start...].hasPrefix("Stored")
                    else { continue }
                    declared.insert(String(line[start...].prefix { $0.isLetter || $0.isNumber }))
                }
            }
        }
        #expect(declared == Set(Self.models.map { String(describing: $0) }))
    }
}
