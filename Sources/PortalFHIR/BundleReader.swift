import Foundation
import PortalCore

/// Reads a FHIR R4 Bundle (transaction, batch or collection) into the portal's clinical
/// records, validating the whole bundle first: the first problem found is thrown, naming
/// the entry and the field, and nothing of the bundle is returned.
public enum BundleReader {
    public static let acceptedBundleTypes: Set<String> = ["transaction", "batch", "collection"]

    /// `recordNumberSystem` is the identifier system the EHR sends record numbers under
    /// (often an OID without the HL7 v2 `MR` type); an identifier typed `MR` is the fallback.
    public static func read(_ data: Data, recordNumberSystem: String? = nil) throws(BundleProblem) -> ClinicalBundle {
        let json: JSONValue
        do {
            json = try JSONParser.parse(data)
        } catch {
            throw BundleProblem(
                entry: nil, resource: nil, field: "", message: "is not JSON: \(error.reason) at byte \(error.offset)")
        }
        return try read(json, recordNumberSystem: recordNumberSystem)
    }

    public static func read(_ json: JSONValue, recordNumberSystem: String? = nil) throws(BundleProblem) -> ClinicalBundle {
        do {
            return try readChecked(json, recordNumberSystem: recordNumberSystem)
        } catch let problem as BundleProblem {
            throw problem
        } catch {
            // Every reading step throws a BundleProblem; this keeps the promise if one does not.
            throw BundleProblem(entry: nil, resource: nil, field: "", message: "could not be read")
        }
    }

    private static func readChecked(_ json: JSONValue, recordNumberSystem: String?) throws -> ClinicalBundle {
        let bundle = Node(value: json, entry: .init(index: nil))
        guard case .object = json else { throw bundle.problem("a FHIR Bundle is a JSON object") }
        guard let resourceType = try bundle["resourceType"].string() else {
            throw bundle["resourceType"].problem("is missing: this is not a FHIR resource")
        }
        guard resourceType == "Bundle" else {
            throw bundle["resourceType"].problem("is \(resourceType); the import takes a Bundle")
        }
        let type = try bundle["type"].requiredString()
        guard acceptedBundleTypes.contains(type) else {
            throw bundle["type"].problem("is \(type); the import takes a transaction, batch or collection bundle")
        }
        var entries: [(node: Node, resource: Node, type: String)] = []
        for (index, entry) in try bundle["entry"].list().enumerated() {
            var context = Node.EntryContext(index: index)
            let resource = Node(value: entry["resource"].value, entry: context)
            guard let resourceType = try resource["resourceType"].string() else {
                throw BundleProblem(
                    entry: index, resource: nil, field: "resource.resourceType", message: "is required")
            }
            context.resource = "\(resourceType)/\(try resource["id"].string() ?? "-")"
            let located = Node(value: entry.value, entry: context)
            try checkRequest(located, bundleType: type)
            try VersionSignatures.check(resourceType: resourceType, located["resource"].relocated())
            entries.append((located, located["resource"].relocated(), resourceType))
        }

        var references = ReferenceTable(recordNumberSystem: recordNumberSystem)
        for (node, resource, resourceType) in entries {
            let fullURL = try node["fullUrl"].string()
            let id = try resource["id"].string()
            switch resourceType {
            case "Patient":
                references.add(
                    patient: try PatientReader.recordNumber(resource, system: recordNumberSystem), fullURL: fullURL, id: id)
            case "Observation", "Medication", "Location", "Appointment":
                references.add(resource, type: resourceType, fullURL: fullURL, id: id)
            default: break
            }
        }

        var result = ClinicalBundle(bundleType: type)
        var seenKeys: [String: Int] = [:]
        for (node, resource, resourceType) in entries {
            let reader = ResourceReader(resource: resource, references: references)
            let origin = ClinicalBundle.EntryOrigin(index: node.entry.index!, resource: node.entry.resource ?? resourceType)
            func remember(_ header: RecordHeader) throws {
                let key = "\(resourceType)|\(header.sourceKey)"
                if let earlier = seenKeys[key] {
                    throw resource["identifier"].problem("is the same as Bundle.entry[\(earlier)]'s: one resource, one entry")
                }
                seenKeys[key] = origin.index
                result.origins[header.sourceKey] = origin
            }
            switch resourceType {
            case "Patient":
                let number = try PatientReader.recordNumber(resource, system: recordNumberSystem)
                result.patients.append(number)
                if result.patientOrigins[number] == nil { result.patientOrigins[number] = origin }
            case "Observation":
                guard let lab = try reader.labResult() else { continue }
                try remember(lab.header)
                result.labResults.append(lab)
            case "DiagnosticReport":
                switch try reader.diagnosticReport() {
                case .lab(let report):
                    try remember(report.header)
                    result.labReports.append(report)
                case .imaging(let report):
                    try remember(report.header)
                    result.imagingReports.append(report)
                }
            case "MedicationRequest":
                let medication = try reader.medication()
                try remember(medication.header)
                result.medications.append(medication)
            case "AllergyIntolerance":
                let allergy = try reader.allergy()
                try remember(allergy.header)
                result.allergies.append(allergy)
            case "Immunization":
                let immunization = try reader.immunization()
                try remember(immunization.header)
                result.immunizations.append(immunization)
            case "DocumentReference":
                let document = try reader.document()
                try remember(document.header)
                result.documents.append(document)
            case "Appointment":
                let appointment = try reader.appointment()
                try remember(appointment.header)
                result.appointments.append(appointment)
            case "Questionnaire":
                let questionnaire = try IntakeQuestionnaire.read(resource)
                if result.questionnaires.contains(where: { $0.questionnaire.canonical == questionnaire.canonical }) {
                    throw resource["url"].problem("is the same questionnaire and version as an earlier entry's")
                }
                result.questionnaires.append((questionnaire, resource.value ?? .null))
            default:
                // Practitioners, organizations, encounters and other R4 resources a feed
                // carries along are read for nothing and stored nowhere.
                continue
            }
        }
        try linkResultsToReports(&result, references: references)
        return result
    }

    private static func checkRequest(_ entry: Node, bundleType: String) throws {
        guard bundleType != "collection", entry["request"].isPresent else { return }
        let method = try entry["request"]["method"].requiredString()
        guard method == "POST" || method == "PUT" else {
            throw entry["request"]["method"].problem(
                "is \(method); the import only adds and updates (POST, PUT). To withdraw an item, send it with status entered-in-error"
            )
        }
    }

    /// Each result listed by a report learns its report; a report may list only results in
    /// the same bundle, so a report never points at nothing.
    private static func linkResultsToReports(_ bundle: inout ClinicalBundle, references: ReferenceTable) throws {
        var indexByKey: [String: Int] = [:]
        for (index, result) in bundle.labResults.enumerated() { indexByKey[result.header.sourceKey] = index }
        for report in bundle.labReports {
            for key in report.resultKeys {
                guard let index = indexByKey[key] else { continue }
                bundle.labResults[index].reportKey = report.header.sourceKey
                if bundle.labResults[index].header.recordNumber != report.header.recordNumber {
                    throw bundle.origins[report.header.sourceKey]!.problem(
                        "result", "lists a result of another patient")
                }
            }
        }
    }
}

extension Node {
    /// The same value with paths starting afresh, for reading a resource inside an entry.
    func relocated() -> Node { Node(value: value, entry: entry) }
}
