extension Divergence {
    enum CodingKeys: String, CodingKey {
        case kind, network, element, difference, highest, lowest, means, flagged
    }

    /// Encodes the divergence with every key present; `network` is `null` for the whole set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeOrNull(network, forKey: .network)
        try container.encode(element, forKey: .element)
        try container.encodeOrNull(difference, forKey: .difference)
        try container.encode(highest, forKey: .highest)
        try container.encode(lowest, forKey: .lowest)
        try container.encode(means.mapValues { $0.isFinite ? $0 : nil }, forKey: .means)
        try container.encode(flagged, forKey: .flagged)
    }
}

extension Recommendation {
    enum CodingKeys: String, CodingKey {
        case network, phase, element, band, mean, workingElements
    }

    /// Encodes the recommendation with every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeOrNull(network, forKey: .network)
        try container.encodeOrNull(phase, forKey: .phase)
        try container.encode(element, forKey: .element)
        try container.encode(band, forKey: .band)
        try container.encodeOrNull(mean, forKey: .mean)
        try container.encode(workingElements, forKey: .workingElements)
    }
}

extension WaveComparison {
    enum CodingKeys: String, CodingKey {
        case before, after, elements
    }

    /// Encodes the comparison with every key present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(elements, forKey: .elements)
    }
}

extension ElementChange {
    enum CodingKeys: String, CodingKey {
        case id, nBefore, nAfter, meanBefore, meanAfter, difference, ci95, hedgesG, likelyReal, note
    }

    /// Encodes the change with every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(nBefore, forKey: .nBefore)
        try container.encode(nAfter, forKey: .nAfter)
        try container.encodeOrNull(meanBefore, forKey: .meanBefore)
        try container.encodeOrNull(meanAfter, forKey: .meanAfter)
        try container.encodeOrNull(difference, forKey: .difference)
        try container.encodeOrNull(ci95, forKey: .ci95)
        try container.encodeOrNull(hedgesG, forKey: .hedgesG)
        try container.encode(likelyReal, forKey: .likelyReal)
        try container.encodeOrNull(note, forKey: .note)
    }
}

extension Diagnostic {
    enum CodingKeys: String, CodingKey {
        case severity, kind, message, file, line, column
    }

    /// Encodes the diagnostic with every key present; an unknown place is `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(kind, forKey: .kind)
        try container.encode(message, forKey: .message)
        try container.encodeOrNull(file, forKey: .file)
        try container.encodeOrNull(line, forKey: .line)
        try container.encodeOrNull(column, forKey: .column)
    }
}

extension ScoringPolicy {
    enum CodingKeys: String, CodingKey {
        case minimumAnsweredFraction, minimumGroupSize, divergenceThreshold, strengthThreshold
        case attentionThreshold, straightlinerMinimumItems, groupings
    }

    /// Encodes the policy with every key present; a number that is not finite (a policy set to
    /// `.infinity` or NaN) is written as `null` for that value only.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeOrNull(minimumAnsweredFraction, forKey: .minimumAnsweredFraction)
        try container.encode(minimumGroupSize, forKey: .minimumGroupSize)
        try container.encodeOrNull(divergenceThreshold, forKey: .divergenceThreshold)
        try container.encodeOrNull(strengthThreshold, forKey: .strengthThreshold)
        try container.encodeOrNull(attentionThreshold, forKey: .attentionThreshold)
        try container.encode(straightlinerMinimumItems, forKey: .straightlinerMinimumItems)
        try container.encode(groupings, forKey: .groupings)
    }

    /// Decodes a policy as ``encode(to:)`` writes it; a `null` number reads as NaN, which the
    /// scorer treats as its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func number(_ key: CodingKeys) throws -> Double {
            try container.decodeIfPresent(Double.self, forKey: key) ?? .nan
        }
        self.init(
            minimumAnsweredFraction: try number(.minimumAnsweredFraction),
            minimumGroupSize: try container.decode(Int.self, forKey: .minimumGroupSize),
            divergenceThreshold: try number(.divergenceThreshold),
            strengthThreshold: try container.decodeIfPresent(Double.self, forKey: .strengthThreshold),
            attentionThreshold: try container.decodeIfPresent(Double.self, forKey: .attentionThreshold),
            straightlinerMinimumItems: try container.decode(Int.self, forKey: .straightlinerMinimumItems),
            groupings: try container.decode([[GroupDimension]].self, forKey: .groupings))
    }
}
