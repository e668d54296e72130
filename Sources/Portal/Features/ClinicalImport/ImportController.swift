import Foundation
import PortalCore
import PortalFHIR
import Vapor

/// `POST /import/fhir`: the EHR's interface engine posts a FHIR R4 Bundle with the secret
/// from configuration as a bearer token. The answer is a FHIR OperationOutcome: the summary
/// on success, or the entry and field that made the whole bundle be refused.
struct ImportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.fhirImport) { req in try await importBundle(req) }
    }

    /// The route's declaration has checked the bearer secret before the body was read.
    func importBundle(_ req: Request) async throws -> Response {
        let config = req.portal.config
        if let problem = Self.mediaTypeProblem(req.headers.contentType) {
            return OperationOutcome.error("not-supported", problem, status: .unsupportedMediaType)
        }
        guard let body = req.body.data else {
            return OperationOutcome.error("required", "The request has no body: send a FHIR R4 Bundle.", status: .badRequest)
        }
        var importer = ClinicalImport(
            db: req.db, zone: config.hospitalTimeZone, now: req.now, config: config)
        importer.audit = req.portal.audit
        importer.auditTemplate.clientAddress = req.clientAddress
        importer.auditTemplate.userAgent = req.userAgent
        do {
            let summary = try await importer.run(Data(buffer: body))
            req.logger.info(
                "FHIR bundle imported",
                metadata: ["created": "\(summary.created)", "updated": "\(summary.updated)", "unchanged": "\(summary.unchanged)"])
            return OperationOutcome.information(summary.lines)
        } catch let problem as BundleProblem {
            // The entry and field go to the sender; the log gets only that a bundle was refused.
            req.logger.notice("FHIR bundle refused", metadata: ["entry": "\(problem.entry.map(String.init) ?? "bundle")"])
            return OperationOutcome.error("invalid", problem.description, status: .unprocessableEntity, expression: problem)
        }
    }

    /// JSON only, and only FHIR R4 when the sender names a version.
    static func mediaTypeProblem(_ contentType: HTTPMediaType?) -> String? {
        guard let contentType else { return "Send the bundle as application/fhir+json." }
        let isJSON =
            (contentType.type == "application" && ["fhir+json", "json", "json+fhir"].contains(contentType.subType))
        guard isJSON else { return "Send the bundle as application/fhir+json, not \(contentType.type)/\(contentType.subType)." }
        if let version = contentType.parameters["fhirVersion"], !version.hasPrefix("4.0") {
            return "fhirVersion \(version) is not accepted: the portal imports FHIR R4 (4.0)."
        }
        return nil
    }
}

/// FHIR's answer to an operation, as JSON.
enum OperationOutcome {
    static func information(_ lines: [String]) -> Response {
        let issues: [JSONValue] = lines.map {
            ["severity": "information", "code": "informational", "diagnostics": .string($0)]
        }
        return response(["resourceType": "OperationOutcome", "issue": .array(issues)], status: .ok)
    }

    static func error(
        _ code: String, _ diagnostics: String, status: HTTPResponseStatus, headers: HTTPHeaders = [:],
        expression problem: BundleProblem? = nil
    ) -> Response {
        var issue: JSONValue = ["severity": "error", "code": .string(code), "diagnostics": .string(diagnostics)]
        if let problem {
            var path = problem.entry.map { "Bundle.entry[\($0)].resource" } ?? "Bundle"
            if !problem.field.isEmpty { path += ".\(problem.field)" }
            issue["expression"] = [.string(path)]
        }
        return response(["resourceType": "OperationOutcome", "issue": [issue]], status: status, headers: headers)
    }

    private static func response(_ outcome: JSONValue, status: HTTPResponseStatus, headers: HTTPHeaders = [:]) -> Response {
        var headers = headers
        headers.replaceOrAdd(name: .contentType, value: "application/fhir+json; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(data: outcome.encoded()))
    }
}
