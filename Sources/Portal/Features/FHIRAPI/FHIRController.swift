import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import Vapor

/// The FHIR R4 API apps read a patient's record through: read and search for each type the
/// portal serves, under the token's scopes and the access policy, decided at each request.
struct FHIRController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.fhirMetadata) { req in FHIRResponse.json(FHIRCapabilities.statement(req.portal.config, now: req.now)) }
        routes.on(Routes.fhirPatientRead) { req in try await readPatient(req) }
        routes.on(Routes.fhirPatientSearch) { req in try await searchPatients(req) }
        routes.on(Routes.fhirObservationRead) { req in try await readObservation(req) }
        routes.on(Routes.fhirObservationSearch) { req in try await searchObservations(req) }
        routes.on(Routes.fhirDiagnosticReportRead) { req in try await readReport(req) }
        routes.on(Routes.fhirDiagnosticReportSearch) { req in try await searchReports(req) }
        routes.on(Routes.fhirMedicationRequestRead) { req in
            try await read(req, .medicationRequest) { try await $0.medication($1).map(FHIRResources.medicationRequest) }
        }
        routes.on(Routes.fhirMedicationRequestSearch) { req in try await searchMedications(req) }
        routes.on(Routes.fhirAllergyIntoleranceRead) { req in
            try await read(req, .allergyIntolerance) { record, id in
                try await record.allergies().first { $0.id == id }.map(FHIRResources.allergyIntolerance)
            }
        }
        routes.on(Routes.fhirAllergyIntoleranceSearch) { req in try await searchAllergies(req) }
        routes.on(Routes.fhirImmunizationRead) { req in
            try await read(req, .immunization) { record, id in
                try await record.immunizations().first { $0.id == id }.map(FHIRResources.immunization)
            }
        }
        routes.on(Routes.fhirImmunizationSearch) { req in try await searchImmunizations(req) }
        routes.on(Routes.fhirDocumentReferenceRead) { req in
            let base = req.portal.config.fhirBase
            return try await read(req, .documentReference) { record, id in
                try await record.document(id).map { FHIRResources.documentReference($0, fhirBase: base) }
            }
        }
        routes.on(Routes.fhirDocumentReferenceSearch) { req in try await searchDocuments(req) }
        routes.on(Routes.fhirBinaryRead) { req in try await readBinary(req) }
        routes.on(Routes.fhirAppointmentRead) { req in
            try await read(req, .appointment) { try await $0.appointment($1).map(FHIRResources.appointment) }
        }
        routes.on(Routes.fhirAppointmentSearch) { req in try await searchAppointments(req) }
    }

    /// The id in the path: a malformed one is a resource that does not exist.
    static func resourceID(_ req: Request) throws -> UUID {
        guard let text = req.token(FHIRResourceID.self)?.value, let id = UUID(uuidString: text) else {
            throw FHIRError.notFound()
        }
        return id
    }

    static func tokenPatient(_ req: Request) throws -> UUID {
        guard let access = req.appAccess else { throw FHIRError.invalidToken }
        return access.patientID
    }

    private func read(
        _ req: Request, _ type: AppResourceType,
        _ find: @Sendable (PatientRecord, UUID) async throws -> JSONValue?
    ) async throws -> Response {
        let id = try Self.resourceID(req)
        let (_, record) = try await req.appRecord(of: Self.tokenPatient(req), type, .read)
        guard let resource = try await find(record, id) else { throw FHIRError.notFound() }
        return FHIRResponse.json(resource)
    }

    private func bundle(
        _ req: Request, _ type: AppResourceType, _ resources: [JSONValue], total: Int, _ search: FHIRSearchParameters
    ) -> Response {
        FHIRResponse.json(
            FHIRBundle.searchset(
                type: type.rawValue, resources: resources, total: total, search: search, fhirBase: req.portal.config.fhirBase))
    }

    // MARK: Patient

    func readPatient(_ req: Request) async throws -> Response {
        let id = try Self.resourceID(req)
        let (authorized, _) = try await req.appRecord(of: id, .patient, .read)
        return FHIRResponse.json(
            FHIRResources.patient(authorized.patient, recordNumberSystem: req.portal.config.recordNumberSystem))
    }

    func searchPatients(_ req: Request) async throws -> Response {
        let search = try FHIRSearchParameters(req, allowed: ["_id", "identifier"])
        let ids = try search.values("_id").map { text -> UUID in
            guard let id = UUID(uuidString: text) else { throw FHIRError.notFound() }
            return id
        }
        let (authorized, _) = try await req.appRecord(of: ids.first ?? Self.tokenPatient(req), .patient, .search)
        let config = req.portal.config
        let matches =
            try ids.allSatisfy { $0 == authorized.id }
            && search.matchesTokens(
                "identifier", system: config.recordNumberSystem, code: authorized.patient.medicalRecordNumber)
        let resources = matches ? [FHIRResources.patient(authorized.patient, recordNumberSystem: config.recordNumberSystem)] : []
        return bundle(req, .patient, FHIRBundle.page(resources, search), total: resources.count, search)
    }

    // MARK: Laboratory

    func readObservation(_ req: Request) async throws -> Response {
        let id = try Self.resourceID(req)
        let (_, record) = try await req.appRecord(of: Self.tokenPatient(req), .observation, .read)
        guard let result = try await record.labResult(id) else { throw FHIRError.notFound() }
        return FHIRResponse.json(FHIRResources.observation(result))
    }

    func searchObservations(_ req: Request) async throws -> Response {
        let search = try FHIRSearchParameters(req, allowed: ["patient", "subject", "category", "code", "date"])
        let (_, record) = try await req.appRecord(of: try search.patientID() ?? Self.tokenPatient(req), .observation, .search)
        let lab = AppResourceType.observation.itemCategory!
        guard try search.matchesTokens("category", system: lab.system, code: lab.code) else {
            return bundle(req, .observation, [], total: 0, search)
        }
        let found = try await record.labResults(matching: try labSearch(search, req))
        return bundle(req, .observation, found.items.map(FHIRResources.observation), total: found.total, search)
    }

    private func labSearch(_ search: FHIRSearchParameters, _ req: Request) throws -> PatientRecord.LabSearch {
        let codes = try search.tokens("code")
        guard codes.count <= 1 else { throw FHIRError.invalid("Give code once, with alternatives separated by commas.") }
        return PatientRecord.LabSearch(
            codes: codes.first ?? [], dates: try search.dates("date", zone: req.hospitalTimeZone), offset: search.offset,
            count: search.count)
    }

    func readReport(_ req: Request) async throws -> Response {
        let id = try Self.resourceID(req)
        let (_, record) = try await req.appRecord(of: Self.tokenPatient(req), .diagnosticReport, .read)
        guard let report = try await record.labReport(id) else { throw FHIRError.notFound() }
        let results = try await record.visibleResultIDs(inReports: [id])[id] ?? []
        return FHIRResponse.json(FHIRResources.diagnosticReport(report, results: results))
    }

    func searchReports(_ req: Request) async throws -> Response {
        let search = try FHIRSearchParameters(req, allowed: ["patient", "subject", "category", "code", "date"])
        let (_, record) = try await req.appRecord(
            of: try search.patientID() ?? Self.tokenPatient(req), .diagnosticReport, .search)
        guard try search.matchesTokens("category", system: CodeSystems.v2DiagnosticService, code: "LAB") else {
            return bundle(req, .diagnosticReport, [], total: 0, search)
        }
        let found = try await record.labReports(matching: try labSearch(search, req))
        let results = try await record.visibleResultIDs(inReports: found.items.map(\.id))
        let resources = found.items.map { FHIRResources.diagnosticReport($0, results: results[$0.id] ?? []) }
        return bundle(req, .diagnosticReport, resources, total: found.total, search)
    }

    // MARK: Lists

    func searchMedications(_ req: Request) async throws -> Response {
        let search = try FHIRSearchParameters(req, allowed: ["patient", "subject", "status", "intent"])
        let (_, record) = try await req.appRecord(
            of: try search.patientID() ?? Self.tokenPatient(req), .medicationRequest, .search)
        let statuses = "http://hl7.org/fhir/CodeSystem/medicationrequest-status"
        let matching = try await record.medications().filter { medication in
            let resource = FHIRResources.medicationRequest(medication)
            return try search.matchesTokens("status", system: statuses, code: resource["status"]?.stringValue)
                && search.matchesTokens(
                    "intent", system: "http://hl7.org/fhir/CodeSystem/medicationrequest-intent", code: "order")
        }
        return bundle(
            req, .medicationRequest, FHIRBundle.page(matching, search).map(FHIRResources.medicationRequest),
            total: matching.count, search)
    }

    func searchAllergies(_ req: Request) async throws -> Response {
        let search = try FHIRSearchParameters(req, allowed: ["patient", "clinical-status"])
        let (_, record) = try await req.appRecord(
            of: try search.patientID(names: ["patient"]) ?? Self.tokenPatient(req), .allergyIntolerance, .search)
        let matching = try await record.allergies().filter {
            try search.matchesTokens(
                "clinical-status", system: "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                code: $0.clinicalStatus)
        }
        return bundle(
            req, .allergyIntolerance, FHIRBundle.page(matching, search).map(FHIRResources.allergyIntolerance),
            total: matching.count, search)
    }

    func searchImmunizations(_ req: Request) async throws -> Response {
        let search = try FHIRSearchParameters(req, allowed: ["patient", "date", "status"])
        let (_, record) = try await req.appRecord(
            of: try search.patientID(names: ["patient"]) ?? Self.tokenPatient(req), .immunization, .search)
        let dates = try search.dates("date", zone: req.hospitalTimeZone)
        let zone = req.hospitalTimeZone
        let matching = try await record.immunizations().filter { immunization in
            guard let given = LocalDate(iso: String(immunization.givenOn.prefix(10)))?.startOfDay(in: zone) else { return false }
            return try dates.allSatisfy { $0.matches(given) }
                && search.matchesTokens(
                    "status", system: "http://hl7.org/fhir/event-status", code: immunization.status)
        }
        return bundle(
            req, .immunization, FHIRBundle.page(matching, search).map(FHIRResources.immunization), total: matching.count,
            search)
    }

    // MARK: Documents and visits

    func searchDocuments(_ req: Request) async throws -> Response {
        let search = try FHIRSearchParameters(req, allowed: ["patient", "subject", "category", "type", "date", "status"])
        let (_, record) = try await req.appRecord(
            of: try search.patientID() ?? Self.tokenPatient(req), .documentReference, .search)
        let dates = try search.dates("date", zone: req.hospitalTimeZone)
        let note = AppResourceType.documentReference.itemCategory!
        let matching = try await record.documents().filter { document in
            try search.matchesTokens("category", system: note.system, code: note.code)
                && search.matchesTokens("type", system: CodeSystems.loinc, code: document.typeCode)
                && search.matchesTokens(
                    "status", system: "http://hl7.org/fhir/document-reference-status", code: document.status)
                && dates.allSatisfy { $0.matches(document.writtenAt) }
        }
        let base = req.portal.config.fhirBase
        return bundle(
            req, .documentReference,
            FHIRBundle.page(matching, search).map { FHIRResources.documentReference($0, fhirBase: base) },
            total: matching.count, search)
    }

    /// A document's content as it was sent: text, sanitized HTML or a PDF. Downloaded, never
    /// shown inline on the portal's origin.
    func readBinary(_ req: Request) async throws -> Response {
        let id = try Self.resourceID(req)
        let (_, record) = try await req.appRecord(of: Self.tokenPatient(req), .documentReference, .read)
        guard let document = try await record.document(id) else { throw FHIRError.notFound() }
        let contentType = document.contentType ?? "text/plain"
        let bytes = document.attachment ?? Data(document.body.utf8)
        if req.headers.accept.mediaTypes.contains(where: { $0.subType == "fhir+json" }) {
            return FHIRResponse.json([
                "resourceType": "Binary", "id": .string(FHIRResources.id(id)), "contentType": .string(contentType),
                "data": .string(bytes.base64EncodedString()),
            ])
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(
            name: .contentType, value: contentType == "application/pdf" ? contentType : "\(contentType); charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: bytes))
    }

    func searchAppointments(_ req: Request) async throws -> Response {
        let search = try FHIRSearchParameters(req, allowed: ["patient", "actor", "date", "status"])
        let (_, record) = try await req.appRecord(
            of: try search.patientID(names: ["patient", "actor"]) ?? Self.tokenPatient(req), .appointment, .search)
        let dates = try search.dates("date", zone: req.hospitalTimeZone)
        let matching = try await record.appointments().filter { appointment in
            let status = FHIRResources.appointment(appointment)["status"]?.stringValue
            return try dates.allSatisfy { $0.matches(appointment.start) }
                && search.matchesTokens("status", system: "http://hl7.org/fhir/appointmentstatus", code: status)
        }
        return bundle(
            req, .appointment, FHIRBundle.page(matching, search).map(FHIRResources.appointment), total: matching.count,
            search)
    }
}
