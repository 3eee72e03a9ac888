extension CSVReaderCore {
    /// The fault for a position past a limit: the field's if its limit comes first, else the record's.
    /// A quoted field's place is the line where its quote opened.
    func limitFault(
        _ fieldLimit: Int, _ recordLimit: Int, quoted: Bool, _ place: (line: Int, column: Int)
    ) -> LISOError {
        guard fieldLimit <= recordLimit else {
            return fault(
                "record-too-long", "record is longer than \(CSVReaderCore.size(limits.maximumRecordBytes))",
                line: line, column: nil)
        }
        let size = CSVReaderCore.size(limits.maximumFieldBytes)
        let message =
            quoted ? "quoted field is longer than \(size); is a closing quote missing?" : "field is longer than \(size)"
        return fault("field-too-long", message, line: place.line, column: place.column)
    }

    /// The fault for a record with too many fields.
    func tooManyFields(_ field: Int) -> LISOError {
        fault("too-many-fields", "record has more than \(limits.maximumFields) fields", line: line, column: field + 1)
    }

    /// The fault for a NUL byte in field `field`, `lineBreaks` lines into the record.
    func nulByte(_ field: Int, _ lineBreaks: Int) -> LISOError {
        fault(
            "nul-byte", "the file contains a NUL byte; is it utf-16 without a byte order mark?",
            line: line + lineBreaks, column: field + 1)
    }

    /// A byte count for messages: `1 MiB`, `64 KiB`, `100 bytes`.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
