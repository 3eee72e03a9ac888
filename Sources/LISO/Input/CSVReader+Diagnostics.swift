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
    static let unterminatedQuote: Self = "quoted field is not closed before the end of the file"
    /// `text follows the closing quote of a field; the quote is kept`.
    static let strayQuote: Self = "text follows the closing quote of a field; the quote is kept"
    /// `the file contains a NUL byte; is it utf-16 without a byte order mark?`.
    static let nulByte: Self = "the file contains a NUL byte; is it utf-16 without a byte order mark?"
    /// `the file is not valid utf-8 throughout; invalid bytes read as U+FFFD`.
    static let invalidUTF8: Self = "the file is not valid utf-8 throughout; invalid bytes read as U+FFFD"

    /// `the file is not valid utf-8; it was read as 'windows-1252'`.
    static func encodingFallback(to encoding: TextEncoding) -> Self {
        "the file is not valid utf-8; it was read as '\(encoding.rawValue)'"
    }

    /// `record has 3 fields where the first record has 4`.
    static func raggedRow(fields: Int, expected: Int) -> Self {
        "record has \(Self.fields.phrase(fields, in: .english)) where the first record has \(expected)"
    }

    /// `record is longer than 1 MiB`.
    static func recordTooLong(limit bytes: Int) -> Self { "record is longer than \(size(bytes))" }

    /// `field is longer than 64 KiB`, with a hint about a missing quote for a quoted field.
    static func fieldTooLong(limit bytes: Int, quoted: Bool) -> Self {
        quoted
            ? "quoted field is longer than \(size(bytes)); is a closing quote missing?"
            : "field is longer than \(size(bytes))"
    }

    /// `record has more than 10000 fields`.
    static func tooManyFields(limit: Int) -> Self { "record has more than \(limit) fields" }

    /// `3 unpaired utf-16 surrogates were read as U+FFFD`.
    static func invalidUTF16(_ replacements: Int) -> Self {
        "\(replacements) unpaired utf-16 surrogates were read as U+FFFD"
    }

    /// `12 more 'ragged-row' warnings were not listed`.
    static func moreWarnings(_ count: Int, of kind: Diagnostic.Kind) -> Self {
        "\(count) more '\(kind)' warnings were not listed"
    }

    /// `cannot read 'a.csv': no such file or directory`.
    package static func cannotRead(_ name: String, reason: String) -> Self { "cannot read '\(name)': \(reason)" }

    /// A byte count: `1 MiB`, `64 KiB`, `100 bytes`.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
