import Foundation
import PortalFHIR

/// A searchset Bundle: one page of matches, the total, and links to the pages around it.
enum FHIRBundle {
    static func searchset(
        type: String, resources: [JSONValue], total: Int, search: FHIRSearchParameters, fhirBase: String
    ) -> JSONValue {
        let base = "\(fhirBase)/\(type)"
        var links: [JSONValue] = [
            ["relation": "self", "url": .string(search.link(base, offset: search.offset))],
            ["relation": "first", "url": .string(search.link(base, offset: 0))],
        ]
        if search.offset > 0 {
            links.append([
                "relation": "previous", "url": .string(search.link(base, offset: max(0, search.offset - search.count))),
            ])
        }
        if search.offset + search.count < total {
            links.append(["relation": "next", "url": .string(search.link(base, offset: search.offset + search.count))])
        }
        let entries: [JSONValue] = resources.map { resource in
            let id = resource["id"]?.stringValue ?? ""
            let resourceType = resource["resourceType"]?.stringValue ?? type
            return [
                "fullUrl": .string("\(fhirBase)/\(resourceType)/\(id)"), "resource": resource, "search": ["mode": "match"],
            ]
        }
        var bundle: [String: JSONValue] = [
            "resourceType": "Bundle", "type": "searchset", "total": .number(Double(total)), "link": .array(links),
        ]
        if !entries.isEmpty { bundle["entry"] = .array(entries) }
        return .object(bundle)
    }

    /// A page of an in-memory list, for the record's short lists.
    static func page<T>(_ items: [T], _ search: FHIRSearchParameters) -> [T] {
        guard search.offset < items.count else { return [] }
        return Array(items[search.offset..<min(items.count, search.offset + search.count)])
    }
}
