extension CSVReaderCore {
    /// Reads the first piece of input and settles what it can: the byte order mark, the encoding
    /// (or that it is still open), and the delimiter from the header line.
    func begin(dialect: CSVDialect, encoding hint: TextEncoding?, atInputStart: Bool) throws(LISOError) {
        try readMore()
        while end < 4, !sourceEnded { try readMore() }
        if atInputStart,
            let (mark, length) = TextEncoding.byteOrderMark(in: UnsafeBufferPointer(start: buffer, count: end))
        {
            encoding = mark
            encodingState = .decided
            if mark == .utf8 {
                start = length
                encodingState = .validatingUTF8(checkFrom: length)
            } else {
                let raw = Array(UnsafeBufferPointer(start: buffer + length, count: end - length))
                end = 0
                utf16 = TextEncoding.UTF16Transcoder(bigEndian: mark == .utf16BigEndian)
                appendTranscoded(raw, isLast: sourceEnded)
            }
        } else if let hint {
            encoding = hint == .windows1252 ? .windows1252 : .utf8
            encodingState = hint == .windows1252 ? .decided : .validatingUTF8(checkFrom: 0)
        }
        decideEncoding()
        // Detection looks at the same bytes however the input arrives: the header line, up to one
        // byte past the record limit.
        let window = limits.maximumRecordBytes + 1
        if dialect.delimiter == nil {
            while !sourceEnded, end - start < window, !holdsHeaderLine() { try fill() }
        }
        setDelimiter(
            dialect.delimiter
                ?? CSVDialect.detectDelimiter(
                    in: UnsafeBufferPointer(start: buffer + start, count: min(end - start, window))))
    }

    /// Whether the buffer holds the first line that is not empty up to a line break outside quotes,
    /// so the header line is complete.
    private func holdsHeaderLine() -> Bool {
        var inQuotes = false
        var first = start
        while first < end, buffer[first] == 0x0A || buffer[first] == 0x0D { first += 1 }
        for index in first..<end {
            switch buffer[index] {
            case 0x22: inQuotes.toggle()
            case 0x0A, 0x0D: if !inQuotes { return true }
            default: break
            }
        }
        return false
    }

    /// Moves the unread bytes to the front, reads at least one more chunk (more when a record is
    /// longer than the buffer, so long records cost linear time), and settles the encoding.
    func fill() throws(LISOError) {
        try readMore()
        decideEncoding()
    }

    private func readMore() throws(LISOError) {
        if start > 0 {
            buffer.update(from: buffer + start, count: end - start)
            discarded += start
            end -= start
            start = 0
        }
        let wanted = max(limits.chunkBytes, end)
        if utf16 != nil {
            rawBuffer = [UInt8](repeating: 0, count: wanted)
            let count = try rawBuffer.withUnsafeMutableBufferPointer { raw throws(LISOError) in
                try source.read(into: raw.baseAddress!, count: wanted)
            }
            sourceEnded = count < wanted
            appendTranscoded(rawBuffer[0..<count], isLast: sourceEnded)
        } else {
            reserve(end + wanted)
            let count = try source.read(into: buffer + end, count: wanted)
            end += count
            sourceEnded = count < wanted
        }
        buffer[end] = 0x0A
    }

    private func appendTranscoded<Bytes: Collection<UInt8>>(_ raw: Bytes, isLast: Bool) {
        transcoded.removeAll(keepingCapacity: true)
        let rawArray = Array(raw)
        rawArray.withUnsafeBufferPointer { bytes in
            utf16!.transcode(bytes, isLast: isLast, into: &transcoded)
        }
        reserve(end + transcoded.count)
        transcoded.withUnsafeBufferPointer { bytes in
            (buffer + end).update(from: bytes.baseAddress!, count: bytes.count)
        }
        end += transcoded.count
        buffer[end] = 0x0A
    }

    /// Makes room for `total` bytes plus the sentinel.
    private func reserve(_ total: Int) {
        guard total > capacity else { return }
        let newCapacity = max(total, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 1)
        larger.update(from: buffer, count: end)
        buffer.deallocate()
        buffer = larger
        capacity = newCapacity
    }

    /// While every byte so far was ASCII, looks at the new bytes: a valid UTF-8 sequence settles on
    /// UTF-8, a first non-ASCII byte that cannot be UTF-8 on Windows-1252 (with a warning). A UTF-8
    /// file's later bytes are still checked, so that invalid ones get one warning whatever the chunking.
    ///
    /// - Complexity: O(*n*) in the new bytes, mostly skipping ASCII 32 bytes at a time.
    private func decideEncoding() {
        let from: Int
        let validating: Bool
        switch encodingState {
        case .decided: return
        case .undecided(let offset): (from, validating) = (offset, false)
        case .validatingUTF8(let offset): (from, validating) = (offset, true)
        }
        let local = min(max(from - discarded, 0), end)
        let check = TextEncoding.checkUTF8(UnsafeBufferPointer(start: buffer + local, count: end - local))
        if check.invalid || (check.truncatedAt != nil && sourceEnded) {
            encodingState = .decided
            if validating || check.sawMultibyte {
                warn(.invalidUTF8, .invalidUTF8)
            } else {
                encoding = .windows1252
                warn(.encodingFallback, .encodingFallback(to: .windows1252))
            }
            return
        }
        let next = check.truncatedAt.map { discarded + local + $0 } ?? discarded + end
        encodingState =
            validating || check.sawMultibyte ? .validatingUTF8(checkFrom: next) : .undecided(checkFrom: next)
    }
}
