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
    static let noSuchFile: Self = "no such file"
    /// `is a directory, not a file`.
    static let isDirectory: Self = "is a directory, not a file"
    /// `cannot read the file`.
    static let cannotReadFile: Self = "cannot read the file"

    /// `invalid JSON: unexpected ',', expected a key`.
    static func invalidJSON(_ reason: String) -> Self { "invalid JSON: \(reason)" }

    // The file's header.

    /// The message for a file without `format`.
    static let formatMissing: Self =
        "required key is missing; an instrument file starts with \"format\": \"\(Instrument.fileFormat)\""

    /// `expected 'liso-instrument', found 'liso-report'`.
    static func wrongFormat(found: String) -> Self { "expected '\(Instrument.fileFormat)', found \(found)" }

    /// `expected a whole number of at least 1, found 0.5`.
    static func versionNotWhole(found: String) -> Self { "expected a whole number of at least 1, found \(found)" }

    /// The message for a version this library does not read yet.
    static func versionTooNew(_ version: Int) -> Self {
        "instrument file version \(version) is newer than this liso understands (\(Instrument.fileVersion)); update liso"
    }

    // Keys and types.

    /// `required key is missing`.
    static let missingKey: Self = "required key is missing"
    /// `key appears more than once`.
    static let duplicateKey: Self = "key appears more than once"
    /// `expected a non-empty string`.
    static let emptyString: Self = "expected a non-empty string"
    /// `expected at least one scale`.
    static let noScale: Self = "expected at least one scale"
    /// `expected at least one item`.
    static let noItem: Self = "expected at least one item"
    /// `expected at least two values`.
    static let tooFewValues: Self = "expected at least two values"

    /// `unknown key; did you mean 'columns'?`, or the keys allowed when none is close.
    static func unknownKey(closest: String?, allowed: [String]) -> Self {
        let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
        return Self("unknown key" + (closest.map { "; did you mean '\($0)'?" } ?? " (expected \(list))"))
    }

    /// `expected an object, found a string`; `what` names the expected type with its article.
    static func expected(_ what: String, found: String) -> Self { "expected \(what), found \(found)" }

    // References and duplicates.

    /// `unknown framework 'liso-2019' (known: 'liso-2023')`.
    static func unknownFramework(_ id: EvaluationFramework.ID, known: [EvaluationFramework.ID]) -> Self {
        "unknown framework '\(id)' (known: \(known.map { "'\($0)'" }.joined(separator: ", ")))"
    }

    /// `duplicate scale id 'agree5' (first at scales[0])`.
    static func duplicateScale(_ id: ResponseScale.ID, first: Int) -> Self {
        "duplicate scale id '\(id)' (first at scales[\(first)])"
    }

    /// `duplicate item id 'syn-1' (first at items[4])`.
    static func duplicateItem(_ id: Item.ID, first: Int) -> Self {
        "duplicate item id '\(id)' (first at items[\(first)])"
    }

    /// `value 3 appears more than once`.
    static func duplicateValue(_ value: Double) -> Self {
        "value \(ResponseScale.text(of: value)) appears more than once"
    }

    /// `'Eens' means both value 4 and value 5`.
    static func meansTwoThings(_ word: String, first: String, second: String) -> Self {
        "'\(word)' means both \(first) and \(second)"
    }

    /// `column 'Q1' is also a column of item 'syn-1'`.
    static func sharedColumn(_ column: String, owner: String) -> Self {
        "column '\(column)' is also a column of \(owner)"
    }

    /// `unknown scale 'agree7'; did you mean 'agree5'?`.
    static func unknownScale(_ id: ResponseScale.ID, closest: String?) -> Self {
        Self("unknown scale '\(id)'" + suggestion(closest))
    }

    /// `unknown element 'synergie' in framework 'liso-2023'; did you mean 'synergy'?`; also for
    /// perspectives, roles and phases (`what`).
    static func unknown(_ what: String, _ id: String, in framework: EvaluationFramework.ID, closest: String?) -> Self {
        Self("unknown \(what) '\(id)' in framework '\(framework)'" + suggestion(closest))
    }

    /// `theme 'trust' belongs to element 'synergy', not 'results'`.
    static func themeOfOtherElement(_ theme: Theme.ID, owner: CoreElement.ID, element: CoreElement.ID) -> Self {
        "theme '\(theme)' belongs to element '\(owner)', not '\(element)'"
    }

    /// `working element 'we-3' does not belong to theme 'trust'`.
    static func workingElementElsewhere(_ id: WorkingElement.ID, place: String) -> Self {
        "working element '\(id)' does not belong to \(place)"
    }

    /// `bands must lie within the scale's range 1–5`.
    static func bandsOutsideScale(minimum: Double, maximum: Double) -> Self {
        "bands must lie within the scale's range \(ResponseScale.text(of: minimum))–\(ResponseScale.text(of: maximum))"
    }

    /// `'attention' must not be above 'strength'`.
    static let bandsOutOfOrder: Self = "'attention' must not be above 'strength'"

    /// `; did you mean 'synergy'?`, or nothing.
    private static func suggestion(_ closest: String?) -> String { closest.map { "; did you mean '\($0)'?" } ?? "" }
}
