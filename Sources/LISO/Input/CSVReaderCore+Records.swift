extension CSVReaderCore {
    /// The input offset, in parsed bytes from where reading began, of the next unread record.
    var offset: Int { discarded + start }

    /// Moves to the next record and fills ``record``.
    ///
    /// - Returns: `false` when no record is left.
    func advance() throws(LISOError) -> Bool {
        if let failure { throw failure }
        if finished { return false }
        while true {
            if let stopOffset, offset >= stopOffset {
                finish()
                return false
            }
            switch scanRecord() {
            case .record(let next, let fields, let breaks):
                buildRecord(fieldCount: fields)
                start = next
                line += breaks
                lineBreaks += breaks
                return true
            case .blankLine(let next):
                start = next
                line += 1
                lineBreaks += 1
            case .needMore:
                if end - start > limits.maximumRecordBytes {
                    throw fail(
                        fault(
                            "record-too-long",
                            "record is longer than \(CSVReaderCore.size(limits.maximumRecordBytes))",
                            line: line, column: nil))
                }
                do throws(LISOError) { try fill() } catch { throw fail(error) }
            case .endOfInput:
                finish()
                return false
            case .fault(let error):
                throw fail(error)
            }
        }
    }

    private func fail(_ error: LISOError) -> LISOError {
        failure = error
        return error
    }

    /// Copies the scanned record into ``record``: its raw bytes in one piece, then the fields that
    /// need it unescaped in place, then Windows-1252 text turned into UTF-8.
    private func buildRecord(fieldCount: Int) {
        record.line = line
        let length = fieldEnds[fieldCount - 1]
        record.storage.removeAll(keepingCapacity: true)
        record.storage.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: length))
        if !fieldsToUnescape.isEmpty { unescapeFields() }
        record.starts.removeAll(keepingCapacity: true)
        record.starts.append(contentsOf: UnsafeBufferPointer(start: fieldStarts, count: fieldCount))
        record.ends.removeAll(keepingCapacity: true)
        record.ends.append(contentsOf: UnsafeBufferPointer(start: fieldEnds, count: fieldCount))
        record.quoted.removeAll(keepingCapacity: true)
        record.quoted.append(contentsOf: UnsafeBufferPointer(start: fieldQuoted, count: fieldCount))
        if encoding == .windows1252 { transcodeWindows1252() }
        for field in strayQuoteFields {
            warn(
                "stray-quote", "text follows the closing quote of a field; the quote is kept",
                line: line, column: field + 1)
        }
        if let expected = expectedFieldCount {
            if fieldCount != expected {
                warn(
                    "ragged-row",
                    "record has \(fieldCount) field\(fieldCount == 1 ? "" : "s") where the first record has \(expected)",
                    line: line, column: min(fieldCount, expected) + 1)
            }
        } else {
            expectedFieldCount = fieldCount
        }
        recordsRead += 1
    }

    /// Turns `""` into `"` in the fields that hold it, moving their ends in the scratch arrays.
    private func unescapeFields() {
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
    private func transcodeWindows1252() {
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
            warn("invalid-utf16", "\(replacements) unpaired utf-16 surrogates were read as U+FFFD")
        }
        noteUnlistedWarnings()
    }
}
