import Foundation
import Testing

@testable import PortalFHIR

/// Every refusal names the entry and the field, and nothing of the bundle is returned.
@Suite("Bundles the import refuses")
struct BadBundleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bundle: JSONValue
        let entry: Int?
        let field: String
        let words: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "not FHIR", bundle: ["hello": "world"], entry: nil, field: "resourceType", words: "not a FHIR resource"),
        Case(
            name: "not a bundle", bundle: ["resourceType": "Patient"], entry: nil, field: "resourceType",
            words: "takes a Bundle"),
        Case(
            name: "a searchset", bundle: ["resourceType": "Bundle", "type": "searchset"], entry: nil, field: "type",
            words: "transaction, batch or collection"),
        Case(
            name: "STU3 immunization",
            bundle: SampleBundle.with(6) {
                $0["occurrenceDateTime"] = nil
                $0["date"] = "2015-05-01"
            }, entry: 6, field: "date", words: "FHIR STU3"),
        Case(
            name: "STU3 allergy status as a string", bundle: SampleBundle.with(5) { $0["clinicalStatus"] = "active" },
            entry: 5, field: "clinicalStatus", words: "FHIR STU3"),
        Case(
            name: "R5 medication", bundle: SampleBundle.with(4) { $0["medication"] = ["concept": ["text": "x"]] },
            entry: 4, field: "medication", words: "FHIR R5"),
        Case(
            name: "DSTU2 resource type", bundle: SampleBundle.with(4) { $0["resourceType"] = "MedicationOrder" }, entry: 4,
            field: "resourceType", words: "FHIR DSTU2"),
        Case(
            name: "missing identifier", bundle: SampleBundle.with(1) { $0["identifier"] = nil }, entry: 1,
            field: "identifier", words: "is required"),
        Case(
            name: "missing status", bundle: SampleBundle.with(6) { $0["status"] = nil }, entry: 6, field: "status",
            words: "is required"),
        Case(
            name: "missing vaccine code", bundle: SampleBundle.with(6) { $0["vaccineCode"] = nil }, entry: 6,
            field: "vaccineCode", words: "is required"),
        Case(
            name: "a status that is not a code", bundle: SampleBundle.with(1) { $0["status"] = "done" }, entry: 1,
            field: "status", words: "is not one of"),
        Case(
            name: "an interpretation that is a paragraph",
            bundle: SampleBundle.with(1) { $0["interpretation"] = [["text": .string(String(repeating: "high ", count: 21))]] },
            entry: 1, field: "interpretation[0]", words: "too long for an interpretation"),
        Case(
            name: "unknown patient reference",
            bundle: SampleBundle.with(1) { $0["subject"] = ["reference": "Patient/elsewhere"] }, entry: 1,
            field: "subject.reference", words: "not in the bundle"),
        Case(
            name: "no subject", bundle: SampleBundle.with(4) { $0["subject"] = nil }, entry: 4, field: "subject",
            words: "is required"),
        Case(
            name: "patient without a record number", bundle: SampleBundle.with(0) { $0["identifier"] = [["value": "x"]] },
            entry: 0, field: "identifier", words: "record-number identifier"),
        Case(
            name: "duplicate identifiers", bundle: SampleBundle.make().appending(SampleBundle.make()["entry"]![6]!), entry: 8,
            field: "identifier",
            words: "Bundle.entry[6]"),
        Case(
            name: "huge text",
            bundle: SampleBundle.with(6) { $0["lotNumber"] = .string(String(repeating: "x", count: 5_000)) }, entry: 6,
            field: "lotNumber", words: "too long"),
        Case(
            name: "script in narrative HTML",
            bundle: SampleBundle.with(7) {
                $0["content"]?[0]?["attachment"]?["data"] = .string(
                    Data("<p>Hi</p><script>steal()</script>".utf8).base64EncodedString())
            }, entry: 7, field: "content[0].attachment.data", words: "<script>"),
        Case(
            name: "javascript link in narrative HTML",
            bundle: SampleBundle.with(7) {
                $0["content"]?[0]?["attachment"]?["data"] = .string(
                    Data("<a href=\"JavaScript:go()\">go</a>".utf8).base64EncodedString())
            }, entry: 7, field: "content[0].attachment.data", words: "script link"),
        Case(
            name: "narrative HTML nested too deep",
            bundle: SampleBundle.with(7) {
                $0["content"]?[0]?["attachment"]?["data"] = .string(
                    Data(String(repeating: "<div>", count: 5_000).utf8).base64EncodedString())
            }, entry: 7, field: "content[0].attachment.data", words: "nested deeper than 32"),
        Case(
            name: "a value that does not parse", bundle: SampleBundle.with(1) { $0["valueQuantity"]?["value"] = "10,1" },
            entry: 1, field: "valueQuantity.value", words: "expected a number, found text"),
        Case(
            name: "a unit that does not parse", bundle: SampleBundle.with(1) { $0["valueQuantity"]?["code"] = "g//dL" },
            entry: 1, field: "valueQuantity.code", words: "not a UCUM unit"),
        Case(
            name: "a time without a zone", bundle: SampleBundle.with(1) { $0["effectiveDateTime"] = "2025-11-20T08:30:00" },
            entry: 1, field: "effectiveDateTime", words: "time zone"),
        Case(
            name: "an issued date that is not an instant", bundle: SampleBundle.with(1) { $0["issued"] = "2025-11-20" },
            entry: 1, field: "issued", words: "time with its time zone"),
        Case(
            name: "a final result without a value",
            bundle: SampleBundle.with(1) { $0["valueQuantity"] = nil }, entry: 1, field: "value[x]",
            words: "needs a value"),
        Case(
            name: "a report of neither laboratory nor imaging",
            bundle: SampleBundle.with(2) { $0["category"] = [FHIRBuilder.concept("x", "CARD", "Cardiology")] }, entry: 2,
            field: "category", words: "laboratory (LAB) and imaging (RAD)"),
        Case(
            name: "a report listing a result that is not in the bundle",
            bundle: SampleBundle.with(2) { $0["result"] = [["reference": "Observation/missing"]] }, entry: 2,
            field: "result[0].reference", words: "not in the bundle"),
        Case(
            name: "a PDF that is not one",
            bundle: SampleBundle.with(7) {
                $0["content"]?[0]?["attachment"] = ["contentType": "application/pdf", "data": "aGVsbG8gd29ybGQ="]
            }, entry: 7, field: "content[0].attachment.data", words: "not a PDF"),
        Case(
            name: "content by URL only",
            bundle: SampleBundle.with(7) {
                $0["content"]?[0]?["attachment"] = ["contentType": "text/plain", "url": "https://ehr/doc/1"]
            }, entry: 7, field: "content[0].attachment.data", words: "inline"),
        Case(
            name: "a delete in a transaction",
            bundle: {
                var bundle = SampleBundle.make()
                bundle["entry"]?[3]?["request"] = ["method": "DELETE", "url": "DiagnosticReport/img-1"]
                return bundle
            }(), entry: 3, field: "request.method", words: "entered-in-error"),
        Case(
            name: "a document of a visit that is not in the bundle",
            bundle: SampleBundle.with(7) { $0["context"] = ["related": [["reference": "Appointment/missing"]]] }, entry: 7,
            field: "context.related[0].reference", words: "Appointment that is not in the bundle"),
        Case(
            name: "a list where an object belongs", bundle: SampleBundle.with(1) { $0["code"] = [["text": "x"]] }, entry: 1,
            field: "code", words: "expected an object"),
        Case(
            name: "an object where a list belongs", bundle: SampleBundle.with(5) { $0["reaction"] = ["severity": "mild"] },
            entry: 5, field: "reaction", words: "expected a list"),
    ]

    @Test("Each bad bundle is refused with the entry and the field named", arguments: cases)
    func refused(_ bad: Case) {
        guard let refusal = problem(bad.bundle) else {
            Issue.record("\(bad.name) was accepted")
            return
        }
        #expect(refusal.entry == bad.entry)
        #expect(refusal.field == bad.field)
        #expect(refusal.description.contains(bad.words), "\(refusal.description)")
    }

    @Test("A refusal never quotes the clinical content it refused")
    func noContentInMessages() throws {
        let refusal = try #require(problem(SampleBundle.with(1) { $0["valueQuantity"]?["value"] = "secret 42" }))
        #expect(!refusal.description.contains("secret"))
    }
}

extension JSONValue {
    /// The bundle with one more entry at the end.
    func appending(_ entry: JSONValue) -> JSONValue {
        var copy = self
        if case .array(let entries) = copy["entry"] { copy["entry"] = .array(entries + [entry]) }
        return copy
    }
}
