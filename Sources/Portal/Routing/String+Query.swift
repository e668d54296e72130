import Foundation

extension String {
    /// This path with a query string, leaving out the items whose value is nil.
    func query(_ items: KeyValuePairs<String, String?>) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let pairs = items.compactMap { key, value in
            value.map { "\(key)=\($0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
        }
        return pairs.isEmpty ? self : self + "?" + pairs.joined(separator: "&")
    }
}
