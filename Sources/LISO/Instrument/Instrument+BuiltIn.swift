extension Instrument {
    /// The built-in item bank, full form: five items per core element, derived from the LISO
    /// working elements (not an official LISO questionnaire).
    public static let lisoFull = Instrument(
        id: "liso-2023-full",
        title: LocalizedText(
            nl: "Evaluatie van een leernetwerk (volledige vragenlijst)",
            en: "Evaluation of a learning network (full questionnaire)"),
        framework: EvaluationFramework.liso2023.id,
        scales: [LISOItemBank.agree5],
        items: LISOItemBank.items,
        fields: LISOItemBank.fields
    )

    /// The built-in item bank, short form: two items per core element, the same items (and
    /// ids) as in ``lisoFull``.
    public static let lisoShort = Instrument(
        id: "liso-2023-short",
        title: LocalizedText(
            nl: "Evaluatie van een leernetwerk (korte vragenlijst)",
            en: "Evaluation of a learning network (short questionnaire)"),
        framework: EvaluationFramework.liso2023.id,
        scales: [LISOItemBank.agree5],
        items: LISOItemBank.items.filter { LISOItemBank.shortForm.contains($0.id) },
        fields: LISOItemBank.fields
    )

    /// The built-in instrument of the given form.
    public static func builtIn(form: QuestionnaireForm) -> Instrument {
        switch form {
        case .full: lisoFull
        case .short: lisoShort
        }
    }
}
