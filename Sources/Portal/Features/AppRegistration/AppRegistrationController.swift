import Fluent
import Foundation
import PortalCore
import Vapor

/// Administrators register the apps families may connect (name, kind, redirect addresses,
/// the most they may ask for), and disable one: every family's tokens for it stop at once.
struct AppRegistrationController: RouteCollection {
    struct Form: Content {
        var name: String?
        var kind: String?
        var redirects: String?
        var scopes: String?

        var values: AppRegistrationPages.FormValues {
            AppRegistrationPages.FormValues(
                name: name ?? "", confidential: kind == "confidential", redirects: redirects ?? "",
                scopes: scopes ?? AppRegistrationRules.defaultScopes)
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.on(Routes.staffApps) { req in try await listPage(req) }
        routes.on(Routes.registerApp) { req in try await register(req) }
        routes.on(Routes.staffApp) { req in try await appPage(req, try await app(req)) }
        routes.on(Routes.staffAppStatus) { req in try await changeStatus(req) }
    }

    private func app(_ req: Request) async throws -> SMARTApp {
        guard let id = req.id(of: SMARTApp.self), let app = try await SMARTApp.find(id, on: req.db) else {
            throw PortalError.notFound
        }
        return app
    }

    func listPage(
        _ req: Request, form: AppRegistrationPages.FormValues = .init(), problem: LocalizedText? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let apps = try await SMARTApp.query(on: req.db).sort(\.$name).all()
        var counts: [UUID: Int] = [:]
        for authorization in try await AppAuthorization.query(on: req.db).filter(\.$revokedAt == nil).all() {
            counts[authorization.$app.id, default: 0] += 1
        }
        let rows = apps.map { app in
            AppRegistrationPages.Row(
                name: app.name, link: Routes.staffApp(app.ref), clientID: app.clientID, confidential: app.confidential,
                disabled: app.disabledAt != nil, connections: counts[app.id!] ?? 0)
        }
        let model = AppRegistrationPages.ListModel(apps: rows, form: form, problem: problem)
        return AppRegistrationPages.list(model, context: try await req.pageContext()).response(status: status)
    }

    func register(_ req: Request) async throws -> Response {
        let staff = try req.signedInStaff()
        let form = (try? req.content.decode(Form.self)) ?? Form()
        let values = form.values
        let words = Strings.appRegistration
        // Only the two kinds there are: anything else is a form this page did not send.
        guard form.kind == "public" || form.kind == "confidential" else { throw PortalError.badRequest }
        let name = values.name.trimmingCharacters(in: .whitespacesAndNewlines)
        func refuse(_ problem: LocalizedText) async throws -> Response {
            try await listPage(req, form: values, problem: problem, status: .unprocessableEntity)
        }
        guard !name.isEmpty, name.count <= AppRegistrationRules.maxNameLength else { return try await refuse(words.missingName) }
        let redirects = RedirectAddress.list(values.redirects)
        guard !redirects.isEmpty else { return try await refuse(words.missingRedirects) }
        guard redirects.count <= AppRegistrationRules.maxRedirects else { return try await refuse(words.tooManyRedirects) }
        if let bad = redirects.first(where: { RedirectAddress.check($0) != nil }) {
            return try await refuse(words.badRedirect(String(bad.prefix(120))))
        }
        let scopes: String
        switch AppRegistrationRules.scopes(values.scopes) {
        case .success(let canonical): scopes = canonical
        case .failure(.notGiven(let word)): return try await refuse(words.badScope(String(word.prefix(120))))
        case .failure(.readsNothing): return try await refuse(words.noReadingScope)
        }
        let secret = values.confidential ? RandomToken.make() : nil
        let app = SMARTApp(
            name: name, clientID: RandomToken.make(), confidential: values.confidential,
            secretHash: secret.map(RandomToken.sha256Hex), redirectURIs: redirects, scopes: scopes,
            createdBy: try staff.requireID(), at: req.now)
        try await req.auditedChange { change in
            try await app.create(on: change.db)
            try await change.audit(.appRegistered, .success, subject: .app(try app.requireID()))
        }
        // The secret is shown on this answer only; a reload of the app's page never shows it.
        return try await appPage(req, app, secret: secret, status: .created)
    }

    func appPage(
        _ req: Request, _ app: SMARTApp, secret: String? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let connections = try await AppAuthorization.query(on: req.db).filter(\.$app.$id == app.requireID())
            .filter(\.$revokedAt == nil).count()
        let model = AppRegistrationPages.AppModel(
            name: app.name, clientID: app.clientID, confidential: app.confidential, redirects: app.redirectAddresses,
            scopes: app.scopes,
            registered: DateText.dateTime(app.createdAt, in: req.hospitalTimeZone, language: req.language),
            connections: connections, disabled: app.disabledAt != nil, secret: secret,
            statusAction: Routes.staffAppStatus(app.ref),
            notice: req.query[String.self, at: "changed"].map {
                $0 == "disabled" ? Strings.appRegistration.disabledNotice : Strings.appRegistration.enabledNotice
            })
        return AppRegistrationPages.app(model, context: try await req.pageContext()).response(status: status)
    }

    /// Disables an app (every connection to it ends at once) or enables it again.
    func changeStatus(_ req: Request) async throws -> Response {
        let app = try await app(req)
        let status = try? req.content.get(String.self, at: "status")
        guard status == "disabled" || status == "enabled" else { throw PortalError.badRequest }
        let disabling = status == "disabled"
        let now = req.now
        app.disabledAt = disabling ? now : nil
        try await req.auditedChange { change in
            try await app.update(on: change.db)
            // Disabling ends every family's connection for good: enabling the app again (after a
            // leaked secret, say) must not hand old tokens back. Families connect it anew.
            if disabling {
                try await AppAuthorization.revokeAll(appID: try app.requireID(), reason: .appDisabled, at: now, on: change.db)
            }
            try await change.audit(disabling ? .appDisabled : .appEnabled, .success, subject: .app(try app.requireID()))
        }
        return .redirect(to: Routes.staffApp(app.ref).query(["changed": disabling ? "disabled" : "enabled"]))
    }
}
