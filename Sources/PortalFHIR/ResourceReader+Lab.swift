import Foundation

extension ResourceReader {
    static let observationStatuses: Set<String> = [
        "registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown",
    ]
    static let reportStatuses: Set<String> = [
        "registered", "partial", "preliminary", "final", "amended", "corrected", "appended", "cancelled",
        "entered-in-error", "unknown",
    ]
    /// HL7 v2 table 0074 sections that are laboratory, and those that are imaging.
    static let labSections: Set<String> = [
        "LAB", "CH", "HM", "MB", "SP", "SR", "CP", "BLB", "CG", "HLA", "IMM", "MCB", "MYC", "PAR", "SC", "TX", "VR", "URN",
    ]
    static let imagingSections: Set<String> = ["RAD", "CT", "RX", "US", "NMR", "NMS", "VUS", "OUS", "XRC", "RUS", "CUS"]
    static let loincRadiology = "LP29684-5"

    /// A laboratory Observation; nil for other categories (vital signs, social history),
    /// which the portal does not show yet.
    func labResult() throws -> LabResultRecord? {
        let categories = try resource["category"].codes(
            in: "http://terminology.hl7.org/CodeSystem/observation-category")
        guard categories.contains("laboratory") else { return nil }
        var result = LabResultRecord(
            header: try header(), reportKey: nil, test: try resource["code"].requiredConcept(preferring: CodeSystems.loinc),
            status: try status(Self.observationStatuses),
            collectedAt: try resource["effectiveDateTime"].dateTime()
                ?? resource["effectivePeriod"]["start"].dateTime(),
            issuedAt: try resource["issued"].instant(),
            note: try resource["note"].first()?["text"].string(maxLength: TextLimits.narrative))
        try readValue(into: &result)
        for range in try resource["referenceRange"].list().prefix(1) {
            result.rangeLow = try range["low"]["value"].number()
            result.rangeHigh = try range["high"]["value"].number()
            result.rangeText = try range["text"].string()
        }
        if let interpretation = try resource["interpretation"].first() {
            let codes = try interpretation.codes(in: CodeSystems.interpretation)
            let text = try codes.first ?? interpretation.concept(preferring: nil)?.name
            // A word or two; it is kept in the trend index, whose entries PostgreSQL limits in size.
            if let text, text.count > TextLimits.interpretation {
                throw interpretation.problem(
                    "is too long for an interpretation (\(text.count) characters; the limit is \(TextLimits.interpretation))")
            }
            result.interpretation = text
        }
        return result
    }

    private func readValue(into result: inout LabResultRecord) throws {
        let quantity = resource["valueQuantity"]
        if quantity.isPresent {
            guard let value = try quantity["value"].number() else { throw quantity["value"].problem("is required") }
            let comparator = try quantity["comparator"].code(in: ["<", "<=", ">=", ">"])
            result.value = .quantity(value, comparator: comparator)
            let code = try quantity["code"].string()
            if let code, try quantity["system"].string() == CodeSystems.ucum {
                guard UCUMSyntax.isValid(code) else {
                    throw quantity["code"].problem("is not a UCUM unit (for example mg/dL, 10*3/uL, mmol/L)")
                }
            }
            result.unit = try quantity["unit"].string() ?? code
        } else if let integer = try resource["valueInteger"].integer() {
            result.value = .quantity(Double(integer), comparator: nil)
        } else if let text = try resource["valueString"].string(maxLength: TextLimits.narrative) {
            result.value = .text(text)
        } else if let concept = try resource["valueCodeableConcept"].concept(preferring: CodeSystems.snomed) {
            result.value = .coded(concept)
        } else if let other = [
            "valueBoolean", "valueRange", "valueRatio", "valueSampledData", "valueTime",
            "valueDateTime", "valuePeriod",
        ].first(where: { resource[$0].isPresent }) {
            throw resource[other].problem(
                "is a kind of value the portal cannot show; send valueQuantity, valueString or valueCodeableConcept")
        } else if ["final", "amended", "corrected"].contains(result.status), !resource["dataAbsentReason"].isPresent {
            throw resource["value[x]"].problem("a \(result.status) result needs a value, or a dataAbsentReason saying why not")
        }
    }

    enum DiagnosticReportKind {
        case lab(LabReportRecord)
        case imaging(ImagingReportRecord)
    }

    func diagnosticReport() throws -> DiagnosticReportKind {
        let sections = Set(try resource["category"].codes(in: CodeSystems.v2DiagnosticService))
        let loincCategories = Set(try resource["category"].codes(in: CodeSystems.loinc))
        let status = try status(Self.reportStatuses)
        let effective = try resource["effectiveDateTime"].dateTime() ?? resource["effectivePeriod"]["start"].dateTime()
        if !sections.isDisjoint(with: Self.imagingSections) || loincCategories.contains(Self.loincRadiology) {
            return .imaging(try imagingReport(status: status, performedAt: effective))
        }
        guard !sections.isDisjoint(with: Self.labSections) else {
            throw resource["category"].problem(
                "the portal reads laboratory (LAB) and imaging (RAD) reports; give one of those HL7 v2-0074 codes")
        }
        var resultKeys: [String] = []
        for result in try resource["result"].list() {
            let observation = try referenced(result, type: "Observation")
            resultKeys.append(try ResourceReader(resource: observation, references: references).sourceKey())
        }
        return .lab(
            LabReportRecord(
                header: try header(), panel: try resource["code"].requiredConcept(preferring: CodeSystems.loinc),
                status: status, collectedAt: effective, issuedAt: try resource["issued"].instant(), resultKeys: resultKeys,
                conclusion: try resource["conclusion"].string(maxLength: TextLimits.narrative)))
    }

    private func imagingReport(status: String, performedAt: FHIRDateTime?) throws -> ImagingReportRecord {
        let study = try resource["code"].requiredConcept(preferring: CodeSystems.loinc)
        var findings: String?
        for form in try resource["presentedForm"].list() {
            guard try form["contentType"].string()?.hasPrefix("text/plain") == true else { continue }
            findings = try Attachment.text(form["data"], limit: TextLimits.narrative)
        }
        if findings == nil, let div = try resource["text"]["div"].string(maxLength: TextLimits.narrative) {
            findings = try NarrativeHTML.plainText(div, at: resource["text"]["div"])
        }
        var bodySite: String?
        for extensionNode in try resource["extension"].list()
        where try extensionNode["url"].string() == "http://hl7.org/fhir/StructureDefinition/bodySite" {
            bodySite = try extensionNode["valueCodeableConcept"].concept(preferring: CodeSystems.snomed)?.name
        }
        let modality =
            try resource["code"].codes(in: CodeSystems.dicom).first ?? resource["category"].codes(in: CodeSystems.dicom).first
        return ImagingReportRecord(
            header: try header(), study: study, modality: modality, bodySite: bodySite, findings: findings,
            impression: try resource["conclusion"].string(maxLength: TextLimits.narrative), status: status,
            performedAt: performedAt, issuedAt: try resource["issued"].instant())
    }
}
