import Fluent
import Foundation
import PortalCore
import Vapor

/// Administrators set up the shared inboxes: create a care team or HIM pool with its names
/// in both languages and its response time, change them, and choose which clinicians and
/// HIM staff work each one.
struct CareTeamSetupController: RouteCollection {
    struct PoolForm: Content {
        var nameEnglish: String?
        var nameSpanish: String?
        var kind: String?
        var responseDays: String?
        var sendsDigest: String?

        enum CodingKeys: String, CodingKey {
            case nameEnglish = "name_en", nameSpanish = "name_es", kind, responseDays = "response_days"
            case sendsDigest = "sends_digest"
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
        let form = (try? req.content.decode(PoolForm.self)) ?? PoolForm()
        switch Self.checked(form, isNew: true) {
        case .failure(let failure):
            return try await listPage(req, form: form, problem: failure.message, status: .unprocessableEntity)
        case .success(let values):
            guard try await CarePool.query(on: req.db).filter(\.$nameEnglish == values.nameEnglish).count() == 0 else {
                return try await listPage(
                    req, form: form, problem: Strings.CareTeamSetup.nameTaken, status: .unprocessableEntity)
            }
            let pool = CarePool(
                kind: values.kind, nameEnglish: values.nameEnglish, nameSpanish: values.nameSpanish,
                responseBusinessDays: values.days, sendsDigest: values.digest)
            try await pool.create(on: req.db)
            return req.redirect(to: Routes.staffCareTeam(pool.ref), redirectType: .normal)
        }
    }

    func show(_ req: Request) async throws -> Response {
        return try await poolPage(req, pool: try await pool(req))
    }

    func update(_ req: Request) async throws -> Response {
        let pool = try await pool(req)
        let form = (try? req.content.decode(PoolForm.self)) ?? PoolForm()
        switch Self.checked(form, isNew: false) {
        case .failure(let failure):
            return try await poolPage(req, pool: pool, problem: failure.message, status: .unprocessableEntity)
        case .success(let values):
            let clash = try await CarePool.query(on: req.db).filter(\.$nameEnglish == values.nameEnglish)
                .filter(\.$id != pool.requireID()).count()
            guard clash == 0 else {
                return try await poolPage(req, pool: pool, problem: Strings.CareTeamSetup.nameTaken, status: .unprocessableEntity)
            }
            pool.nameEnglish = values.nameEnglish
            pool.nameSpanish = values.nameSpanish
            pool.responseBusinessDays = values.days
            pool.sendsDigest = values.digest
            try await pool.save(on: req.db)
            return req.redirect(to: Routes.staffCareTeam(pool.ref) + "?saved=1", redirectType: .normal)
        }
    }

    func addMember(_ req: Request) async throws -> Response {
        let pool = try await pool(req)
        guard let text = try? req.content.decode(MemberForm.self).staff, let staffID = UUID(uuidString: text),
            let staff = try await StaffUser.find(staffID, on: req.db), Self.workers.contains(staff.role),
            staff.status == .active
        else { throw PortalError.badRequest }
        let existing = try await PoolMember.query(on: req.db).filter(\.$pool.$id == pool.requireID())
            .filter(\.$staff.$id == staffID).count()
        if existing == 0 { try await PoolMember(poolID: pool.requireID(), staffID: staffID).create(on: req.db) }
        return req.redirect(to: Routes.staffCareTeam(pool.ref), redirectType: .normal)
    }

    func removeMember(_ req: Request) async throws -> Response {
        let pool = try await pool(req)
        guard let staffID = req.id(of: StaffUser.self) else {
            throw PortalError.notFound
        }
        try await PoolMember.query(on: req.db).filter(\.$pool.$id == pool.requireID()).filter(\.$staff.$id == staffID).delete()
        // A colleague who no longer works the pool is not left holding its threads.
        try await MessageThread.query(on: req.db).filter(\.$pool.$id == pool.requireID())
            .filter(\.$assignee.$id == staffID).set(\.$assignee.$id, to: nil).update()
        return req.redirect(to: Routes.staffCareTeam(pool.ref), redirectType: .normal)
    }

    // MARK: Pages

    private func pool(_ req: Request) async throws -> CarePool {
        guard let id = req.id(of: CarePool.self),
            let pool = try await CarePool.find(id, on: req.db)
        else { throw PortalError.notFound }
        return pool
    }

    private func listPage(
        _ req: Request, form: PoolForm = PoolForm(), problem: LocalizedText? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let language = req.language
        let pools = try await CarePool.query(on: req.db).sort(\.$nameEnglish).all()
        let counts = try await PoolMember.query(on: req.db).all().reduce(into: [UUID: Int]()) { $0[$1.$pool.id, default: 0] += 1 }
        let model = CareTeamSetupPages.ListModel(
            pools: pools.map {
                .init(
                    name: $0.name(language), link: Routes.staffCareTeam($0.ref), isHIM: $0.kind == .him,
                    responseDays: $0.responseBusinessDays, members: counts[$0.id!] ?? 0)
            },
            form: .init(
                nameEnglish: form.nameEnglish ?? "", nameSpanish: form.nameSpanish ?? "", kind: form.kind ?? "care_team",
                responseDays: form.responseDays ?? "2", sendsDigest: form.sendsDigest != nil || form.nameEnglish == nil),
            problem: problem)
        return CareTeamSetupPages.list(model, context: try await req.pageContext()).response(status: status)
    }

    private func poolPage(
        _ req: Request, pool: CarePool, problem: LocalizedText? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let poolID = try pool.requireID()
        let members = try await PoolMember.query(on: req.db).filter(\.$pool.$id == poolID).with(\.$staff).all().map(\.staff)
            .sorted { $0.fullName < $1.fullName }
        let memberIDs = Set(members.compactMap(\.id))
        let candidates = try await StaffUser.query(on: req.db).filter(\.$status == .active)
            .filter(\.$role ~~ Array(Self.workers)).sort(\.$fullName).all().filter { !memberIDs.contains($0.id!) }
        let model = CareTeamSetupPages.PoolModel(
            name: pool.name(req.language), action: Routes.staffCareTeam(Ref(poolID)),
            form: .init(
                nameEnglish: pool.nameEnglish, nameSpanish: pool.nameSpanish, kind: pool.kind.rawValue,
                responseDays: String(pool.responseBusinessDays), sendsDigest: pool.sendsDigest),
            members: members.map {
                ($0.fullName, $0.role.displayName.text, Routes.staffCareTeamMemberRemove(Ref(poolID), $0.ref))
            },
            candidates: candidates.map { ($0.id!.uuidString.lowercased(), "\($0.fullName) (\($0.email))") },
            addAction: Routes.staffCareTeamMembers(Ref(poolID)), problem: problem,
            saved: req.query[String.self, at: "saved"] == "1")
        return CareTeamSetupPages.pool(model, context: try await req.pageContext()).response(status: status)
    }

    struct Values {
        let nameEnglish: String
        let nameSpanish: String
        let kind: CarePool.Kind
        let days: Int
        let digest: Bool
    }

    static func checked(_ form: PoolForm, isNew: Bool) -> Result<Values, CheckFailure> {
        let english = (form.nameEnglish ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let spanish = (form.nameSpanish ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...80).contains(english.count), (1...80).contains(spanish.count) else {
            return .failure(CheckFailure(Strings.CareTeamSetup.namesNeeded))
        }
        guard let days = Int(form.responseDays ?? ""), (1...10).contains(days) else {
            return .failure(CheckFailure(Strings.CareTeamSetup.daysNeeded))
        }
        let kind = isNew ? CarePool.Kind(rawValue: form.kind ?? "") : .careTeam
        guard let kind else { return .failure(CheckFailure(Strings.CareTeamSetup.kindNeeded)) }
        return .success(
            Values(nameEnglish: english, nameSpanish: spanish, kind: kind, days: days, digest: form.sendsDigest != nil))
    }

    struct CheckFailure: Error {
        let message: LocalizedText
        init(_ message: LocalizedText) { self.message = message }
    }
}
