extension Diagnostic.Kind {
    /// The kind as a report names it: in Dutch a few plain words (`lege rij` for `empty-row`), in
    /// English its stable name (`empty-row`), which scripts and the documentation use. A kind
    /// without Dutch words keeps its name.
    package func label(in language: Language) -> String {
        guard language == .dutch else { return rawValue }
        return Self.dutchLabels[rawValue] ?? rawValue
    }

    /// The Dutch words for the library's kinds, by name.
    static let dutchLabels: [String: String] = [
        "closest-item": "stelling die er het meest op lijkt",
        "duplicate-column": "dubbele kolom",
        "empty-file": "leeg bestand",
        "empty-grouping": "indeling zonder groepen",
        "empty-row": "lege rij",
        "encoding-fallback": "andere tekenset gebruikt",
        "field-too-long": "veld te lang",
        "file-missing": "bestand ontbreekt",
        "file-unreadable": "bestand niet te lezen",
        "framework-mismatch": "ander kader",
        "identifying-column": "kolom met persoonsgegevens",
        "input-missing": "bestand ontbreekt",
        "instrument-bands": "grenzen van de schaal",
        "instrument-duplicate": "dubbel in de vragenlijst",
        "instrument-duplicate-key": "dubbele sleutel",
        "instrument-format": "geen vragenlijstbestand",
        "instrument-missing-key": "sleutel ontbreekt",
        "instrument-reference": "onbekende verwijzing",
        "instrument-syntax": "fout in de opbouw",
        "instrument-type": "verkeerd soort waarde",
        "instrument-unknown-key": "onbekende sleutel",
        "instrument-version": "versie van het bestand",
        "invalid-utf16": "onleesbare tekens",
        "invalid-utf8": "onleesbare tekens",
        "invalid-value": "ongeldig antwoord",
        "layout-override": "andere indeling opgegeven",
        "missing-item": "stelling ontbreekt",
        "no-data": "geen antwoorden",
        "no-item-mapped": "geen stellingen herkend",
        "no-response": "geen antwoorden bewaard",
        "nul-byte": "nul-teken in het bestand",
        "omitted": "niet allemaal getoond",
        "output-unwritable": "kan niet schrijven",
        "ragged-row": "rij met te veel of te weinig velden",
        "read-failed": "lezen mislukt",
        "record-too-long": "rij te lang",
        "stray-quote": "los aanhalingsteken",
        "too-many-fields": "te veel velden",
        "unknown-field-value": "onbekende waarde",
        "unmapped-column": "kolom niet gebruikt",
        "unterminated-quote": "aanhalingsteken niet gesloten",
        "wave-missing": "meting niet gevonden",
    ]
}

extension Diagnostic.Message {
    /// The Dutch words for a reason the system gives in English (`strerror`, lowercase):
    /// `no such file or directory` becomes `dit bestand of deze map bestaat niet`; a reason
    /// without Dutch words stays as it is.
    package static func dutchReason(_ reason: String) -> String {
        let reasons = [
            "no such file or directory": "dit bestand of deze map bestaat niet",
            "it is a directory": "het is een map",
            "is a directory": "het is een map",
            "permission denied": "geen toestemming",
            "no space left on device": "de schijf is vol",
            "read-only file system": "op deze schijf kan niets worden geschreven",
            "file exists": "het bestand bestaat al",
            "not a directory": "een deel van het pad is geen map",
            "file name too long": "de bestandsnaam is te lang",
        ]
        return reasons[reason.lowercased()] ?? reason
    }
}
