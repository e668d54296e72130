import Vapor

/// The page of a long list a request asks for, and how many pages a list fills.
enum Paging {
    /// `?page=`: 1 when missing or not a number, and never past 100,000.
    static func requested(_ req: Request) -> Int {
        max(1, min((try? req.query.get(Int.self, at: "page")) ?? 1, 100_000))
    }

    /// At least one page, even for an empty list.
    static func count(of total: Int, perPage: Int) -> Int {
        max(1, (total + perPage - 1) / perPage)
    }
}
