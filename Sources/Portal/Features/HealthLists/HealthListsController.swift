import Foundation
import PortalCore
import PortalRecord
import Vapor

/// Medications, allergies, immunizations, and the print views built from them. Opening a
/// print view is audited as printing: it exists to be printed.
struct HealthListsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.patientMedications) { req, authorized in
            let items = try await Self.medications(req, authorized, withRenewals: req.currentSession?.member != nil)
            return MedicationListPage.render(
                .init(patientName: authorized.patient.shownName, recordLink: Routes.patient(authorized.ref), items: items),
                context: try await req.pageContext(patientInView: authorized)
            ).response()
        }
        routes.on(Routes.patientAllergies) { req, authorized in
            let items = try await Self.allergies(req, authorized)
            return AllergyListPage.render(
                .init(patientName: authorized.patient.shownName, recordLink: Routes.patient(authorized.ref), items: items),
                context: try await req.pageContext(patientInView: authorized)
            ).response()
        }
        routes.on(Routes.patientImmunizations) { req, authorized in
            let items = try await Self.immunizations(req, authorized, onlyGiven: false)
            return ImmunizationListPage.render(
                .init(
                    patientName: authorized.patient.shownName, recordLink: Routes.patient(authorized.ref),
                    printLink: Routes.patientImmunizationRecord(authorized.ref), items: items),
                context: try await req.pageContext(patientInView: authorized)
            ).response()
        }
        routes.on(Routes.patientImmunizationRecord) { req, authorized in
            let issuance = try await HealthCardIssuance.issue(req, authorized)
            let model = ImmunizationRecordPage.Model(
                header: Self.header(Strings.healthLists.immunizationRecord, req, authorized),
                items: try await Self.immunizations(req, authorized, onlyGiven: true),
                healthCards: try issuance.pageModel(fileLink: Routes.patientHealthCardFile(authorized.ref)))
            return ImmunizationRecordPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
        }
        routes.on(Routes.patientHealthSummary) { req, authorized in
            let model = HealthSummaryPage.Model(
                header: Self.header(Strings.healthLists.healthSummary, req, authorized),
                allergies: try await Self.allergies(req, authorized).filter(\.isActive),
                medications: try await Self.medications(req, authorized).filter(\.isActive),
                immunizations: try await Self.immunizations(req, authorized, onlyGiven: true))
            return HealthSummaryPage.render(model, context: try await req.pageContext(patientInView: authorized)).response()
        }
    }

    static func header(_ title: LocalizedText, _ req: Request, _ authorized: AuthorizedPatient) -> PrintHeader.Model {
        let patient = authorized.patient
        return PrintHeader.Model(
            title: title, patientName: patient.legalName,
            dateOfBirth: LocalDate(iso: patient.birthDate).map { DateText.long($0, language: req.language) } ?? "",
            hospitalName: req.portal.config.hospitalName, printedOn: DateText.long(req.today, language: req.language),
            backLink: Routes.patient(authorized.ref))
    }

    static func day(_ iso: String?, _ req: Request) -> String? {
        iso.flatMap(LocalDate.init(iso:)).map { DateText.long($0, language: req.language) }
    }

    /// Requests decided this long ago still show their outcome on the list.
    static let renewalShownFor: TimeInterval = 30 * 86_400

    static func medications(
        _ req: Request, _ authorized: AuthorizedPatient, withRenewals: Bool = false, normalOnly: Bool = false
    ) async throws -> [HealthListModels.MedicationItem] {
        let medications = try await req.record(of: authorized).medications().filter {
            !normalOnly || $0.sensitivity.tier == .normal
        }
        let latest =
            withRenewals ? try await Renewals.latest(for: medications.compactMap(\.id), visibleTo: authorized, on: req.db) : [:]
        return medications.map { medication in
            var item = HealthListModels.MedicationItem(
                name: medication.name, dose: medication.dose, instructions: medication.instructions,
                prescriber: medication.prescriber, started: day(medication.startedOn, req), refills: medication.refills,
                pharmacy: medication.pharmacy, status: Strings.healthLists.medicationStatus(medication.status),
                isActive: medication.status == "active" || medication.status == "on-hold",
                sensitivityNote: medication.sensitivity.tier == .sensitive ? Strings.healthLists.confidential : nil,
                restriction: RestrictionsController.form(for: medication, kind: .medication, req, authorized))
            guard withRenewals else { return item }
            let id = medication.id
            let words = Strings.renewals
            if let request = latest[id], request.status == .open || (request.decidedAt ?? req.now) > req.now - renewalShownFor {
                item.renewal = (
                    words.status(request.status), Routes.patientRenewal(authorized.ref, request.ref),
                    words.seeRequestFor(medication.name)
                )
            } else if medication.status == "active" {
                item.renewal = (nil, Routes.patientMedicationRenewal(authorized.ref, Ref(id)), words.requestOf(medication.name))
            }
            return item
        }
    }

    static func allergies(
        _ req: Request, _ authorized: AuthorizedPatient, normalOnly: Bool = false
    ) async throws -> [HealthListModels.AllergyItem] {
        try await req.record(of: authorized).allergies().filter { !normalOnly || $0.sensitivity.tier == .normal }.map {
            allergy in
            HealthListModels.AllergyItem(
                substance: allergy.substance, type: Strings.healthLists.allergyType(allergy.allergyType),
                reactions: allergy.reactions.split(separator: "\n").map(String.init),
                severity: allergy.severity.map(Strings.healthLists.severityText), isHighRisk: allergy.criticality == "high",
                status: Strings.healthLists.allergyStatus(allergy.clinicalStatus), isActive: allergy.clinicalStatus == "active",
                recorded: day(allergy.recordedOn, req),
                sensitivityNote: allergy.sensitivity.tier == .sensitive ? Strings.healthLists.confidential : nil,
                restriction: RestrictionsController.form(for: allergy, kind: .allergy, req, authorized))
        }
    }

    static func immunizations(
        _ req: Request, _ authorized: AuthorizedPatient, onlyGiven: Bool, normalOnly: Bool = false
    ) async throws -> [HealthListModels.ImmunizationItem] {
        try await ordered(req.record(of: authorized).immunizations())
            .filter { (!onlyGiven || $0.status == "completed") && (!normalOnly || $0.sensitivity.tier == .normal) }
            .map { immunization in
                HealthListModels.ImmunizationItem(
                    vaccine: immunization.vaccine, groups: immunization.groups, code: immunization.code,
                    givenOn: immunization.givenOn,
                    date: day(immunization.givenOn, req) ?? immunization.givenOn,
                    dose: immunization.doseNumber.map { Strings.healthLists.doseOf($0, immunization.seriesDoses) },
                    site: immunization.site, route: immunization.route, lot: immunization.lotNumber,
                    wasGiven: immunization.status == "completed",
                    restriction: onlyGiven
                        ? nil : RestrictionsController.form(for: immunization, kind: .immunization, req, authorized))
            }
    }

    /// Vaccines of one disease stay together, in the order of the childhood schedule; those
    /// the portal cannot place come last, by name. The printed list and its health cards agree.
    static func ordered(_ immunizations: [Immunization]) -> [Immunization] {
        immunizations.sorted {
            (groupOrder($0.groups), $0.vaccine, $0.givenOn) < (groupOrder($1.groups), $1.vaccine, $1.givenOn)
        }
    }

    private static func groupOrder(_ groups: [VaccineGroup]) -> Int {
        groups.first.flatMap { VaccineGroup.allCases.firstIndex(of: $0) } ?? VaccineGroup.allCases.count
    }
}
