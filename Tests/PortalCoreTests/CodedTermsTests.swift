import Testing

@testable import PortalCore

@Suite("Coded values said in the viewer's language")
struct CodedTermsTests {
    @Test("Sites and routes in every spelling of their code systems, in English and Spanish")
    func known() throws {
        for system in [
            "http://terminology.hl7.org/CodeSystem/v3-ActSite", "http://hl7.org/fhir/v3/ActSite",
            "urn:oid:2.16.840.1.113883.5.1052",
        ] {
            let thigh = try #require(CodedTerms.words(.bodySite, system: system, code: "LT"))
            #expect(thigh.english == "Left thigh" && thigh.spanish == "Muslo izquierdo")
        }
        #expect(
            CodedTerms.words(.bodySite, key: "http://snomed.info/sct|368209003")?.spanish == "Parte superior del brazo derecho")
        #expect(
            CodedTerms.words(.route, key: "http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration|IM")?.spanish
                == "Inyección en el músculo")
        #expect(CodedTerms.words(.route, key: "urn:oid:2.16.840.1.113883.6.96|26643006")?.english == "By mouth")
    }

    @Test("Unknown codes, systems, a code of the wrong kind, and malformed keys give nothing: the EHR's text is shown")
    func unknown() {
        #expect(CodedTerms.words(.bodySite, system: "http://terminology.hl7.org/CodeSystem/v3-ActSite", code: "XX") == nil)
        #expect(CodedTerms.words(.bodySite, system: "http://example.org/sites", code: "LT") == nil)
        #expect(CodedTerms.words(.route, system: "http://terminology.hl7.org/CodeSystem/v3-ActSite", code: "LT") == nil)
        #expect(CodedTerms.words(.bodySite, system: nil, code: "LT") == nil)
        #expect(CodedTerms.words(.bodySite, key: "LT") == nil && CodedTerms.words(.bodySite, key: nil) == nil)
    }
}
