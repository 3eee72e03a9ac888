extension ResponseScale.Value {
    /// The label to show in `language`: by convention the first label is Dutch and the second
    /// English; further labels are other spellings exports may carry.
    public func displayLabel(in language: Language) -> String {
        Self.pick(labels, language) ?? InstrumentReferenceCheck.format(value)
    }

    static func pick(_ labels: [String], _ language: Language) -> String? {
        guard !labels.isEmpty else { return nil }
        return language == .dutch ? labels[0] : labels[min(1, labels.count - 1)]
    }
}

extension ResponseScale.Missing {
    /// The label to show in `language`: the first label is Dutch, the second English.
    public func displayLabel(in language: Language) -> String {
        ResponseScale.Value.pick(labels, language) ?? ""
    }
}
