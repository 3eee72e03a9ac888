extension ResponseScale.Value {
    /// The label to show, per language: by the instrument file's convention the first label is
    /// Dutch and the second English; further labels are other spellings exports may carry. A value
    /// with one label shows it in both languages; one without labels shows its number.
    public var label: LocalizedText { ResponseScale.label(labels) ?? LocalizedText(ResponseScale.text(of: value)) }
}

extension ResponseScale.Missing {
    /// The label to show, per language: the first label is Dutch, the second English.
    public var label: LocalizedText { ResponseScale.label(labels) ?? LocalizedText("") }
}

extension ResponseScale {
    /// The Dutch (first) and English (second, else first) label of a list of labels.
    static func label(_ labels: [String]) -> LocalizedText? {
        guard let dutch = labels.first else { return nil }
        return LocalizedText(nl: dutch, en: labels.count > 1 ? labels[1] : dutch)
    }
}
