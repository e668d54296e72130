import Vapor

extension RoutesBuilder {
    /// Registers a route of the table. Its declaration travels with it: the middleware
    /// enforces its callers, body limit and CSRF token before `handler` runs, and tests read
    /// it back from the router to walk every route.
    func on<each Parameter>(
        _ route: PortalRoute<repeat each Parameter>, use handler: @escaping @Sendable (Request) async throws -> Response
    ) {
        register(route.declaration, handler)
    }

    /// Registers a route whose path names a patient: `handler` receives the patient only
    /// once the access policy has let this caller see them.
    func on<each Parameter>(
        _ route: PortalRoute<repeat each Parameter>,
        use handler: @escaping @Sendable (Request, AuthorizedPatient) async throws -> Response
    ) {
        guard case .patient = route.declaration.callers else {
            preconditionFailure("\(route.declaration) hands its handler a patient but is not declared for one")
        }
        register(route.declaration) { req in
            guard let authorized = req.routePatient else { throw PortalError.notFound }
            return try await handler(req, authorized)
        }
    }

    private func register(_ declaration: RouteDeclaration, _ handler: @escaping @Sendable (Request) async throws -> Response) {
        // `.stream`: the middleware reads the body itself, within the declared limit.
        let route = grouped(RouteAccessMiddleware(declaration: declaration))
            .on(declaration.method, declaration.components, body: .stream, use: handler)
        route.userInfo[RouteDeclaration.userInfoKey] = declaration
    }
}

extension RouteDeclaration {
    static let userInfoKey = "portal.declaration"
}

extension Vapor.Route {
    /// The table's declaration of this route; nil only for a route registered around the table.
    var declaration: RouteDeclaration? { userInfo[RouteDeclaration.userInfoKey] as? RouteDeclaration }
}
