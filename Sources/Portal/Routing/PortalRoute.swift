import Foundation
import PortalCore
import Vapor

/// How large a request's body may grow while it streams in; the rest is refused with 413
/// before it is buffered.
enum BodyLimit: Sendable, Equatable {
    /// A plain form or an empty body.
    case form
    /// A form with one identity or supporting document.
    case document
    /// A message with up to three attachments.
    case messageWithAttachments
    /// A form with a photo of each side of a card.
    case twoPhotos
    /// A FHIR bundle from the EHR: years of one patient's results.
    case fhirBundle

    var bytes: Int {
        switch self {
        case .form: 64 * 1024
        // The largest file plus room for the form's other fields.
        case .document: UploadedFileKind.maxBytes + 256 * 1024
        // Three files and the text, with room for one file over its own limit, so that it is
        // answered with a message next to the form rather than a bare "too large" page.
        case .messageWithAttachments: 3 * UploadedFileKind.maxBytes + 2 * 1024 * 1024
        case .twoPhotos: 2 * UploadedFileKind.maxBytes + 2 * 1024 * 1024
        case .fhirBundle: 64 * 1024 * 1024
        }
    }
}

/// Everything the table says about one route, without its parameter types: what the
/// server registers, the middleware enforces and the tests walk.
struct RouteDeclaration: Sendable, CustomStringConvertible {
    let method: HTTPMethod
    /// `/patients/:patientID/messages`: literal segments and `:name` parameters.
    let pattern: String
    let callers: Callers
    let body: BodyLimit
    /// A well-formed value for each parameter in order, for tests that walk every route.
    let sampleSegments: [String]
    /// The pattern split once: a page builds every link it shows from it.
    private let segments: [(text: Substring, isParameter: Bool)]

    init(method: HTTPMethod, pattern: String, callers: Callers, body: BodyLimit, sampleSegments: [String]) {
        self.method = method
        self.pattern = pattern
        self.callers = callers
        self.body = body
        self.sampleSegments = sampleSegments
        segments = pattern.split(separator: "/").map { ($0, $0.hasPrefix(":")) }
    }

    /// A route that changes something: its form must carry the CSRF token.
    var changesState: Bool { method != .GET && method != .HEAD }

    var components: [PathComponent] { pattern.pathComponents }

    /// The `:name`s of the pattern, in order.
    var parameterNames: [String] {
        pattern.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
    }

    /// The pattern with each parameter replaced by a value, in order.
    func path(filling values: [String]) -> String {
        var remaining = values[...]
        var path = ""
        for segment in segments {
            path += "/"
            if segment.isParameter, let value = remaining.popFirst() { path += value } else { path += segment.text }
        }
        return path.isEmpty ? "/" : path
    }

    var description: String { "\(method.rawValue) \(pattern)" }
}

/// A route of the table, typed by the parameters its path takes in order. Calling it builds
/// the path: `Routes.patientThread(authorized.ref, thread.ref)`.
struct PortalRoute<each Parameter: RouteParameter>: Sendable {
    let declaration: RouteDeclaration

    init(
        _ method: HTTPMethod, _ pattern: String, _ parameters: repeat (each Parameter).Type, callers: Callers,
        body: BodyLimit = .form
    ) {
        var names: [String] = []
        var samples: [String] = []
        for type in repeat each parameters {
            names.append(type.routeName)
            samples.append(type.sample.routeSegment)
        }
        declaration = RouteDeclaration(
            method: method, pattern: pattern, callers: callers, body: body, sampleSegments: samples)
        precondition(
            declaration.parameterNames == names,
            "\(pattern) names \(declaration.parameterNames) but its route takes \(names)")
    }

    /// Whether staff with this role may call the route, for pages that offer it only to them.
    func admits(_ role: StaffRole) -> Bool {
        switch declaration.callers {
        case .staff(let roles), .patient(_, let roles, _): roles.contains(role)
        case .signedIn, .anyone: true
        default: false
        }
    }

    func callAsFunction(_ values: repeat each Parameter) -> String {
        var segments: [String] = []
        for value in repeat each values { segments.append(value.routeSegment) }
        return declaration.path(filling: segments)
    }
}
