/// Words a printer writes in its language: the framework and questionnaire printers share it.
protocol PrinterWords {
    /// The language the printer writes in.
    var language: Language { get }
}

extension PrinterWords {
    /// The Dutch text in Dutch, the English text otherwise.
    func pick(_ nl: String, _ en: String) -> String { language == .dutch ? nl : en }
}
