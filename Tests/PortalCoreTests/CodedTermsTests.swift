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

@Suite("Vaccine groups: what a CVX code protects against")
struct VaccineGroupTests {
    @Test("Single and combination vaccines, by the CVX address or OID, with or without the leading zero")
    func known() {
        let cvx = "http://hl7.org/fhir/sid/cvx"
        #expect(VaccineGroup.of(system: cvx, code: "03") == [.measlesMumpsRubella])
        #expect(VaccineGroup.of(system: cvx, code: "3") == [.measlesMumpsRubella])
        #expect(VaccineGroup.of(system: "urn:oid:2.16.840.1.113883.12.292", code: "21") == [.varicella])
        #expect(VaccineGroup.of(system: cvx, code: "115") == [.diphtheriaTetanusPertussis])
        // Pediarix: DTaP, hepatitis B and polio; ProQuad: MMR and chickenpox.
        #expect(VaccineGroup.of(system: cvx, code: "110") == [.diphtheriaTetanusPertussis, .polio, .hepatitisB])
        #expect(VaccineGroup.of(system: cvx, code: "94") == [.measlesMumpsRubella, .varicella])
        #expect(VaccineGroup.varicella.name.spanish == "Varicela")
        #expect(VaccineGroup.diphtheriaTetanusPertussis.name.spanish.hasPrefix("Difteria, tétanos y tos ferina"))
    }

    @Test("Every group has a code and words in both languages; flu, HPV and COVID-19 codes belong to no other group")
    func complete() {
        for group in VaccineGroup.allCases {
            #expect(!group.name.english.isEmpty && !group.name.spanish.isEmpty)
            #expect(
                (1...400).contains { VaccineGroup.of(system: "http://hl7.org/fhir/sid/cvx", code: String($0)).contains(group) })
        }
        // Flu, HPV and COVID-19 vaccines are never combined with another in CVX.
        for code in 1...400 {
            let groups = VaccineGroup.of(system: "http://hl7.org/fhir/sid/cvx", code: String(code))
            if groups.contains(where: { [.influenza, .hpv, .covid19].contains($0) }) { #expect(groups.count == 1) }
        }
    }

    @Test("Another code system, an unknown or malformed code, or none: no group, so the EHR's name is shown")
    func unknown() {
        #expect(VaccineGroup.of(system: "http://snomed.info/sct", code: "03").isEmpty)
        #expect(VaccineGroup.of(system: "http://hl7.org/fhir/sid/cvx", code: "999").isEmpty)
        #expect(VaccineGroup.of(system: "http://hl7.org/fhir/sid/cvx", code: "MMR").isEmpty)
        #expect(VaccineGroup.of(system: "http://hl7.org/fhir/sid/cvx", code: nil).isEmpty)
        #expect(VaccineGroup.of(system: nil, code: "03").isEmpty)
    }
}
