extension CSVReaderCore {
    /// The fast path for the common record: unquoted fields ending in a line end inside the
    /// buffer. One table look-up per byte and two stores per field, with few live values so they
    /// stay in registers. For anything else (a quote, a NUL byte, the buffer's end, a long record)
    /// it returns `.resume` with the fields found so far, and ``scanRecord(resumingAt:from:)``
    /// goes on from the start of the field where it stopped.
    ///
    /// - Complexity: O(*n*) in the record's length.
    @inline(__always)
    func scanPlainRecord() -> ScanOutcome {
        let bytes = buffer
        let classes = byteClasses
        let starts = fieldStarts
        let ends = fieldEnds
        let capacity = fieldCapacity
        let recordStart = start
        let end = self.end
        var index = recordStart
        var field = 0
        guard index < end, classes[Int(bytes[index])] < 2 else { return .resume(fields: 0, next: index) }
        starts[0] = 0
        var recordEnd: Int
        while true {
            let byteClass = classes[Int(bytes[index])]
            if byteClass == 0 {
                index &+= 1
                continue
            }
            if byteClass == 1 {
                ends[field] = index &- recordStart
                field &+= 1
                index &+= 1
                guard field < capacity else { return resume(field, at: index, recordStart: recordStart) }
                starts[field] = index &- recordStart
                continue
            }
            guard byteClass < 4, index < end else {
                return resume(field, at: recordStart &+ starts[field], recordStart: recordStart)
            }
            ends[field] = index &- recordStart
            field &+= 1
            if byteClass == 2 {
                recordEnd = index &+ 1
            } else {
                guard index &+ 1 < end else { return .resume(fields: 0, next: recordStart) }
                recordEnd = bytes[index &+ 1] == 0x0A ? index &+ 2 : index &+ 1
            }
            break
        }
        guard index &- recordStart <= min(limits.maximumFieldBytes, limits.maximumRecordBytes) else {
            return .resume(fields: 0, next: recordStart)
        }
        fieldQuoted.update(repeating: false, count: field)
        if !fieldsToUnescape.isEmpty { fieldsToUnescape.removeAll(keepingCapacity: true) }
        if !strayQuoteFields.isEmpty { strayQuoteFields.removeAll(keepingCapacity: true) }
        return .record(end: recordEnd, fields: field, lineBreaks: 1)
    }

    /// Where the full scan goes on: at field `field`, unless the fields before it are long enough
    /// that one may be over the limit, which the full scan then checks from the record's start.
    @inline(__always)
    private func resume(_ field: Int, at index: Int, recordStart: Int) -> ScanOutcome {
        index &- recordStart <= min(limits.maximumFieldBytes, limits.maximumRecordBytes)
            ? .resume(fields: field, next: index) : .resume(fields: 0, next: recordStart)
    }
}
