import Fluent
import Foundation
import PortalCore
import PortalRecord
import Vapor

/// A value that fills one `:name` in a route's path. Each kind of value has its own type,
/// so a link builder that wants a thread cannot be handed a patient.
protocol RouteParameter: Sendable {
    /// The name after the colon in the route's pattern.
    static var routeName: String { get }
    /// A well-formed value, for tests that walk every route.
    static var sample: Self { get }
    var routeSegment: String { get }
    init?(routeSegment: String)
}

/// A record that routes name by its id.
protocol RouteSubject {
    static var routeName: String { get }
}

/// The id of one `Subject` as it appears in a path. `Ref(uuid)` states which kind of
/// record a bare id is; models and the authorized patient hand out their own.
struct Ref<Subject: RouteSubject>: RouteParameter, Hashable {
    let uuid: UUID

    init(_ uuid: UUID) { self.uuid = uuid }

    init?(routeSegment: String) {
        guard let uuid = UUID(uuidString: routeSegment) else { return nil }
        self.uuid = uuid
    }

    static var routeName: String { Subject.routeName }
    static var sample: Self { Ref(UUID()) }
    var routeSegment: String { uuid.uuidString.lowercased() }
}

/// What a secret link is for, naming its parameter.
protocol LinkPurpose {
    static var routeName: String { get }
}

/// The secret a link carries in its path; the handler checks it against its hash.
struct LinkToken<Purpose: LinkPurpose>: RouteParameter, Hashable {
    let value: String
    init(_ value: String) { self.value = value }
    init?(routeSegment: String) { value = routeSegment }
    static var routeName: String { Purpose.routeName }
    static var sample: Self { LinkToken(RandomToken.make()) }
    var routeSegment: String { value }
}

/// An invitation's activation link.
enum InvitationLink: LinkPurpose { static let routeName = "token" }
/// A guest's single-use video visit link.
enum GuestLink: LinkPurpose { static let routeName = "guestToken" }
/// A forgotten password's link.
enum ResetLink: LinkPurpose { static let routeName = "resetToken" }
typealias InvitationToken = LinkToken<InvitationLink>
typealias ResetToken = LinkToken<ResetLink>
/// The link that confirms a member's new e-mail address.
enum EmailChangeLink: LinkPurpose { static let routeName = "emailToken" }
typealias EmailChangeToken = LinkToken<EmailChangeLink>
/// A new staff member's link to choose a password.
enum StaffInvitationLink: LinkPurpose { static let routeName = "staffToken" }
typealias StaffInvitationToken = LinkToken<StaffInvitationLink>
typealias GuestToken = LinkToken<GuestLink>
/// A FHIR resource's id in the API's paths; the handler reads it as one of the record's ids.
enum FHIRResourceLink: LinkPurpose { static let routeName = "resourceID" }
typealias FHIRResourceID = LinkToken<FHIRResourceLink>

extension Model where IDValue == UUID, Self: RouteSubject {
    /// This saved record's id as a route parameter.
    var ref: Ref<Self> { Ref(id!) }
}

extension RecordItem where Self: RouteSubject {
    /// This item's id as a route parameter.
    var ref: Ref<Self> { Ref(id) }
}

extension Request {
    /// The id the route's path names for `subject`, or nil when the path holds something
    /// that is not an id: a malformed id is just another record that does not exist.
    func id<Subject: RouteSubject>(of subject: Subject.Type) -> UUID? {
        parameters.get(Subject.routeName).flatMap { Ref<Subject>(routeSegment: $0)?.uuid }
    }

    /// A token the route's path carries.
    func token<Token: RouteParameter>(_ kind: Token.Type) -> Token? {
        parameters.get(Token.routeName).flatMap(Token.init(routeSegment:))
    }
}

extension Patient: RouteSubject { static let routeName = "patientID" }
extension AppRequest: RouteSubject { static let routeName = "appRequestID" }
extension AppAuthorization: RouteSubject { static let routeName = "authorizationID" }
extension SMARTApp: RouteSubject { static let routeName = "appID" }
extension ShareCodeRecord: RouteSubject { static let routeName = "shareCodeID" }
extension StoredQuestionnaire: RouteSubject { static let routeName = "questionnaireID" }
extension ClinicalDocument: RouteSubject { static let routeName = "documentID" }
extension LabResult: RouteSubject { static let routeName = "resultID" }
extension ImagingReport: RouteSubject { static let routeName = "reportID" }
extension AccessGrant: RouteSubject { static let routeName = "grantID" }
extension MessageThread: RouteSubject { static let routeName = "threadID" }
extension MessageAttachment: RouteSubject { static let routeName = "attachmentID" }
extension CareTeam: RouteSubject { static let routeName = "careTeamID" }
extension SavedReply: RouteSubject { static let routeName = "savedReplyID" }
extension StaffUser: RouteSubject { static let routeName = "staffID" }
extension Member: RouteSubject { static let routeName = "memberID" }
extension EnrollmentRequest: RouteSubject { static let routeName = "requestID" }
extension OutboxMessage: RouteSubject { static let routeName = "messageID" }
extension Appointment: RouteSubject { static let routeName = "appointmentID" }
extension VisitGuestPass: RouteSubject { static let routeName = "guestID" }
extension SchedulingRequest: RouteSubject { static let routeName = "schedulingRequestID" }
extension Medication: RouteSubject { static let routeName = "medicationID" }
extension RenewalRequest: RouteSubject { static let routeName = "renewalID" }
extension Department: RouteSubject { static let routeName = "departmentID" }
extension BrokenGlass: RouteSubject { static let routeName = "glassID" }
extension StaffAccountChange: RouteSubject { static let routeName = "accessChangeID" }

/// Which side of an insurance card a path names.
extension CheckInInsurance.Side: RouteParameter {
    static let routeName = "side"
    static var sample: Self { .front }
    var routeSegment: String { rawValue }
    init?(routeSegment: String) { self.init(rawValue: routeSegment) }
}
