import Fluent
import Foundation
import PortalCore
@_spi(DepartmentSetup) import PortalRecord
import Vapor

/// Administrators set up the departments the EHR sends appointments for: what families read
/// about each, whether they may ask for appointments there, its confidential category, its
/// video rooms, and which schedulers work its queue.
struct DepartmentSetupController: RouteCollection {
    struct DepartmentForm: Content {
        var ehrKey: String?
        var nameEnglish: String?
        var nameSpanish: String?
        var address: String?
        var phone: String?
        var category: String?
        var takesRequests: String?
        var reasonsEnglish: String?
        var reasonsSpanish: String?
        var videoTemplate: String?
        var responseDays: String?
        var agesFrom: String?
        var agesThrough: String?

        enum CodingKeys: String, CodingKey {
            case ehrKey = "ehr_key", nameEnglish = "name_en", nameSpanish = "name_es", address, phone, category
            case takesRequests = "takes_requests", reasonsEnglish = "reasons_en", reasonsSpanish = "reasons_es"
            case videoTemplate = "video_template", responseDays = "response_days"
            case agesFrom = "ages_from", agesThrough = "ages_through"
        }

        var values: DepartmentSetupPages.FormValues {
            DepartmentSetupPages.FormValues(
                ehrKey: ehrKey ?? "", nameEnglish: nameEnglish ?? "", nameSpanish: nameSpanish ?? "", address: address ?? "",
                phone: phone ?? "", category: category ?? "", takesRequests: takesRequests != nil,
                reasonsEnglish: reasonsEnglish ?? "", reasonsSpanish: reasonsSpanish ?? "", videoTemplate: videoTemplate ?? "",
                responseDays: responseDays ?? "", agesFrom: agesFrom ?? "", agesThrough: agesThrough ?? "")
        }
    }

    struct SchedulerForm: Content {
        var staff: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffDepartments) { req in
            return try await listPage(req)
        }
        routes.on(Routes.createDepartment) { req in try await create(req) }
        routes.on(Routes.staffDepartment) { req in
            return try await departmentPage(req, try await department(req))
        }
        routes.on(Routes.updateDepartment) { req in try await update(req) }
        routes.on(Routes.staffDepartmentSchedulers) { req in try await addScheduler(req) }
        routes.on(Routes.staffDepartmentSchedulerRemove) { req in try await removeScheduler(req) }
        routes.on(Routes.staffDepartmentQuestionnaires) { req in try await setQuestionnaires(req) }
    }

    /// Every department's id and name, for other administrators' forms (a new scheduler's
    /// departments): the setup's door to the record stays in this file.
    static func departmentNames(on db: any Database) async throws -> [(id: UUID, name: LocalizedText)] {
        try await Department.query(on: db).sort(\.$nameEnglish).all().map { (try $0.requireID(), $0.name) }
    }

    func create(_ req: Request) async throws -> Response {
        let form = (try? req.content.decode(DepartmentForm.self)) ?? DepartmentForm()
        let department = Department()
        if let problem = try await Self.apply(form, to: department, on: req.db) {
            return try await listPage(req, form: form.values, problem: problem, status: .unprocessableEntity)
        }
        try await department.create(on: req.db)
        return req.redirect(to: Routes.staffDepartment(department.ref), redirectType: .normal)
    }

    func update(_ req: Request) async throws -> Response {
        let department = try await department(req)
        let form = (try? req.content.decode(DepartmentForm.self)) ?? DepartmentForm()
        if let problem = try await Self.apply(form, to: department, on: req.db) {
            return try await departmentPage(req, department, form: form.values, problem: problem, status: .unprocessableEntity)
        }
        try await req.db.transaction { db in
            try await TransactionLock.take(Self.labelsLock, on: db)
            try await department.save(on: db)
            if let category = department.confidentialCategory {
                try await Self.tighten(department.requireID(), to: category, on: db)
            }
        }
        return req.redirect(to: Routes.staffDepartment(department.ref) + "?saved=1", redirectType: .normal)
    }

    func addScheduler(_ req: Request) async throws -> Response {
        let department = try await department(req)
        guard let text = try? req.content.decode(SchedulerForm.self).staff, let staffID = UUID(uuidString: text),
            let staff = try await StaffUser.find(staffID, on: req.db), staff.role == .scheduler, staff.status == .active
        else { throw PortalError.badRequest }
        let departmentID = try department.requireID()
        let existing = try await DepartmentScheduler.query(on: req.db).filter(\.$department.$id == departmentID)
            .filter(\.$staff.$id == staffID).count()
        if existing == 0 { try await DepartmentScheduler(departmentID: departmentID, staffID: staffID).create(on: req.db) }
        return req.redirect(to: Routes.staffDepartment(Ref(departmentID)), redirectType: .normal)
    }

    struct QuestionnairesForm: Content {
        var questionnaires: [String]?
    }

    /// The questionnaires the department asks become exactly the ones ticked; an id the
    /// portal does not hold is refused.
    func setQuestionnaires(_ req: Request) async throws -> Response {
        let department = try await department(req)
        let departmentID = try department.requireID()
        let ticked = ((try? req.content.decode(QuestionnairesForm.self))?.questionnaires ?? []).map { UUID(uuidString: $0) }
        guard ticked.allSatisfy({ $0 != nil }) else { throw PortalError.badRequest }
        let ids = Set(ticked.compactMap { $0 })
        guard try await StoredQuestionnaire.query(on: req.db).filter(\.$id ~~ Array(ids)).count() == ids.count else {
            throw PortalError.badRequest
        }
        try await req.auditedChange { change in
            try await DepartmentQuestionnaire.query(on: change.db).filter(\.$departmentID == departmentID).delete()
            for id in ids.sorted(by: { $0.uuidString < $1.uuidString }) {
                try await DepartmentQuestionnaire(departmentID: departmentID, questionnaireID: id).create(on: change.db)
            }
            try await change.audit(.departmentQuestionnairesChanged, .success)
        }
        return req.redirect(to: Routes.staffDepartment(Ref(departmentID)) + "?saved=1", redirectType: .normal)
    }

    func removeScheduler(_ req: Request) async throws -> Response {
        let department = try await department(req)
        guard let staffID = req.id(of: StaffUser.self) else {
            throw PortalError.notFound
        }
        try await DepartmentScheduler.query(on: req.db).filter(\.$department.$id == department.requireID())
            .filter(\.$staff.$id == staffID).delete()
        return req.redirect(to: Routes.staffDepartment(department.ref), redirectType: .normal)
    }

    /// Held while a department's label changes, and shared by imports, which read the labels.
    static let labelsLock = "department-labels"

    /// A category applies to what is already stored: the department's visits, their
    /// documents, the requests and guest links about them and the scheduling requests
    /// waiting there take it, in the same transaction as the change.
    static func tighten(_ departmentID: UUID, to category: SensitiveCategory, on db: any Database) async throws {
        for visit in try await DepartmentLabels.tighten(departmentID: departmentID, to: category, on: db) {
            try await VisitFacts.follow(visit: visit.visitID, now: visit.label, on: db)
        }
        try await SchedulingRequest.query(on: db).filter(\.$department.$id == departmentID)
            .filter(\.$sensitivityValue == Sensitivity.normal.storageValue)
            .set(\.$sensitivityValue, to: Sensitivity.adolescentConfidential(category).storageValue).update()
    }

    /// Checks the form and writes it into the department; the problem to show, or nil.
    static func apply(_ form: DepartmentForm, to department: Department, on db: any Database) async throws -> LocalizedText? {
        let words = Strings.departmentSetup
        let key = FormText.line(form.ehrKey)
        let parts = key.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty, key.count <= 700 else { return words.keyNeeded }
        let english = FormText.line(form.nameEnglish)
        let spanish = FormText.line(form.nameSpanish)
        guard (1...80).contains(english.count), (1...80).contains(spanish.count) else { return words.namesNeeded }
        let address = FormText.line(form.address)
        let phone = FormText.line(form.phone)
        guard address.count <= 200, phone.count <= 40 else { return words.textTooLong }
        let category = FormText.line(form.category)
        guard category.isEmpty || SensitiveCategory.careCategories.contains(where: { $0.rawValue == category }) else {
            return words.categoryUnknown
        }
        func lines(_ text: String?) -> [String] {
            FormText.cleaned(text).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let reasonsEnglish = lines(form.reasonsEnglish)
        let reasonsSpanish = lines(form.reasonsSpanish)
        guard reasonsEnglish.count == reasonsSpanish.count, reasonsEnglish.count <= 20,
            (reasonsEnglish + reasonsSpanish).allSatisfy({ $0.count <= 80 })
        else { return words.reasonsMismatch }
        let template = FormText.line(form.videoTemplate)
        guard template.isEmpty || VideoRoomTemplate.isValid(template) else { return words.templateInvalid }
        guard let days = Int(FormText.line(form.responseDays)), (1...10).contains(days) else { return words.daysNeeded }
        // An empty end is open; anything else must be a whole number of years that makes a range.
        func years(_ text: String?) -> Int?? {
            let line = FormText.line(text)
            return line.isEmpty ? .some(nil) : Int(line).map { .some($0) }
        }
        guard let from = years(form.agesFrom), let through = years(form.agesThrough),
            let ages = DepartmentAges(from: from, through: through)
        else { return words.agesInvalid }
        var clash = Department.query(on: db).filter(\.$ehrKey == key)
        if let id = department.id { clash = clash.filter(\.$id != id) }
        guard try await clash.count() == 0 else { return words.keyTaken }
        department.ehrKey = key
        department.nameEnglish = english
        department.nameSpanish = spanish
        department.address = address.isEmpty ? nil : address
        department.phone = phone.isEmpty ? nil : phone
        department.confidentialCategoryValue = category.isEmpty ? nil : category
        department.takesRequests = form.takesRequests != nil
        department.reasonsEnglish = reasonsEnglish.joined(separator: "\n")
        department.reasonsSpanish = reasonsSpanish.joined(separator: "\n")
        department.videoURLTemplate = template.isEmpty ? nil : template
        department.responseBusinessDays = days
        department.agesFrom = ages.from
        department.agesThrough = ages.through
        return nil
    }

    // MARK: Pages

    private func department(_ req: Request) async throws -> Department {
        guard let id = req.id(of: Department.self),
            let department = try await Department.find(id, on: req.db)
        else { throw PortalError.notFound }
        return department
    }

    static func values(of department: Department) -> DepartmentSetupPages.FormValues {
        DepartmentSetupPages.FormValues(
            ehrKey: department.ehrKey, nameEnglish: department.nameEnglish, nameSpanish: department.nameSpanish,
            address: department.address ?? "", phone: department.phone ?? "",
            category: department.confidentialCategoryValue ?? "", takesRequests: department.takesRequests,
            reasonsEnglish: department.reasonsEnglish, reasonsSpanish: department.reasonsSpanish,
            videoTemplate: department.videoURLTemplate ?? "", responseDays: String(department.responseBusinessDays),
            agesFrom: department.ages.from.map(String.init) ?? "", agesThrough: department.ages.through.map(String.init) ?? "")
    }

    private func listPage(
        _ req: Request, form: DepartmentSetupPages.FormValues = .init(), problem: LocalizedText? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let language = req.language
        let words = Strings.departmentSetup
        let departments = try await Department.query(on: req.db).sort(\.$nameEnglish).all()
        let counts = try await DepartmentScheduler.query(on: req.db).all()
            .reduce(into: [UUID: Int]()) { $0[$1.$department.id, default: 0] += 1 }
        let rows = departments.map { department in
            var details = [department.takesRequests ? words.takesRequestsShort : words.noRequests]
            if department.videoURLTemplate != nil { details.append(words.hasVideo) }
            if let category = department.confidentialCategory { details.append(words.category(category)) }
            if department.ages != .everyone { details.append(words.agesShort(department.ages.from, department.ages.through)) }
            return DepartmentSetupPages.Row(
                name: department.name(language), link: Routes.staffDepartment(department.ref), details: details,
                schedulers: counts[department.id!] ?? 0)
        }
        return DepartmentSetupPages.list(
            .init(departments: rows, form: form, problem: problem), context: try await req.pageContext()
        ).response(status: status)
    }

    private func departmentPage(
        _ req: Request, _ department: Department, form: DepartmentSetupPages.FormValues? = nil,
        problem: LocalizedText? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let departmentID = try department.requireID()
        let schedulers = try await DepartmentScheduler.query(on: req.db).filter(\.$department.$id == departmentID)
            .with(\.$staff).all().map(\.staff).sorted { $0.fullName < $1.fullName }
        let assigned = Set(schedulers.compactMap(\.id))
        let candidates = try await StaffUser.query(on: req.db).filter(\.$status == .active).filter(\.$role == .scheduler)
            .sort(\.$fullName).all().filter { !assigned.contains($0.id!) }
        let asked = Set(
            try await DepartmentQuestionnaire.query(on: req.db).filter(\.$departmentID == departmentID).all()
                .map(\.questionnaireID))
        let model = DepartmentSetupPages.DepartmentModel(
            name: department.name(req.language), action: Routes.staffDepartment(Ref(departmentID)),
            form: form ?? Self.values(of: department),
            schedulers: schedulers.map { ($0.fullName, Routes.staffDepartmentSchedulerRemove(Ref(departmentID), $0.ref)) },
            candidates: candidates.map { ($0.id!.uuidString.lowercased(), "\($0.fullName) (\($0.email))") },
            addAction: Routes.staffDepartmentSchedulers(Ref(departmentID)),
            questionnaires: try await StoredQuestionnaire.query(on: req.db).sort(\.$titleEnglish).sort(\.$version).all()
                .map { row in
                    (
                        row.id!.uuidString.lowercased(),
                        (req.language == .spanish ? row.titleSpanish : row.titleEnglish)
                            + (row.version.isEmpty ? "" : " (\(row.version))"), row.confidential, asked.contains(row.id!)
                    )
                },
            questionnairesAction: Routes.staffDepartmentQuestionnaires(Ref(departmentID)), problem: problem,
            saved: req.query[String.self, at: "saved"] == "1")
        return DepartmentSetupPages.department(model, context: try await req.pageContext()).response(status: status)
    }
}
