import Foundation
import PortalCore
import PortalFHIR
import PortalRecord
import Vapor

/// The health cards for a patient's immunization record, as the viewer may see it: only
/// vaccines given, in the normal tier (never anything confidential, even to the teenager it
/// belongs to, since a card is made to be shown to others), with a CVX code a verifier can
/// read. Every card signed is audited.
struct HealthCardIssuance: Sendable {
    let cards: [HealthCard]
    /// What each card protects against (or the vaccine's own name), for its caption.
    let vaccineNames: [[LocalizedText]]
    /// Vaccines on the viewer's list that no card carries.
    let leftOut: Int

    static func issue(_ req: Request, _ authorized: AuthorizedPatient) async throws -> HealthCardIssuance {
        let given = try await HealthListsController.ordered(req.record(of: authorized).immunizations())
            .filter { $0.status == "completed" }
        let provable = given.filter { item in
            item.sensitivity.tier == .normal && item.codeSystem == CodeSystems.cvx && !(item.code ?? "").isEmpty
        }
        let patient = authorized.patient
        let subject = HealthCard.Subject(
            legalName: patient.legalName, birthDate: patient.birthDate,
            vaccinations: provable.map { .init(cvxCode: $0.code ?? "", givenOn: $0.givenOn, lotNumber: $0.lotNumber) })
        let config = req.portal.config
        let cards =
            subject.vaccinations.isEmpty
            ? []
            : try HealthCard.issue(
                for: subject, issuer: config.publicBase, performer: config.hospitalName, at: req.now,
                key: try await SigningKeys(db: req.db, secretsKey: config.secretsKey).current(at: req.now))
        if !cards.isEmpty { try await req.audit(.healthCardIssued, .success, patientID: authorized.id) }
        return HealthCardIssuance(
            cards: cards,
            vaccineNames: cards.map { card in
                provable[card.vaccinations].flatMap { item in
                    item.groups.isEmpty ? [LocalizedText(en: item.vaccine, es: item.vaccine)] : item.groups.map(\.name)
                }
                .reduce(into: []) { names, name in
                    if !names.contains(where: { $0.english == name.english }) { names.append(name) }
                }
            },
            leftOut: given.count - cards.reduce(0) { $0 + $1.vaccinations.count })
    }

    /// The cards as QR codes: `issue` made each small enough for one, so drawing cannot fail.
    func pageModel(fileLink: String) throws -> HealthCardsSection.Model {
        HealthCardsSection.Model(
            codes: try zip(cards, vaccineNames).map { card, names in
                (try HealthCardCode.qrCode(for: card.jws), names)
            },
            leftOut: leftOut, fileLink: fileLink)
    }
}
