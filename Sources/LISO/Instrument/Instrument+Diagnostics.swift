// The diagnostics of reading an instrument file, and their messages. Every message about a
// value in the file is prefixed with its JSON path (`items[3].scale: unknown scale 'agree7'`).

extension Diagnostic.Kind {
    /// The instrument file does not exist or is a directory.
    public static let fileMissing: Self = "file-missing"
    /// The instrument file exists but cannot be read.
    public static let fileUnreadable: Self = "file-unreadable"
    /// The instrument file is not valid JSON.
    public static let instrumentSyntax: Self = "instrument-syntax"
    /// The file is not an instrument file (its `format`).
    public static let instrumentFormat: Self = "instrument-format"
    /// The file's `version` is missing, not a whole number, or newer than this library reads.
    public static let instrumentVersion: Self = "instrument-version"
    /// A value has the wrong JSON type, or a list is too short.
    public static let instrumentType: Self = "instrument-type"
    /// An object has a key the format does not know.
    public static let instrumentUnknownKey: Self = "instrument-unknown-key"
    /// An object has a key twice.
    public static let instrumentDuplicateKey: Self = "instrument-duplicate-key"
    /// An object lacks a required key.
    public static let instrumentMissingKey: Self = "instrument-missing-key"
    /// A reference to a framework, element, theme, working element or scale that does not exist.
    public static let instrumentReference: Self = "instrument-reference"
    /// An id, column, value or word that means two things.
    public static let instrumentDuplicate: Self = "instrument-duplicate"
    /// A scale's `bands` lie outside its range or in the wrong order.
    public static let instrumentBands: Self = "instrument-bands"
}

extension Diagnostic.Message {
    // Reading the file.

    /// `no such file`.
    static let noSuchFile = Self(en: "no such file", nl: "dit bestand bestaat niet")
    /// `is a directory, not a file`.
    static let isDirectory = Self(en: "is a directory, not a file", nl: "is een map, geen bestand")
    /// `cannot read the file`.
    static let cannotReadFile = Self(en: "cannot read the file", nl: "het bestand kan niet worden gelezen")

    /// `invalid JSON: unexpected ',', expected a key`.
    static func invalidJSON(_ reason: String) -> Self {
        Self(en: "invalid JSON: \(reason)", nl: "geen geldige JSON: \(reason)")
    }

    // The file's header.

    /// The message for a file without `format`.
    static let formatMissing = Self(
        en: "required key is missing; an instrument file starts with \"format\": \"\(Instrument.fileFormat)\"",
        nl: "verplichte sleutel ontbreekt; een vragenlijstbestand begint met \"format\": \"\(Instrument.fileFormat)\"")

    /// `expected 'liso-instrument', found 'liso-report'`.
    static func wrongFormat(found: String) -> Self {
        Self(
            en: "expected '\(Instrument.fileFormat)', found \(found)",
            nl: "verwacht '\(Instrument.fileFormat)', maar er staat \(found)")
    }

    /// `expected a whole number of at least 1, found 0.5`.
    static func versionNotWhole(found: String) -> Self {
        Self(
            en: "expected a whole number of at least 1, found \(found)",
            nl: "verwacht een heel getal van minstens 1, maar er staat \(found)")
    }

    /// The message for a version this library does not read yet.
    static func versionTooNew(_ version: Int) -> Self {
        Self(
            en: "instrument file version \(version) is newer than this liso understands (\(Instrument.fileVersion)); "
                + "update liso",
            nl:
                "versie \(version) van het vragenlijstbestand is nieuwer dan deze liso kent (\(Instrument.fileVersion)); "
                + "werk liso bij")
    }

    // Keys and types.

    /// `required key is missing`.
    static let missingKey = Self(en: "required key is missing", nl: "verplichte sleutel ontbreekt")
    /// `key appears more than once`.
    static let duplicateKey = Self(en: "key appears more than once", nl: "sleutel staat er meer dan één keer")
    /// `expected a non-empty string`.
    static let emptyString = Self(en: "expected a non-empty string", nl: "verwacht een tekst die niet leeg is")
    /// `expected at least one scale`.
    static let noScale = Self(en: "expected at least one scale", nl: "verwacht minstens één schaal")
    /// `expected at least one item`.
    static let noItem = Self(en: "expected at least one item", nl: "verwacht minstens één stelling")
    /// `expected at least two values`.
    static let tooFewValues = Self(en: "expected at least two values", nl: "verwacht minstens twee waarden")

    /// `unknown key; did you mean 'columns'?`, or the keys allowed when none is close.
    static func unknownKey(closest: String?, allowed: [String]) -> Self {
        let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
        return Self(
            en: "unknown key" + (closest.map { "; did you mean '\($0)'?" } ?? " (expected \(list))"),
            nl: "onbekende sleutel" + (closest.map { "; bedoelt u '\($0)'?" } ?? " (verwacht \(list))"))
    }

    /// `expected an object, found a string`; `what` names the expected type with its article.
    static func expected(_ what: String, found: String) -> Self {
        Self(en: "expected \(what), found \(found)", nl: "verwacht \(dutch(what)), maar er staat \(dutch(found))")
    }

    // References and duplicates.

    /// `unknown framework 'liso-2019' (known: 'liso-2023')`.
    static func unknownFramework(_ id: EvaluationFramework.ID, known: [EvaluationFramework.ID]) -> Self {
        let list = known.map { "'\($0)'" }.joined(separator: ", ")
        return Self(en: "unknown framework '\(id)' (known: \(list))", nl: "onbekend kader '\(id)' (bekend: \(list))")
    }

    /// `duplicate scale id 'agree5' (first at scales[0])`.
    static func duplicateScale(_ id: ResponseScale.ID, first: Int) -> Self {
        Self(
            en: "duplicate scale id '\(id)' (first at scales[\(first)])",
            nl: "schaal '\(id)' staat er twee keer in (eerst bij scales[\(first)])")
    }

    /// `duplicate item id 'syn-1' (first at items[4])`.
    static func duplicateItem(_ id: Item.ID, first: Int) -> Self {
        Self(
            en: "duplicate item id '\(id)' (first at items[\(first)])",
            nl: "stelling '\(id)' staat er twee keer in (eerst bij items[\(first)])")
    }

    /// `value 3 appears more than once`.
    static func duplicateValue(_ value: Double) -> Self {
        let number = ResponseScale.text(of: value)
        return Self(en: "value \(number) appears more than once", nl: "waarde \(number) staat er meer dan één keer")
    }

    /// `'Eens' means both value 4 and value 5`.
    static func meansTwoThings(_ word: String, first: String, second: String) -> Self {
        Self(
            en: "'\(word)' means both \(first) and \(second)",
            nl: "'\(word)' betekent zowel \(dutch(first)) als \(dutch(second))")
    }

    /// `column 'Q1' is also a column of item 'syn-1'`.
    static func sharedColumn(_ column: String, owner: String) -> Self {
        Self(
            en: "column '\(column)' is also a column of \(owner)",
            nl: "kolom '\(column)' is ook een kolom van \(dutch(owner))")
    }

    /// `unknown scale 'agree7'; did you mean 'agree5'?`.
    static func unknownScale(_ id: ResponseScale.ID, closest: String?) -> Self {
        Self(
            en: "unknown scale '\(id)'" + suggestion(closest, in: .english),
            nl: "onbekende schaal '\(id)'" + suggestion(closest, in: .dutch))
    }

    /// `unknown element 'synergie' in framework 'liso-2023'; did you mean 'synergy'?`; also for
    /// perspectives, roles and phases (`what`).
    static func unknown(_ what: String, _ id: String, in framework: EvaluationFramework.ID, closest: String?) -> Self {
        Self(
            en: "unknown \(what) '\(id)' in framework '\(framework)'" + suggestion(closest, in: .english),
            nl: "onbekend \(dutch(what)) '\(id)' in kader '\(framework)'" + suggestion(closest, in: .dutch))
    }

    /// `theme 'trust' belongs to element 'synergy', not 'results'`.
    static func themeOfOtherElement(_ theme: Theme.ID, owner: CoreElement.ID, element: CoreElement.ID) -> Self {
        Self(
            en: "theme '\(theme)' belongs to element '\(owner)', not '\(element)'",
            nl: "thema '\(theme)' hoort bij element '\(owner)', niet bij '\(element)'")
    }

    /// `working element 'we-3' does not belong to theme 'trust'`.
    static func workingElementElsewhere(_ id: WorkingElement.ID, place: String) -> Self {
        Self(
            en: "working element '\(id)' does not belong to \(place)",
            nl: "werkzaam element '\(id)' hoort niet bij \(dutch(place))")
    }

    /// `bands must lie within the scale's range 1–5`.
    static func bandsOutsideScale(minimum: Double, maximum: Double) -> Self {
        let range = "\(ResponseScale.text(of: minimum))–\(ResponseScale.text(of: maximum))"
        return Self(
            en: "bands must lie within the scale's range \(range)",
            nl: "de grenzen moeten binnen het bereik \(range) van de schaal liggen")
    }

    /// `'attention' must not be above 'strength'`.
    static let bandsOutOfOrder = Self(
        en: "'attention' must not be above 'strength'", nl: "'attention' mag niet hoger zijn dan 'strength'")

    /// `; did you mean 'synergy'?`, or nothing.
    private static func suggestion(_ closest: String?, in language: Language) -> String {
        closest.map { language == .dutch ? "; bedoelt u '\($0)'?" : "; did you mean '\($0)'?" } ?? ""
    }

    /// The Dutch words for an English phrase the instrument checks pass in (`an object`,
    /// `item 'syn-1'`, `value 4`); a phrase without Dutch words stays as it is.
    static func dutch(_ phrase: String) -> String {
        let whole = [
            "a JSON object at the top level": "een JSON-object als geheel", "an object": "een object",
            "an array": "een lijst", "a string": "een tekst", "a number": "een getal", "a boolean": "true of false",
            "true or false": "true of false", "a missing answer": "een ontbrekend antwoord", "element": "element",
            "theme": "thema", "working element": "werkzaam element", "perspective": "perspectief", "role": "rol",
            "phase": "fase",
        ]
        if let words = whole[phrase] { return words }
        for (english, dutch) in [
            ("item '", "stelling '"), ("field '", "veld '"), ("value ", "waarde "),
            ("theme '", "thema '"), ("element '", "element '"),
        ]
        where phrase.hasPrefix(english) {
            return dutch + phrase.dropFirst(english.count)
        }
        return phrase
    }
}
