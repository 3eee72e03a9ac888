extension CSVReaderCore {
    /// The input offset, in parsed bytes from where reading began, of the next unread record.
    var offset: Int { discarded + start }

    /// Moves to the next record and fills `record`, whose storage is reused.
    ///
    /// - Returns: `false` when no record is left.
    func advance(into record: inout CSVRecord) throws(LISOError) -> Bool {
        if let failure { throw failure }
        if finished { return false }
        while true {
            if let stopOffset, offset >= stopOffset {
                finish()
                return false
            }
            var outcome = scanPlainRecord()
            if case .resume(let fields, let next) = outcome { outcome = scanRecord(resumingAt: fields, from: next) }
            switch outcome {
            case .record(let next, let fields, let breaks):
                buildRecord(fieldCount: fields, into: &record)
                start = next
                line += breaks
                lineBreaks += breaks
                return true
            case .blankLine(let next):
                start = next
                line += 1
                lineBreaks += 1
            case .needMore:
                do throws(LISOError) { try fill() } catch { throw fail(error) }
            case .endOfInput:
                finish()
                return false
            case .fault(let error):
                throw fail(error)
            case .resume:
                preconditionFailure("the full scan does not resume")
            }
        }
    }

    private func fail(_ error: LISOError) -> LISOError {
        failure = error
        return error
    }

    /// Copies the scanned record into `record`: its raw bytes in one piece (the storage only grows;
    /// fields are found by their offsets), then the fields that
    /// need it unescaped in place, then Windows-1252 text turned into UTF-8.
    private func buildRecord(fieldCount: Int, into record: inout CSVRecord) {
        record.line = line
        let length = fieldEnds[fieldCount - 1]
        if record.storage.count < length {
            record.storage.append(contentsOf: repeatElement(0, count: length - record.storage.count))
        }
        record.storage.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: buffer + start, count: length) }
        if !fieldsToUnescape.isEmpty { unescapeFields(&record) }
        overwrite(&record.starts, from: fieldStarts, count: fieldCount)
        overwrite(&record.ends, from: fieldEnds, count: fieldCount)
        overwrite(&record.quoted, from: fieldQuoted, count: fieldCount)
        if encoding == .windows1252 { transcodeWindows1252(&record) }
        for field in strayQuoteFields {
            warn(.strayQuote, .strayQuote, line: line, column: field + 1)
        }
        if let expected = expectedFieldCount {
            if fieldCount != expected {
                warn(
                    .raggedRow, .raggedRow(fields: fieldCount, expected: expected), line: line,
                    column: min(fieldCount, expected) + 1)
            }
        } else {
            expectedFieldCount = fieldCount
        }
        recordsRead += 1
    }

    /// Makes `array` a copy of `count` elements at `source`, in place when the count is unchanged.
    @inline(__always)
    private func overwrite<Element>(_ array: inout [Element], from source: UnsafePointer<Element>, count: Int) {
        if array.count == count {
            array.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: source, count: count) }
        } else {
            array = Array(UnsafeBufferPointer(start: source, count: count))
        }
    }

    /// Turns `""` into `"` in the fields that hold it, moving their ends in the scratch arrays.
    private func unescapeFields(_ record: inout CSVRecord) {
        let (starts, ends) = (fieldStarts, fieldEnds)
        record.storage.withUnsafeMutableBufferPointer { storage in
            for field in fieldsToUnescape {
                var read = starts[field]
                var write = read
                let end = ends[field]
                while read < end {
                    let byte = storage[read]
                    storage[write] = byte
                    write += 1
                    read += byte == 0x22 && read + 1 < end && storage[read + 1] == 0x22 ? 2 : 1
                }
                ends[field] = write
            }
        }
    }

    /// Rebuilds the storage as UTF-8 when the record holds bytes above ASCII.
    private func transcodeWindows1252(_ record: inout CSVRecord) {
        guard record.storage.contains(where: { $0 >= 0x80 }) else { return }
        var output: [UInt8] = []
        output.reserveCapacity(record.storage.count * 2)
        for field in 0..<record.count {
            let range = record.range(of: field)
            record.starts[field] = output.count
            for byte in record.storage[range] { TextEncoding.appendWindows1252(byte, to: &output) }
            record.ends[field] = output.count
        }
        record.storage = output
    }

    /// Marks the input as read to its end and adds the closing notes.
    func finish() {
        guard !finished else { return }
        finished = true
        if let replacements = utf16?.replacements, replacements > 0 {
            warn(.invalidUTF16, .invalidUTF16(replacements))
        }
        noteUnlistedWarnings()
    }
}
