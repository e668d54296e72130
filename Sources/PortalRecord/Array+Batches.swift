extension Array {
    /// The elements in runs of `ImportWriter.batchSize`, for statements that take a list of
    /// values (SQLite allows some 32,000 values in one).
    func batches() -> [[Element]] {
        let size = ImportWriter.batchSize
        return stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
