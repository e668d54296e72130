extension Duration {
    /// The duration in seconds, as a rate or an average needs it.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
