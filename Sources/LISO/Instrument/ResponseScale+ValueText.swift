extension ResponseScale {
    /// A scale value as text, the one rule everywhere a value is written or keyed: `4` for a
    /// whole number, otherwise the shortest decimal that reads back to the same number (`2.5`).
    /// Item counts (``ItemResult/counts``), messages, exports, templates and CSV cells use it.
    public static func text(of value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
