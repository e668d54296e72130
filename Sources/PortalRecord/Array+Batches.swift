extension Array {
    /// The elements in runs of `ImportWriter.batchSize`, for statements that take a list of
    /// values (one takes at most 32,766).
    func batches() -> [[Element]] {
        let size = ImportWriter.batchSize
        return stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
