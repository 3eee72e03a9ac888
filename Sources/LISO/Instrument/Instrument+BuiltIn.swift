extension Instrument {
    /// The built-in item bank, full form: items derived from the LISO working elements.
    public static let lisoFull = Instrument(
        id: "liso-2023-full",
        title: LocalizedText(
            nl: "Evaluatie van een leernetwerk (volledige vragenlijst)",
            en: "Evaluation of a learning network (full questionnaire)"),
        framework: EvaluationFramework.liso2023.id,
        scales: [],
        items: [],
        fields: InstrumentFields()
    )
}
