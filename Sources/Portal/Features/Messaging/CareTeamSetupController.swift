import Fluent
import Foundation
import PortalCore
import Vapor

/// Administrators set up the shared inboxes: create a care team or an HIM inbox with its names
/// in both languages and its response time, change them, and choose which clinicians and
/// HIM staff work each one.
struct CareTeamSetupController: RouteCollection {
    struct CareTeamForm: Content {
        var nameEnglish: String?
        var nameSpanish: String?
        var kind: String?
        var responseDays: String?
        var sendsDigest: String?
        var category: String?

        enum CodingKeys: String, CodingKey {
            case nameEnglish = "name_en", nameSpanish = "name_es", kind, responseDays = "response_days"
            case sendsDigest = "sends_digest", category
        }
    }

    struct MemberForm: Content {
        var staff: String?
    }

    static let workers: Set<StaffRole> = [.clinician, .him]

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffCareTeams) { req in try await list(req) }
        routes.on(Routes.createCareTeam) { req in try await create(req) }
        routes.on(Routes.staffCareTeam) { req in try await show(req) }
        routes.on(Routes.updateCareTeam) { req in try await update(req) }
        routes.on(Routes.staffCareTeamMembers) { req in try await addMember(req) }
        routes.on(Routes.staffCareTeamMemberRemove) { req in try await removeMember(req) }
    }

    func list(_ req: Request) async throws -> Response {
        return try await listPage(req)
    }

    func create(_ req: Request) async throws -> Response {
        let form = (try? req.content.decode(CareTeamForm.self)) ?? CareTeamForm()
        switch Self.checked(form, isNew: true) {
        case .failure(let failure):
            return try await listPage(req, form: form, problem: failure.message, status: .unprocessableEntity)
        case .success(let values):
            guard try await CareTeam.query(on: req.db).filter(\.$nameEnglish == values.nameEnglish).count() == 0 else {
                return try await listPage(
                    req, form: form, problem: Strings.careTeamSetup.nameTaken, status: .unprocessableEntity)
            }
            let careTeam = CareTeam(
                kind: values.kind, nameEnglish: values.nameEnglish, nameSpanish: values.nameSpanish,
                responseBusinessDays: values.days, sendsDigest: values.digest)
            careTeam.confidentialCategoryValue = values.category?.rawValue
            try await careTeam.create(on: req.db)
            return req.redirect(to: Routes.staffCareTeam(careTeam.ref), redirectType: .normal)
        }
    }

    func show(_ req: Request) async throws -> Response {
        return try await careTeamPage(req, careTeam: try await careTeam(req))
    }

    func update(_ req: Request) async throws -> Response {
        let careTeam = try await careTeam(req)
        let form = (try? req.content.decode(CareTeamForm.self)) ?? CareTeamForm()
        switch Self.checked(form, isNew: false) {
        case .failure(let failure):
            return try await careTeamPage(req, careTeam: careTeam, problem: failure.message, status: .unprocessableEntity)
        case .success(let values):
            guard careTeam.kind == .clinical || values.category == nil else {
                return try await careTeamPage(
                    req, careTeam: careTeam, problem: Strings.careTeamSetup.categoryUnknown, status: .unprocessableEntity)
            }
            let clash = try await CareTeam.query(on: req.db).filter(\.$nameEnglish == values.nameEnglish)
                .filter(\.$id != careTeam.requireID()).count()
            guard clash == 0 else {
                return try await careTeamPage(
                    req, careTeam: careTeam, problem: Strings.careTeamSetup.nameTaken, status: .unprocessableEntity)
            }
            careTeam.nameEnglish = values.nameEnglish
            careTeam.nameSpanish = values.nameSpanish
            careTeam.responseBusinessDays = values.days
            careTeam.sendsDigest = values.digest
            careTeam.confidentialCategoryValue = values.category?.rawValue
            try await careTeam.save(on: req.db)
            return req.redirect(to: Routes.staffCareTeam(careTeam.ref) + "?saved=1", redirectType: .normal)
        }
    }

    func addMember(_ req: Request) async throws -> Response {
        let careTeam = try await careTeam(req)
        guard let text = try? req.content.decode(MemberForm.self).staff, let staffID = UUID(uuidString: text),
            let staff = try await StaffUser.find(staffID, on: req.db), Self.workers.contains(staff.role),
            staff.status == .active
        else { throw PortalError.badRequest }
        let existing = try await CareTeamStaff.query(on: req.db).filter(\.$careTeam.$id == careTeam.requireID())
            .filter(\.$staff.$id == staffID).count()
        if existing == 0 { try await CareTeamStaff(careTeamID: careTeam.requireID(), staffID: staffID).create(on: req.db) }
        return req.redirect(to: Routes.staffCareTeam(careTeam.ref), redirectType: .normal)
    }

    func removeMember(_ req: Request) async throws -> Response {
        let careTeam = try await careTeam(req)
        guard let staffID = req.id(of: StaffUser.self) else {
            throw PortalError.notFound
        }
        try await CareTeamStaff.query(on: req.db).filter(\.$careTeam.$id == careTeam.requireID()).filter(\.$staff.$id == staffID)
            .delete()
        // A colleague who no longer works the care team is not left holding its threads.
        try await MessageThread.query(on: req.db).filter(\.$careTeam.$id == careTeam.requireID())
            .filter(\.$assignee.$id == staffID).set(\.$assignee.$id, to: nil).update()
        return req.redirect(to: Routes.staffCareTeam(careTeam.ref), redirectType: .normal)
    }

    // MARK: Pages

    private func careTeam(_ req: Request) async throws -> CareTeam {
        guard let id = req.id(of: CareTeam.self),
            let careTeam = try await CareTeam.find(id, on: req.db)
        else { throw PortalError.notFound }
        return careTeam
    }

    private func listPage(
        _ req: Request, form: CareTeamForm = CareTeamForm(), problem: LocalizedText? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let language = req.language
        let careTeams = try await CareTeam.query(on: req.db).sort(\.$nameEnglish).all()
        let counts = try await CareTeamStaff.query(on: req.db).all().reduce(into: [UUID: Int]()) {
            $0[$1.$careTeam.id, default: 0] += 1
        }
        let model = CareTeamSetupPages.ListModel(
            careTeams: careTeams.map {
                .init(
                    name: $0.name(language), link: Routes.staffCareTeam($0.ref), isHIM: $0.kind == .him,
                    responseDays: $0.responseBusinessDays, members: counts[$0.id!] ?? 0)
            },
            form: .init(
                nameEnglish: form.nameEnglish ?? "", nameSpanish: form.nameSpanish ?? "", kind: form.kind ?? "care_team",
                responseDays: form.responseDays ?? "2", sendsDigest: form.sendsDigest != nil || form.nameEnglish == nil,
                category: form.category ?? ""),
            problem: problem)
        return CareTeamSetupPages.list(model, context: try await req.pageContext()).response(status: status)
    }

    private func careTeamPage(
        _ req: Request, careTeam: CareTeam, problem: LocalizedText? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let careTeamID = try careTeam.requireID()
        let members = try await CareTeamStaff.query(on: req.db).filter(\.$careTeam.$id == careTeamID).with(\.$staff).all().map(
            \.staff
        )
        .sorted { $0.fullName < $1.fullName }
        let memberIDs = Set(members.compactMap(\.id))
        let candidates = try await StaffUser.query(on: req.db).filter(\.$status == .active)
            .filter(\.$role ~~ Array(Self.workers)).sort(\.$fullName).all().filter { !memberIDs.contains($0.id!) }
        let model = CareTeamSetupPages.CareTeamModel(
            name: careTeam.name(req.language), action: Routes.staffCareTeam(Ref(careTeamID)),
            form: .init(
                nameEnglish: careTeam.nameEnglish, nameSpanish: careTeam.nameSpanish, kind: careTeam.kind.rawValue,
                responseDays: String(careTeam.responseBusinessDays), sendsDigest: careTeam.sendsDigest,
                category: careTeam.confidentialCategoryValue ?? ""),
            members: members.map {
                ($0.fullName, $0.role.displayName, Routes.staffCareTeamMemberRemove(Ref(careTeamID), $0.ref))
            },
            candidates: candidates.map { ($0.id!.uuidString.lowercased(), "\($0.fullName) (\($0.email))") },
            addAction: Routes.staffCareTeamMembers(Ref(careTeamID)), problem: problem,
            saved: req.query[String.self, at: "saved"] == "1")
        return CareTeamSetupPages.careTeam(model, context: try await req.pageContext()).response(status: status)
    }

    struct Values {
        let nameEnglish: String
        let nameSpanish: String
        let kind: CareTeam.Kind
        let days: Int
        let digest: Bool
        let category: SensitiveCategory?
    }

    static func checked(_ form: CareTeamForm, isNew: Bool) -> Result<Values, CheckFailure> {
        let english = (form.nameEnglish ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let spanish = (form.nameSpanish ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...80).contains(english.count), (1...80).contains(spanish.count) else {
            return .failure(CheckFailure(Strings.careTeamSetup.namesNeeded))
        }
        guard let days = Int(form.responseDays ?? ""), (1...10).contains(days) else {
            return .failure(CheckFailure(Strings.careTeamSetup.daysNeeded))
        }
        let kind = isNew ? CareTeam.Kind(rawValue: form.kind ?? "") : .clinical
        guard let kind else { return .failure(CheckFailure(Strings.careTeamSetup.kindNeeded)) }
        let categoryText = (form.category ?? "").trimmingCharacters(in: .whitespaces)
        let category = SensitiveCategory.careCategories.first { $0.rawValue == categoryText }
        // HIM answers every patient's record questions, so it is never confidential.
        guard categoryText.isEmpty || (category != nil && kind == .clinical) else {
            return .failure(CheckFailure(Strings.careTeamSetup.categoryUnknown))
        }
        return .success(
            Values(
                nameEnglish: english, nameSpanish: spanish, kind: kind, days: days, digest: form.sendsDigest != nil,
                category: category))
    }

    struct CheckFailure: Error {
        let message: LocalizedText
        init(_ message: LocalizedText) { self.message = message }
    }
}
