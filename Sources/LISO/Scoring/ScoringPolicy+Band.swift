extension ScoringPolicy {
    /// The band of a mean: strength at or above ``strengthThreshold``, attention at or above
    /// ``attentionThreshold``, otherwise concern.
    public func band(of mean: Double) -> Band {
        if mean >= strengthThreshold { return .strength }
        if mean >= attentionThreshold { return .attention }
        return .concern
    }
}
