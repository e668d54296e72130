import Foundation
import PortalCore
import PortalRecord
import Testing
import VaporTesting

@testable import Portal

@Suite("The route table declares every route, and the server keeps to it")
struct RouteTableTests {
    @Test("Every registered route carries its declaration from the table, once")
    func everyRouteIsDeclared() async throws {
        try await withTestApp { world in
            let routes = world.app.routes.all
            #expect(routes.count >= 115)
            var seen: Set<String> = []
            for route in routes {
                let pattern = "/" + route.path.map(\.description).joined(separator: "/")
                guard let declaration = route.declaration else {
                    Issue.record("\(route.method) \(pattern) is registered without a declaration in the table")
                    continue
                }
                #expect(declaration.method == route.method && declaration.pattern == pattern, "\(declaration)")
                #expect(seen.insert(declaration.description).inserted, "\(declaration) is registered twice")
            }
        }
    }

    @Test("Every link builder makes a path that its own route answers")
    func linksMatchTheirRoutes() async throws {
        try await withTestApp { world in
            let router = TrieRouter(Vapor.Route.self)
            for route in world.app.routes.all {
                router.register(route, at: [.constant(route.method.rawValue)] + route.path)
            }
            for route in world.app.routes.all {
                guard let declaration = route.declaration else { continue }
                let path = declaration.path(filling: declaration.sampleSegments)
                var parameters = Parameters()
                let found = router.route(
                    path: [declaration.method.rawValue] + path.split(separator: "/").map(String.init), parameters: &parameters)
                #expect(found === route, "\(path) does not reach \(declaration)")
                #expect(!path.contains(":"), "\(path)")
            }
            let patient = Ref<Patient>(UUID()), thread = Ref<MessageThread>(UUID())
            #expect(Routes.patientThread(patient, thread) == "/patients/\(patient.routeSegment)/messages/\(thread.routeSegment)")
            #expect(Routes.home() == "/")
            #expect(Routes.patientResults(patient).query(["page": "2"]).hasSuffix("/results?page=2"))
            #expect(Routes.patientResults(patient).query(["page": nil]).hasSuffix("/results"))
        }
    }

    @Test("The table as reviewed: every route's method, pattern, callers and body limit")
    func tableAsReviewed() async throws {
        try await withTestApp { world in
            let lines = world.app.routes.all.compactMap(\.declaration).map { declaration in
                "\(declaration.description)  callers: \(declaration.callers)  body: \(declaration.body)"
            }
            PageSnapshot.check(text: lines.sorted().joined(separator: "\n") + "\n", named: "RouteTable.txt")
        }
    }

    @Test("Only enrollment takes more than a small form from someone not yet known")
    func strangersSendSmallBodies() async throws {
        try await withTestApp { world in
            let large = world.app.routes.all.compactMap(\.declaration)
                .filter { $0.callers.admitsStrangers && $0.body != .form }
            #expect(large.map(\.description) == [Routes.submitEnrollment.declaration.description])
        }
    }

    /// The kinds of caller the walk sends to every route.
    enum Caller: CaseIterable, CustomStringConvertible {
        case anonymous, memberWithoutAccess, otherFamily, him, clinician, scheduler, administrator

        var role: StaffRole? {
            switch self {
            case .him: .him
            case .clinician: .clinician
            case .scheduler: .scheduler
            case .administrator: .administrator
            case .anonymous, .memberWithoutAccess, .otherFamily: nil
            }
        }
        var isMember: Bool { self == .memberWithoutAccess || self == .otherFamily }
        var description: String {
            switch self {
            case .anonymous: "anonymous"
            case .memberWithoutAccess: "member without access"
            case .otherFamily: "parent of another family"
            case .him, .clinician, .scheduler, .administrator: role!.rawValue
            }
        }
    }

    /// What the declaration promises a caller who may not use the route, or nil when the
    /// caller is let through to the handler.
    enum Refusal: Equatable { case signIn, forbidden, notFound, unauthorized }

    static func expectedRefusal(_ callers: Callers, for caller: Caller) -> Refusal? {
        switch callers {
        case .anyone, .invitee, .guest: return nil
        case .systemClient, .appClient, .app: return .unauthorized
        case .signingIn: return .signIn
        case .settingUpSecondFactor: return caller == .anonymous ? .signIn : caller.isMember ? nil : .notFound
        case .signedIn: return caller == .anonymous ? .signIn : nil
        case .members: return caller == .anonymous ? .signIn : caller.isMember ? nil : .forbidden
        case .staff(let roles):
            if caller == .anonymous { return .signIn }
            return caller.role.map(roles.contains) == true ? nil : .forbidden
        case .patient(let members, let roles, _):
            if caller == .anonymous { return .signIn }
            // Members reach the policy's door, which does not let them see this patient.
            if caller.isMember { return members ? .notFound : .forbidden }
            return caller.role.map(roles.contains) == true ? nil : .forbidden
        }
    }

    /// A request from the patient in a department the scheduler works.
    static func queueRequest(_ world: TestWorld, for patient: Patient, workedBy scheduler: StaffUser) async throws {
        let db = world.app.db
        let department = Department(
            ehrKey: "walk-\(UUID().uuidString)", nameEnglish: "Walk Clinic", nameSpanish: "Clínica", reasonsEnglish: [],
            reasonsSpanish: [])
        try await department.create(on: db)
        try await DepartmentScheduler(departmentID: department.id!, staffID: scheduler.id!).create(on: db)
        let member = try await Fixtures.member(world)
        try await SchedulingRequest(
            patientID: patient.id!, departmentID: department.id!, kind: .appointment, memberID: member.id!,
            sensitivity: "normal", reason: "Check-up", visitMode: .either, submissionKey: RandomToken.make(), at: world.now
        ).create(on: db)
    }

    /// One case per kind of caller, so the walk runs in parallel. Alone a case takes seconds;
    /// the limit catches a hang, with room for the whole suite sharing two cores with it (on
    /// PostgreSQL the cases started early and finished after 5 minutes of a 5.3-minute run).
    @Test(
        "Every route answers every kind of caller as its declaration says", .timeLimit(.minutes(10)),
        arguments: Caller.allCases)
    func walkEveryRoute(as caller: Caller) async throws {
        let secrets = [
            "FHIR_IMPORT_SECRET": String(repeating: "s", count: 40), "METRICS_BEARER_TOKEN": String(repeating: "m", count: 40),
        ]
        try await withTestApp(environment: secrets) { world in
            let child = try await Fixtures.patient(world, name: "Walked Child", bornYearsAgo: 6)
            try await Fixtures.grant(world, try await Fixtures.member(world), child)
            let otherChild = try await Fixtures.patient(world, name: "Other Child", bornYearsAgo: 8)
            // Sign-out routes go last so that each caller keeps its session for the rest.
            let endsSession = [Routes.signOutEverywhere.declaration.description, Routes.signOut.declaration.description]
            func order(_ declaration: RouteDeclaration) -> Int { endsSession.firstIndex(of: declaration.description) ?? -1 }
            let declarations = world.app.routes.all.compactMap(\.declaration).sorted { order($0) < order($1) }
            var walked = 0

            let browser = Browser(world)
            switch caller {
            case .anonymous:
                try await browser.get(Routes.signIn())
            case .memberWithoutAccess:
                try await browser.signIn(email: try await Fixtures.member(world).email)
            case .otherFamily:
                let parent = try await Fixtures.member(world)
                try await Fixtures.grant(world, parent, otherChild)
                try await browser.signIn(email: parent.email)
            case .him, .clinician, .scheduler, .administrator:
                let staff = try await Fixtures.staff(world, role: caller.role!)
                // Each reaches the walked child the way their work does: a clinician's care
                // team looks after them, a scheduler's department has their request.
                if caller == .clinician { try await Fixtures.looksAfter(world, staff, child) }
                if caller == .scheduler { try await Self.queueRequest(world, for: child, workedBy: staff) }
                try await SecondFactorTests.signInStaff(browser, world, staff)
            }
            // A page after signing in carries the session's own form token.
            try await browser.get(caller.role == nil ? Routes.home() : Routes.staffHome())
            #expect(browser.csrfToken != nil, "\(caller) has no form token")

            for declaration in declarations {
                let samples = declaration.sampleSegments
                let values = zip(declaration.parameterNames, samples).map { name, sample in
                    name == Patient.routeName ? child.id!.uuidString.lowercased() : sample
                }
                let path = declaration.path(filling: values)
                if declaration.method == .POST, declaration.callers.usesBrowserSession {
                    // A forged form (no token) is refused like the caller would be, or with 403.
                    let forged = try await browser.post(path, [:], includeCSRF: false)
                    let expected = Self.expectedRefusal(declaration.callers, for: caller)
                    #expect(
                        forged.status
                            == (expected == .signIn ? .unauthorized : expected == .notFound ? .notFound : .forbidden),
                        "forged form: \(caller) \(declaration): \(forged.status.code)")
                }
                let page =
                    declaration.method == .GET ? try await browser.get(path) : try await browser.post(path, [:])
                let label = "\(caller) \(declaration): \(page.status.code) \(page.location ?? "")"
                walked += 1
                #expect(page.status.code < 500, "\(label)")
                switch Self.expectedRefusal(declaration.callers, for: caller) {
                case .signIn:
                    if declaration.method == .GET {
                        #expect(page.status == .seeOther && page.location?.contains("sign-in") == true, "\(label)")
                    } else {
                        #expect(page.status == .unauthorized, "\(label)")
                    }
                case .forbidden: #expect(page.status == .forbidden, "\(label)")
                case .notFound: #expect(page.status == .notFound, "\(label)")
                case .unauthorized: #expect(page.status == .unauthorized, "\(label)")
                case nil:
                    // Let through: whatever the handler makes of sample ids, it is not a refusal of the caller.
                    #expect(page.status != .unauthorized && page.status != .forbidden, "\(label)")
                    #expect(
                        page.location?.contains("sign-in") != true || declaration.callers == .anyone
                            || order(declaration) >= 0, "\(label)")
                }
                #expect(!page.body.contains("Walked Child") || Self.expectedRefusal(declaration.callers, for: caller) == nil)
                // Signed out now: the next form needs the token of a page seen since.
                if order(declaration) >= 0 { try await browser.get(Routes.signIn()) }
            }
            #expect(walked == declarations.count)
        }
    }
}
