import Foundation
import PortalCore

extension FHIRBuilder {
    /// The identifier system of the hospital's departments, as their Locations carry it.
    public static let departmentSystem = "urn:oid:2.16.840.1.113883.3.9999.2"

    /// The key an imported appointment's department is matched by.
    public static func departmentKey(_ code: String) -> String { "\(departmentSystem)|\(code)" }

    /// The Location that stands for a department.
    public static func location(code: String, name: String) -> Entry {
        Entry(
            fullURL: "urn:uuid:location-\(code)",
            resource: [
                "resourceType": "Location", "id": .string("location-\(code)"),
                "identifier": [["system": .string(departmentSystem), "value": .string(code)]], "name": .string(name),
            ])
    }

    /// An appointment of one patient in one department; `location(code:)` must be in the same bundle.
    public static func appointment(
        id: String, recordNumber: String, departmentCode: String, clinician: String?, start: Date, minutes: Int,
        isVideo: Bool = false, visitType: String? = nil, instruction: String? = nil, status: String = "booked",
        sensitivity: Sensitivity = .normal
    ) -> Entry {
        var participants: [JSONValue] = [
            ["actor": subject(recordNumber), "status": "accepted"],
            ["actor": ["reference": .string("urn:uuid:location-\(departmentCode)")], "status": "accepted"],
        ]
        if let clinician {
            participants.append(["actor": ["type": "Practitioner", "display": .string(clinician)], "status": "accepted"])
        }
        var resource: JSONValue = [
            "resourceType": "Appointment", "id": .string(id), "meta": meta(sensitivity), "identifier": identifier(id),
            "status": .string(status), "start": .string(instant(start)),
            "end": .string(instant(start.addingTimeInterval(Double(minutes) * 60))), "participant": .array(participants),
        ]
        if isVideo { resource["appointmentType"] = concept(CodeSystems.actCode, "VR", "virtual") }
        if let visitType { resource["serviceType"] = [["text": .string(visitType)]] }
        if let instruction { resource["patientInstruction"] = .string(instruction) }
        return Entry(fullURL: "urn:uuid:\(id)", resource: resource)
    }
}
