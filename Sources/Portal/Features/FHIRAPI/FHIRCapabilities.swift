import Foundation
import PortalCore
import PortalFHIR

/// The CapabilityStatement at `/fhir/r4/metadata`: what the API truly does, and where an
/// app signs in (SMART's `oauth-uris` extension, which clients such as fhirclient read).
enum FHIRCapabilities {
    static let searchParameters: [AppResourceType: [(String, String)]] = [
        .patient: [("_id", "token"), ("identifier", "token")],
        .observation: [("patient", "reference"), ("category", "token"), ("code", "token"), ("date", "date")],
        .diagnosticReport: [("patient", "reference"), ("category", "token"), ("code", "token"), ("date", "date")],
        .medicationRequest: [("patient", "reference"), ("status", "token"), ("intent", "token")],
        .allergyIntolerance: [("patient", "reference"), ("clinical-status", "token")],
        .immunization: [("patient", "reference"), ("date", "date"), ("status", "token")],
        .documentReference: [
            ("patient", "reference"), ("category", "token"), ("type", "token"), ("date", "date"), ("status", "token"),
        ],
        .appointment: [("patient", "reference"), ("date", "date"), ("status", "token")],
    ]

    static func statement(_ config: PortalConfig, now: Date) -> JSONValue {
        let base = config.publicBase
        var resources: [JSONValue] = AppResourceType.allCases.map { type in
            [
                "type": .string(type.rawValue),
                "interaction": [["code": "read"], ["code": "search-type"]],
                "searchParam": .array(
                    (searchParameters[type] ?? []).map { name, kind in ["name": .string(name), "type": .string(kind)] }),
            ]
        }
        resources.append(["type": "Binary", "interaction": [["code": "read"]]])
        return [
            "resourceType": "CapabilityStatement",
            "status": "active",
            "date": .string(String(now.formatted(.iso8601).prefix(10))),
            "publisher": .string(config.hospitalName),
            "kind": "instance",
            "software": ["name": .string("\(config.hospitalName) patient portal")],
            "implementation": [
                "description": "Read-only patient access for apps a family connects", "url": .string(config.fhirBase),
            ],
            "fhirVersion": "4.0.1",
            "format": ["json"],
            "rest": [
                [
                    "mode": "server",
                    "security": [
                        "service": [
                            FHIRResources.coding(
                                "http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR")
                        ],
                        "extension": [
                            [
                                "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
                                "extension": [
                                    ["url": "authorize", "valueUri": .string(base + Routes.appAuthorize())],
                                    ["url": "token", "valueUri": .string(base + Routes.appToken())],
                                ],
                            ]
                        ],
                    ],
                    "resource": .array(resources),
                ]
            ],
        ]
    }
}
