import Foundation

/// An appointment (FHIR R4 Appointment): whose it is, the department (the Location
/// participant, matched against the portal's departments), the clinician, when, and whether
/// it is a video visit (appointmentType v3-ActCode `VR`).
public struct AppointmentRecord: Sendable, Hashable, Codable {
    public var header: RecordHeader
    /// `system|value` of the Location that stands for the department.
    public var departmentKey: String
    public var clinician: String?
    public var start: Date
    public var end: Date
    public var isVideo: Bool
    /// serviceType's name ("Well-child visit"), shown on the appointment's page only.
    public var visitType: String?
    /// What the family should bring or do before the visit.
    public var patientInstruction: String?
    /// proposed, pending, booked, arrived, fulfilled, cancelled, noshow, entered-in-error,
    /// checked-in, waitlist.
    public var status: String
    /// The portal's own identifier among the visit's, when the EHR kept it (a placer
    /// identifier): the EHR's version of a visit the portal booked.
    public var bookingKey: String?

    /// The identifier system of the visits the portal books.
    public static let portalBookingSystem = "urn:portal:appointment"
}

extension ResourceReader {
    static let appointmentStatuses: Set<String> = [
        "proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow", "entered-in-error", "checked-in",
        "waitlist",
    ]

    func appointment() throws -> AppointmentRecord {
        var patientNumber: String?
        var departmentKey: String?
        var clinician: String?
        let participants = resource["participant"]
        for participant in try participants.list() {
            let actor = participant["actor"]
            let reference = try actor["reference"].string()
            let type =
                try actor["type"].string() ?? reference.flatMap(Self.referencedType)
                ?? reference.flatMap { references.resource($0, type: "Location") == nil ? nil : "Location" }
            if let reference, let number = references.recordNumber(for: reference) {
                patientNumber = number
                continue
            }
            switch type {
            case "Patient":
                patientNumber = try recordNumber(actor)
            case "Location":
                departmentKey = try locationKey(actor)
            case "Practitioner", "PractitionerRole":
                if clinician == nil { clinician = try actor.display() }
            default:
                continue
            }
        }
        guard let patientNumber else {
            throw participants.problem("names no patient: one participant's actor must be the Patient")
        }
        guard let departmentKey else {
            throw participants.problem(
                "names no department: the portal files an appointment under the Location that stands for the department")
        }
        guard let start = try resource["start"].instant() else {
            throw resource["start"].problem("is required: the portal lists appointments by their time")
        }
        let end: Date
        if let given = try resource["end"].instant() {
            end = given
        } else if let minutes = try resource["minutesDuration"].integer(), minutes > 0 {
            end = start.addingTimeInterval(Double(minutes) * 60)
        } else {
            throw resource["end"].problem("is required (or minutesDuration): a visit's window needs its end")
        }
        guard end > start else { throw resource["end"].problem("is not after start") }
        let header = RecordHeader(
            sourceKey: try sourceKey(), recordNumber: patientNumber,
            sensitivity: try SecurityLabels.sensitivity(of: resource["meta"]).storageValue,
            lastUpdated: try resource["meta"]["lastUpdated"].instant())
        return AppointmentRecord(
            header: header, departmentKey: departmentKey, clinician: clinician, start: start, end: end,
            isVideo: try resource["appointmentType"].codes(in: CodeSystems.actCode).contains("VR"),
            visitType: try resource["serviceType"].first()?.concept(preferring: CodeSystems.snomed)?.name,
            patientInstruction: try resource["patientInstruction"].string(maxLength: TextLimits.short),
            status: try status(Self.appointmentStatuses), bookingKey: try bookingKey())
    }

    private func bookingKey() throws -> String? {
        let system = AppointmentRecord.portalBookingSystem
        for identifier in try resource["identifier"].list() {
            if try identifier["system"].string(maxLength: 500) == system {
                return "\(system)|\(try identifier["value"].requiredString(maxLength: 200))"
            }
        }
        return nil
    }

    /// `Location/abc`, `https://ehr/fhir/Location/abc` → `Location`; `urn:uuid:...` → nil.
    private static func referencedType(_ reference: String) -> String? {
        let parts = reference.split(separator: "/")
        guard parts.count >= 2 else { return nil }
        return String(parts[parts.count - 2])
    }

    /// The department's key: the referenced Location's first identifier, or the actor's own.
    private func locationKey(_ actor: Node) throws -> String {
        let identifier: Node
        if try actor["reference"].string() != nil {
            guard let location = try referenced(actor, type: "Location")["identifier"].first() else {
                throw actor["reference"].problem("points to a Location without an identifier")
            }
            identifier = location
        } else if actor["identifier"].isPresent {
            identifier = actor["identifier"]
        } else {
            throw actor.problem("needs a reference to a Location in the bundle or the Location's identifier")
        }
        let value = try identifier["value"].requiredString(maxLength: 200)
        return "\(try identifier["system"].string(maxLength: 500) ?? "")|\(value)"
    }
}
