extension Divergence {
    /// Encodes the divergence with every key present; `network` is `null` for the whole set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(kind, "kind")
        try container.write(network, "network")
        try container.write(element, "element")
        try container.write(difference, "difference")
        try container.write(highest, "highest")
        try container.write(lowest, "lowest")
        try container.write(means.mapValues { $0.isFinite ? $0 : nil }, "means")
        try container.write(flagged, "flagged")
    }
}

extension Recommendation {
    /// Encodes the recommendation with every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(network, "network")
        try container.write(phase, "phase")
        try container.write(element, "element")
        try container.write(band, "band")
        try container.write(mean, "mean")
        try container.write(workingElements, "workingElements")
    }
}

extension WaveComparison {
    /// Encodes the comparison with every key present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(before, "before")
        try container.write(after, "after")
        try container.write(elements, "elements")
    }
}

extension ElementChange {
    /// Encodes the change with every key present, absent values `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(id, "id")
        try container.write(nBefore, "nBefore")
        try container.write(nAfter, "nAfter")
        try container.write(meanBefore, "meanBefore")
        try container.write(meanAfter, "meanAfter")
        try container.write(difference, "difference")
        try container.write(ci95, "ci95")
        try container.write(hedgesG, "hedgesG")
        try container.write(likelyReal, "likelyReal")
        try container.write(note, "note")
    }
}

extension Diagnostic {
    /// Encodes the diagnostic with every key present; an unknown place is `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.write(severity, "severity")
        try container.write(kind, "kind")
        try container.write(message, "message")
        try container.write(file, "file")
        try container.write(line, "line")
        try container.write(column, "column")
    }
}
