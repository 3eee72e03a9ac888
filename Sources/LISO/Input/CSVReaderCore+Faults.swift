extension CSVReaderCore {
    /// The fault for a position past a limit: the field's if its limit comes first, else the record's.
    /// A quoted field's place is the line where its quote opened.
    func limitFault(
        _ fieldLimit: Int, _ recordLimit: Int, quoted: Bool, _ place: (line: Int, column: Int)
    ) -> LISOError {
        guard fieldLimit <= recordLimit else {
            return fault(.recordTooLong, .recordTooLong(limit: limits.maximumRecordBytes), line: line, column: nil)
        }
        return fault(
            .fieldTooLong, .fieldTooLong(limit: limits.maximumFieldBytes, quoted: quoted), line: place.line,
            column: place.column)
    }

    /// The fault for a record with too many fields.
    func tooManyFields(_ field: Int) -> LISOError {
        fault(.tooManyFields, .tooManyFields(limit: limits.maximumFields), line: line, column: field + 1)
    }

    /// The fault for a NUL byte in field `field`, `lineBreaks` lines into the record.
    func nulByte(_ field: Int, _ lineBreaks: Int) -> LISOError {
        fault(.nulByte, .nulByte, line: line + lineBreaks, column: field + 1)
    }
}
