extension CSVReaderCore {
    /// What one look at the buffer found.
    enum ScanOutcome {
        /// A record of `fields` fields ends before `end`, after `lineBreaks` line breaks.
        case record(end: Int, fields: Int, lineBreaks: Int)
        /// An empty line ends before `end`: it holds no record.
        case blankLine(end: Int)
        /// The buffer ends inside a record: read more and scan it again.
        case needMore
        /// No record is left.
        case endOfInput
        /// The file is unusable.
        case fault(LISOError)
        /// The fast path found `fields` plain fields; the next one starts at `next`.
        case resume(fields: Int, next: Int)
    }

    /// Finds the fields of the record at ``start``, from field `firstField` at `resumeIndex` on
    /// (the fast path's fields before it have no line break): a byte-level state machine whose inner loops
    /// run to the next byte that matters (the sentinel line feed at ``end`` stops them).
    ///
    /// Writes field offsets, relative to ``start``, into the scratch arrays. Limits are checked by
    /// position, at every stop and where the buffer ends, and the first limit crossed is the fault:
    /// so a file gives the same records and the same fault however it is cut into chunks.
    /// - Complexity: O(*n*) in the record's length.
    func scanRecord(resumingAt firstField: Int, from resumeIndex: Int) -> ScanOutcome {
        let bytes = buffer
        let end = self.end
        let ended = sourceEnded
        let recordStart = start
        var index = resumeIndex
        if firstField == 0 {
            if index >= end { return ended ? .endOfInput : .needMore }
            switch bytes[index] {
            case 0x0A: return .blankLine(end: index + 1)
            case 0x0D:
                if index + 1 < end { return .blankLine(end: bytes[index + 1] == 0x0A ? index + 2 : index + 1) }
                return ended ? .blankLine(end: index + 1) : .needMore
            default: break
            }
        }
        let unquotedStops = self.unquotedStops
        let quotedStops = self.quotedStops
        let delimiter = self.delimiter
        let maximumField = limits.maximumFieldBytes
        let recordLimit = recordStart &+ limits.maximumRecordBytes &+ 1
        var starts = fieldStarts
        var ends = fieldEnds
        var quoted = fieldQuoted
        var field = firstField
        if field > 0 { quoted.update(repeating: false, count: field) }
        var lineBreaks = 0
        var capacity = fieldCapacity
        if !fieldsToUnescape.isEmpty { fieldsToUnescape.removeAll(keepingCapacity: true) }
        if !strayQuoteFields.isEmpty { strayQuoteFields.removeAll(keepingCapacity: true) }

        while true {
            if field == capacity {
                guard field < limits.maximumFields else { return .fault(tooManyFields(field)) }
                growFields()
                (starts, ends, quoted, capacity) = (fieldStarts, fieldEnds, fieldQuoted, fieldCapacity)
            }
            var fieldStart = index
            var fieldEnd: Int
            var stop = bytes[index]
            let isQuoted = stop == 0x22
            if isQuoted {
                index &+= 1
                fieldStart = index
                let fieldLimit = fieldStart &+ maximumField &+ 1
                let place = (line: line + lineBreaks, column: field + 1)
                var escaped = false
                quotedScan: while true {
                    while !quotedStops[Int(bytes[index])] { index &+= 1 }
                    if index >= min(fieldLimit, recordLimit) {
                        return .fault(limitFault(fieldLimit, recordLimit, quoted: true, place))
                    }
                    if index >= end {
                        if !ended { return .needMore }
                        return .fault(
                            fault(.unterminatedQuote, .unterminatedQuote, line: place.line, column: place.column))
                    }
                    switch bytes[index] {
                    case 0x22:
                        if index &+ 1 >= end, !ended { return .needMore }
                        if index &+ 1 < end, bytes[index &+ 1] == 0x22 {
                            escaped = true
                            index &+= 2
                        } else {
                            break quotedScan
                        }
                    case 0x0A:
                        lineBreaks &+= 1
                        index &+= 1
                    case 0x0D:
                        lineBreaks &+= 1
                        index &+= 1
                        if index < end, bytes[index] == 0x0A { index &+= 1 }
                    default:
                        return .fault(nulByte(field, lineBreaks))
                    }
                }
                fieldEnd = index
                index &+= 1
                stop = bytes[index]
                if !unquotedStops[Int(stop)] {
                    strayQuoteFields.append(field)
                    while !unquotedStops[Int(bytes[index])] { index &+= 1 }
                    fieldEnd = index
                    stop = bytes[index]
                    escaped = true
                    if index >= min(fieldLimit, recordLimit) {
                        return .fault(limitFault(fieldLimit, recordLimit, quoted: true, place))
                    }
                }
                if escaped { fieldsToUnescape.append(field) }
            } else {
                while !unquotedStops[Int(bytes[index])] { index &+= 1 }
                stop = bytes[index]
                fieldEnd = index
                let fieldLimit = fieldStart &+ maximumField &+ 1
                if index >= min(fieldLimit, recordLimit) {
                    return .fault(
                        limitFault(fieldLimit, recordLimit, quoted: false, (line: line + lineBreaks, column: field + 1))
                    )
                }
            }
            starts[field] = fieldStart &- recordStart
            ends[field] = fieldEnd &- recordStart
            quoted[field] = isQuoted
            field &+= 1
            if stop == delimiter {
                // After a last delimiter the sentinel line feed ends an empty field.
                index &+= 1
                continue
            }
            if index >= end {
                if !ended { return .needMore }
                return .record(end: index, fields: field, lineBreaks: lineBreaks)
            }
            switch stop {
            case 0x0A:
                return .record(end: index &+ 1, fields: field, lineBreaks: lineBreaks &+ 1)
            case 0x0D:
                if index &+ 1 >= end {
                    if !ended { return .needMore }
                    return .record(end: index &+ 1, fields: field, lineBreaks: lineBreaks &+ 1)
                }
                return .record(
                    end: bytes[index &+ 1] == 0x0A ? index &+ 2 : index &+ 1, fields: field, lineBreaks: lineBreaks &+ 1
                )
            default:
                return .fault(nulByte(field &- 1, lineBreaks))
            }
        }
    }
}
