// The diagnostics the CSV reader reports, and their messages.

extension Diagnostic.Kind {
    /// A quoted field is still open at the end of the file (an error: the file is unusable).
    public static let unterminatedQuote: Self = "unterminated-quote"
    /// Text follows the closing quote of a field; the quote is kept as text.
    public static let strayQuote: Self = "stray-quote"
    /// A record has another number of fields than the first.
    public static let raggedRow: Self = "ragged-row"
    /// A field is longer than the reader's limit (an error).
    public static let fieldTooLong: Self = "field-too-long"
    /// A record is longer than the reader's limit (an error).
    public static let recordTooLong: Self = "record-too-long"
    /// A record has more fields than the reader's limit (an error).
    public static let tooManyFields: Self = "too-many-fields"
    /// The file holds a NUL byte, likely UTF-16 without a byte order mark (an error).
    public static let nulByte: Self = "nul-byte"
    /// The file is not valid UTF-8 and was read as Windows-1252.
    public static let encodingFallback: Self = "encoding-fallback"
    /// The file is mostly UTF-8, but some bytes are not; they were read as U+FFFD.
    public static let invalidUTF8: Self = "invalid-utf8"
    /// A UTF-16 file holds unpaired surrogates; they were read as U+FFFD.
    public static let invalidUTF16: Self = "invalid-utf16"
    /// An input file does not exist or is a directory.
    public static let inputMissing: Self = "input-missing"
    /// Reading an open file failed.
    public static let readFailed: Self = "read-failed"

    /// Whether the kind says how the text encoding of a whole file was settled: reported once
    /// per file, however many parts the file is read in.
    public var isEncoding: Bool { self == .encodingFallback || self == .invalidUTF8 }
}

extension Diagnostic.Message {
    /// The noun of a field count.
    static let fields = CountedWord(nl: ("veld", "velden"), en: ("field", "fields"))

    /// `quoted field is not closed before the end of the file`.
    static let unterminatedQuote = Self(
        en: "quoted field is not closed before the end of the file",
        nl: "een veld tussen aanhalingstekens is niet gesloten voor het einde van het bestand")
    /// `text follows the closing quote of a field; the quote is kept`.
    static let strayQuote = Self(
        en: "text follows the closing quote of a field; the quote is kept",
        nl: "er staat tekst na het sluitende aanhalingsteken van een veld; het aanhalingsteken blijft staan")
    /// `the file contains a NUL byte; is it utf-16 without a byte order mark?`.
    static let nulByte = Self(
        en: "the file contains a NUL byte; is it utf-16 without a byte order mark?",
        nl: "het bestand bevat een nul-teken; is het misschien utf-16 zonder BOM-teken?")
    /// `the file is not valid utf-8 throughout; invalid bytes read as U+FFFD`.
    static let invalidUTF8 = Self(
        en: "the file is not valid utf-8 throughout; invalid bytes read as U+FFFD",
        nl: "het bestand is niet overal geldige utf-8; onleesbare tekens zijn gelezen als U+FFFD")

    /// `the file is not valid utf-8; it was read as 'windows-1252'`.
    static func encodingFallback(to encoding: TextEncoding) -> Self {
        Self(
            en: "the file is not valid utf-8; it was read as '\(encoding.rawValue)'",
            nl: "het bestand is geen geldige utf-8; het is gelezen als '\(encoding.rawValue)'")
    }

    /// `record has 3 fields where the first record has 4`.
    static func raggedRow(fields: Int, expected: Int) -> Self {
        Self(
            en: "record has \(Self.fields.phrase(fields, in: .english)) where the first record has \(expected)",
            nl: "deze rij heeft \(Self.fields.phrase(fields, in: .dutch)), de eerste rij heeft er \(expected)")
    }

    /// `record is longer than 1 MiB`.
    static func recordTooLong(limit bytes: Int) -> Self {
        Self(en: "record is longer than \(size(bytes))", nl: "de rij is langer dan \(size(bytes))")
    }

    /// `field is longer than 64 KiB`, with a hint about a missing quote for a quoted field.
    static func fieldTooLong(limit bytes: Int, quoted: Bool) -> Self {
        quoted
            ? Self(
                en: "quoted field is longer than \(size(bytes)); is a closing quote missing?",
                nl: "een veld tussen aanhalingstekens is langer dan \(size(bytes)); ontbreekt er een sluitend "
                    + "aanhalingsteken?")
            : Self(en: "field is longer than \(size(bytes))", nl: "het veld is langer dan \(size(bytes))")
    }

    /// `record has more than 10000 fields`.
    static func tooManyFields(limit: Int) -> Self {
        Self(en: "record has more than \(limit) fields", nl: "de rij heeft meer dan \(limit) velden")
    }

    /// `3 unpaired utf-16 surrogates were read as U+FFFD`.
    static func invalidUTF16(_ replacements: Int) -> Self {
        Self(
            en: "\(replacements) unpaired utf-16 surrogates were read as U+FFFD",
            nl: "\(replacements) losse utf-16-tekenhelften zijn gelezen als U+FFFD")
    }

    /// `12 more 'ragged-row' warnings were not listed`.
    static func moreWarnings(_ count: Int, of kind: Diagnostic.Kind) -> Self {
        Self(
            en: "\(count) more '\(kind)' warnings were not listed",
            nl: "nog \(count) waarschuwingen '\(kind.label(in: .dutch))' staan niet in de lijst")
    }

    /// `cannot read 'a.csv': no such file or directory`.
    package static func cannotRead(_ name: String, reason: String) -> Self {
        Self(en: "cannot read '\(name)': \(reason)", nl: "kan '\(name)' niet lezen: \(dutchReason(reason))")
    }

    /// A byte count: `1 MiB`, `64 KiB`, `100 bytes`.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
