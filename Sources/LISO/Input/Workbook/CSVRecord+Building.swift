extension CSVRecord {
    /// Empties the record for a new row at `line`, keeping its storage's capacity.
    mutating func reset(line: Int) {
        self.line = line
        storage.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        quoted.removeAll(keepingCapacity: true)
    }

    /// Adds empty fields until the record has `count` fields.
    mutating func pad(to count: Int) {
        while ends.count < count {
            starts.append(storage.count)
            ends.append(storage.count)
            quoted.append(false)
        }
    }

    /// Adds a field holding `bytes`.
    mutating func appendField(_ bytes: some Collection<UInt8>) {
        starts.append(storage.count)
        storage.append(contentsOf: bytes)
        ends.append(storage.count)
        quoted.append(false)
    }

    /// Adds a field holding the UTF-8 of `text`.
    mutating func appendField(_ text: String) {
        var text = text
        text.withUTF8 { appendField($0) }
    }

    /// Whether some field holds at least one byte.
    var hasContent: Bool { !storage.isEmpty }
}
