import Foundation
import PortalCore
import PortalFHIR
import Vapor

/// The immunization record as a `.smart-health-card` file, for a health wallet app; the QR
/// codes are on the printed record.
struct HealthCardsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientHealthCardFile) { req, authorized in
            let issuance = try await HealthCardIssuance.issue(req, authorized)
            // The printed record offers the file only when there is a card to put in it.
            guard !issuance.cards.isEmpty else { throw PortalError.notFound }
            let file: JSONValue = ["verifiableCredential": .array(issuance.cards.map { .string($0.jws) })]
            let response = Response(status: .ok, body: .init(data: file.encoded()))
            response.headers.contentType = HTTPMediaType(type: "application", subType: "smart-health-card")
            response.headers.replaceOrAdd(
                name: .contentDisposition, value: "attachment; filename=\"immunizations.smart-health-card\"")
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
    }
}
