// Hand-written encoders: every key is written, absent values as `null`, never omitted; numbers
// that are not finite are written as `null`. Keys come from each type's `CodingKeys`; decoding
// is synthesized from the same keys (`null` decodes as `nil`), except where a type's shape on
// the wire differs from its model (``GroupResult``).

extension EvaluationResult {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, tool, instrument, policy, sources, respondents, rowsRead, rowsRejected, multiSelect
        case overall, groups, divergence, recommendations, flags, diagnostics, comparison
    }

    /// Encodes the result as the JSON report, schema version 1: every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(tool, forKey: .tool)
        try container.encode(instrument, forKey: .instrument)
        try container.encode(policy, forKey: .policy)
        try container.encode(sources, forKey: .sources)
        try container.encode(respondents, forKey: .respondents)
        try container.encode(rowsRead, forKey: .rowsRead)
        try container.encode(rowsRejected, forKey: .rowsRejected)
        try container.encode(multiSelect, forKey: .multiSelect)
        try container.encode(overall, forKey: .overall)
        try container.encode(groups, forKey: .groups)
        try container.encode(divergence, forKey: .divergence)
        try container.encode(recommendations, forKey: .recommendations)
        try container.encode(flags, forKey: .flags)
        try container.encode(diagnostics, forKey: .diagnostics)
        try container.encodeOrNull(comparison, forKey: .comparison)
    }
}

extension SourceSummary {
    enum CodingKeys: String, CodingKey {
        case file, layout, encoding, rowsRead, rowsRejected
    }

    /// Encodes the source with every key present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encodeOrNull(layout, forKey: .layout)
        try container.encodeOrNull(encoding, forKey: .encoding)
        try container.encode(rowsRead, forKey: .rowsRead)
        try container.encode(rowsRejected, forKey: .rowsRejected)
    }
}

extension GroupResult {
    enum CodingKeys: String, CodingKey {
        case dimension, value, values, respondents, suppressed, suppressionReason, phase, elements, items
    }

    /// Encodes the group with every key present. A suppressed group writes its count and no
    /// statistic: its `elements` and `items` are empty and its `phase` is `null`. The whole set
    /// is written with `dimension` and `value` `all` and `values` `["all"]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(GroupDimension.name(of: dimensions), forKey: .dimension)
        try container.encode(value, forKey: .value)
        try container.encode(isWholeSet ? [GroupDimension.wholeSetName] : values, forKey: .values)
        try container.encode(respondents, forKey: .respondents)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encodeOrNull(suppressionReason, forKey: .suppressionReason)
        try container.encodeOrNull(suppressed ? nil : phase, forKey: .phase)
        try container.encode(suppressed ? [] : elements, forKey: .elements)
        try container.encode(suppressed ? [] : items, forKey: .items)
    }

    /// Decodes a group as ``encode(to:)`` writes it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .dimension)
        guard let dimensions = GroupDimension.dimensions(named: name) else {
            throw DecodingError.dataCorruptedError(
                forKey: .dimension, in: container, debugDescription: "unknown grouping '\(name)'")
        }
        let values = try container.decode([String].self, forKey: .values)
        self.init(
            dimensions: dimensions, values: dimensions.isEmpty ? [] : values,
            respondents: try container.decode(Int.self, forKey: .respondents),
            suppressionReason: try container.decodeIfPresent(SuppressionReason.self, forKey: .suppressionReason),
            phase: try container.decodeIfPresent(Phase.ID.self, forKey: .phase),
            elements: try container.decode([ElementResult].self, forKey: .elements),
            items: try container.decode([ItemResult].self, forKey: .items))
    }
}

extension ElementResult {
    enum CodingKeys: String, CodingKey {
        case id, n, mean, sd, ci95, score100, band, alpha, alphaN, alphaNote, rwg, itemReliability
    }

    /// Encodes the element with every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(n, forKey: .n)
        try container.encodeOrNull(mean, forKey: .mean)
        try container.encodeOrNull(sd, forKey: .sd)
        try container.encodeOrNull(ci95, forKey: .ci95)
        try container.encodeOrNull(score100, forKey: .score100)
        try container.encodeOrNull(band, forKey: .band)
        try container.encodeOrNull(alpha, forKey: .alpha)
        try container.encode(alphaN, forKey: .alphaN)
        try container.encodeOrNull(alphaNote, forKey: .alphaNote)
        try container.encodeOrNull(rwg, forKey: .rwg)
        try container.encode(itemReliability, forKey: .itemReliability)
    }
}

extension ItemReliability {
    enum CodingKeys: String, CodingKey {
        case id, itemRest, alphaIfDeleted
    }

    /// Encodes the item reliability with every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeOrNull(itemRest, forKey: .itemRest)
        try container.encodeOrNull(alphaIfDeleted, forKey: .alphaIfDeleted)
    }
}

extension ItemResult {
    enum CodingKeys: String, CodingKey {
        case id, element, n, dontKnow, unanswered, invalid, mean, sd, counts
    }

    /// Encodes the item with every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(element, forKey: .element)
        try container.encode(n, forKey: .n)
        try container.encode(dontKnow, forKey: .dontKnow)
        try container.encode(unanswered, forKey: .unanswered)
        try container.encode(invalid, forKey: .invalid)
        try container.encodeOrNull(mean, forKey: .mean)
        try container.encodeOrNull(sd, forKey: .sd)
        try container.encode(counts, forKey: .counts)
    }
}
