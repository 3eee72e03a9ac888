extension ScoringPolicy {
    /// The bands in force on a scale: the scale's own (``ResponseScale/bands``), each replaced
    /// by this policy's threshold where one is set.
    public func bands(on scale: ResponseScale.Bands) -> ResponseScale.Bands {
        ResponseScale.Bands(
            strength: strengthThreshold ?? scale.strength, attention: attentionThreshold ?? scale.attention)
    }
}
