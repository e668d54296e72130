import AsyncKit
import PortalCore
import PortalHTML
import SQLiteNIO
import Vapor

/// Turns any error into a page in the person's language (or JSON for machine endpoints).
/// The underlying error's text never reaches the response, and the log line carries only
/// the error's type and the request id, never field values that could hold health data.
enum ErrorPage {
    static func response(for error: any Error, request: Request) -> Response {
        if let needed = error as? BreakTheGlassNeeded, request.headers.accept.mediaTypes.first != .json {
            return BreakTheGlassController.formResponse(for: needed, request)
        }
        let portalError: PortalError
        switch error {
        case let known as PortalError: portalError = known
        // The API's own refusals are logged like any other, then answered in their own terms below.
        case let fhir as FHIRError: portalError = PortalError(status: fhir.status)
        // A machine client asked for a record outside the clinician's care teams: refused, not failed.
        case is BreakTheGlassNeeded: portalError = .forbidden
        case let abort as any AbortError: portalError = PortalError(status: abort.status)
        case is DecodingError: portalError = .badRequest
        // The pool waited its limit for a connection: a burst, answered "try again".
        case is ConnectionPoolTimeoutError: portalError = .busy
        // SQLite's writer stayed locked past the busy timeout: the same burst, one level down.
        case let sqlite as SQLiteError where [.busy, .busyTimeout].contains(sqlite.reason): portalError = .busy
        default: portalError = .internalFailure
        }
        let level: Logger.Level = portalError == .internalFailure ? .error : .info
        var metadata: Logger.Metadata = [
            "error": .string(portalError.identifier), "type": .string(String(describing: type(of: error))),
        ]
        // The reason code only: the message can quote bound values, which may be patient data.
        if let sqlite = error as? SQLiteError { metadata["sqlite_reason"] = .string(String(describing: sqlite.reason)) }
        request.logger.log(level: level, "request failed", metadata: metadata)

        if let fhir = error as? FHIRError { return fhir.response }
        if request.url.path.hasPrefix("/fhir/") { return FHIRError(portalError).response }
        if request.url.path.hasPrefix("/health/") || request.headers.accept.mediaTypes.first == .json {
            let body = #"{"error":"\#(portalError.identifier)"}"#
            let response = Response(
                status: portalError.status, headers: ["Content-Type": "application/json"], body: .init(string: body))
            if portalError == .busy { response.headers.replaceOrAdd(name: .retryAfter, value: "5") }
            return response
        }
        if portalError == .signInRequired && request.method == .GET {
            return .redirect(to: signInStep(for: request))
        }
        let context = request.pageContextWithoutRecords()
        let page = render(error: portalError, requestID: request.id, context: context)
        let response = page.response(status: portalError.status)
        if portalError == .busy { response.headers.replaceOrAdd(name: .retryAfter, value: "5") }
        return response
    }

    /// Where a person who is not fully signed in continues: the step they are on, or the
    /// sign-in page for their side of the portal.
    static func signInStep(for request: Request) -> String {
        switch request.currentSession?.session.stage {
        case .awaitingSecondFactor: Routes.signInCode()
        case .settingUpSecondFactor: Routes.secondFactorSetup()
        case .signedIn: request.url.path.hasPrefix("/staff") ? Routes.staffSignIn() : Routes.signIn()
        case nil:
            // A member's page (a link from an e-mail, an app's authorization) opens again once signed in.
            if request.url.path.hasPrefix("/staff") {
                Routes.staffSignIn()
            } else {
                Routes.signIn().query(["return_to": request.url.path == Routes.home() ? nil : request.url.path])
            }
        }
    }

    static func render(error: PortalError, requestID: String, context: PageContext) -> Node {
        let language = context.language
        return Layout.page(title: Strings.errors.title(language), context: context) {
            h1 { Strings.errors.title(language) }
            p(.class("lead")) { Strings.errors.message(error)(language) }
            p { a(.href(Routes.home())) { Strings.errors.goHome(language) } }
            p(.class("hint")) { "\(Strings.errors.reference(language)): \(error.identifier) · \(requestID)" }
        }
    }
}
