// Hand-written encoders: every key is written, absent values as `null`, never omitted; numbers
// that are not finite are written as `null`. Decoding stays synthesized (`null` decodes as `nil`).

extension EvaluationResult {
    /// Encodes the result as the JSON report, schema version 1: every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(schemaVersion, "schemaVersion")
        try container.write(tool, "tool")
        try container.write(instrument, "instrument")
        try container.write(policy, "policy")
        try container.write(sources, "sources")
        try container.write(respondents, "respondents")
        try container.write(rowsRead, "rowsRead")
        try container.write(rowsRejected, "rowsRejected")
        try container.write(multiSelect, "multiSelect")
        try container.write(overall, "overall")
        try container.write(groups, "groups")
        try container.write(divergence, "divergence")
        try container.write(recommendations, "recommendations")
        try container.write(flags, "flags")
        try container.write(diagnostics, "diagnostics")
        try container.write(comparison, "comparison")
    }
}

extension SourceSummary {
    /// Encodes the source with every key present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(file, "file")
        try container.write(layout, "layout")
        try container.write(encoding, "encoding")
        try container.write(rowsRead, "rowsRead")
        try container.write(rowsRejected, "rowsRejected")
    }
}

extension GroupResult {
    /// Encodes the group with every key present. A suppressed group writes its count and no
    /// statistic: its `elements` and `items` are empty and its `phase` is `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(dimension, "dimension")
        try container.write(value, "value")
        try container.write(values, "values")
        try container.write(respondents, "respondents")
        try container.write(suppressed, "suppressed")
        try container.write(suppressionReason, "suppressionReason")
        try container.write(suppressed ? nil : phase, "phase")
        try container.write(suppressed ? [] : elements, "elements")
        try container.write(suppressed ? [] : items, "items")
    }
}

extension ElementResult {
    /// Encodes the element with every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(id, "id")
        try container.write(n, "n")
        try container.write(mean, "mean")
        try container.write(sd, "sd")
        try container.write(ci95, "ci95")
        try container.write(score100, "score100")
        try container.write(band, "band")
        try container.write(alpha, "alpha")
        try container.write(alphaN, "alphaN")
        try container.write(alphaNote, "alphaNote")
        try container.write(rwg, "rwg")
        try container.write(itemReliability, "itemReliability")
    }
}

extension ItemReliability {
    /// Encodes the item reliability with every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(id, "id")
        try container.write(itemRest, "itemRest")
        try container.write(alphaIfDeleted, "alphaIfDeleted")
    }
}

extension ItemResult {
    /// Encodes the item with every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(id, "id")
        try container.write(element, "element")
        try container.write(n, "n")
        try container.write(dontKnow, "dontKnow")
        try container.write(unanswered, "unanswered")
        try container.write(invalid, "invalid")
        try container.write(mean, "mean")
        try container.write(sd, "sd")
        try container.write(counts, "counts")
    }
}
