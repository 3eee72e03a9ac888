import Foundation

/// Receives what an ``XMLScanner`` finds, in document order.
protocol XMLEventHandler {
    /// An element starts; for `<a/>` ``end(_:)`` follows at once.
    mutating func start(_ tag: XMLTag) throws
    /// An element ends; `name` is its local name (the part after any `prefix:`).
    mutating func end(_ name: XMLName) throws
    /// Character data between tags, raw (references not yet decoded, see ``XMLText``); a CDATA
    /// section's content comes with `isCDATA` and is taken as it is.
    mutating func text(_ raw: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws
}

/// A small streaming XML reader for the parts of a workbook: start and end tags with their
/// attributes, text and CDATA. Comments, processing instructions and a DOCTYPE are skipped
/// (entities it declares are not expanded). Namespaces are reduced to local names, so `<x:c>`
/// and `<c>` are the same element. Tag nesting is not checked: the handlers track what they need.
///
/// Bytes arrive in chunks (``feed(_:)``); a tag or text cut by a chunk's end waits for the next.
/// One tag or text may not be longer than `maximumTokenBytes`, so memory stays bounded. A document
/// in UTF-16 (it starts with a byte order mark) is refused; UTF-8 is assumed.
struct XMLScanner<Handler: XMLEventHandler> {
    /// The handler, which holds what the scan has built.
    var handler: Handler
    /// The longest tag or text accepted.
    let maximumTokenBytes: Int
    /// Bytes fed but not yet scanned: the start of a tag or text cut by a chunk's end.
    private var pending: [UInt8] = []
    /// The attributes of the tag being reported: the first ``attributeCount`` are this tag's; the
    /// array is reused from tag to tag.
    private var attributes: [XMLAttribute] = []
    private var attributeCount = 0
    /// Whether the document's first bytes were checked for a UTF-16 byte order mark.
    private var checkedStart = false

    /// Creates a scanner reporting to `handler`.
    init(handler: Handler, maximumTokenBytes: Int = 16 << 20) {
        self.handler = handler
        self.maximumTokenBytes = maximumTokenBytes
    }

    /// Scans the next bytes of the document.
    ///
    /// - Throws: ``WorkbookFault`` for malformed markup or a token over the limit; what the handler throws.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) throws {
        pending.append(contentsOf: chunk)
        try scan(final: false)
    }

    /// Scans what is left at the end of the document.
    mutating func finish() throws {
        try scan(final: true)
        pending = []
    }

    /// Scans a whole document in memory.
    mutating func scan(_ document: [UInt8]) throws {
        try document.withUnsafeBufferPointer { try feed($0) }
        try finish()
    }

    private mutating func scan(final: Bool) throws {
        if !checkedStart {
            guard pending.count >= 2 || final else { return }
            checkedStart = true
            if pending.starts(with: [0xFF, 0xFE]) || pending.starts(with: [0xFE, 0xFF]) {
                throw WorkbookFault(kind: .unsupportedWorkbook, message: .utf16Part)
            }
        }
        var bytes: [UInt8] = []
        swap(&bytes, &pending)
        defer { swap(&bytes, &pending) }
        let consumed = try bytes.withUnsafeBufferPointer { buffer in
            try scan(buffer, final: final)
        }
        bytes.removeFirst(consumed)
        // What is left is one tag or text cut by the chunk's end: it is already too long.
        try checkLength(bytes.count)
    }

    /// Throws when a tag or text of `length` bytes is over the limit, whether it came whole or
    /// in pieces.
    @inline(__always)
    private func checkLength(_ length: Int) throws {
        if length > maximumTokenBytes {
            throw WorkbookFault.tooLarge(
                "an XML tag or text is longer than \(WorkbookFault.size(maximumTokenBytes))")
        }
    }

    /// Scans `buffer` and returns how many bytes were fully handled.
    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, final: Bool) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let count = buffer.count
        var position = 0
        while position < count {
            guard base[position] == UInt8(ascii: "<") else {
                guard let next = Self.find(UInt8(ascii: "<"), in: base, from: position, to: count) else {
                    guard final else { break }
                    try checkLength(count - position)
                    try handler.text(
                        UnsafeBufferPointer(start: base + position, count: count - position), isCDATA: false)
                    position = count
                    break
                }
                try checkLength(next - position)
                try handler.text(UnsafeBufferPointer(start: base + position, count: next - position), isCDATA: false)
                position = next
                continue
            }
            guard let end = try markup(base, at: position, count: count, final: final) else { break }
            position = end
        }
        return position
    }

    /// Handles the markup starting with `<` at `start`; returns the offset after it, or `nil`
    /// when it is not complete yet.
    private mutating func markup(
        _ base: UnsafePointer<UInt8>, at start: Int, count: Int, final: Bool
    ) throws -> Int? {
        func incomplete() throws -> Int? {
            if final { throw WorkbookFault.damaged("an XML part ends inside a tag") }
            return nil
        }
        guard start + 1 < count else { return try incomplete() }
        switch base[start + 1] {
        case UInt8(ascii: "?"):
            guard let end = Self.find("?>", in: base, from: start + 2, to: count) else { return try incomplete() }
            try checkLength(end + 2 - start)
            return end + 2
        case UInt8(ascii: "!"):
            if Self.matches("<!--", base, start, count) {
                guard let end = Self.find("-->", in: base, from: start + 4, to: count) else { return try incomplete() }
                try checkLength(end + 3 - start)
                return end + 3
            }
            if Self.matches("<![CDATA[", base, start, count) {
                guard let end = Self.find("]]>", in: base, from: start + 9, to: count) else {
                    return try incomplete()
                }
                try checkLength(end + 3 - start)
                try handler.text(UnsafeBufferPointer(start: base + start + 9, count: end - start - 9), isCDATA: true)
                return end + 3
            }
            if count - start < 9, !final { return nil }
            guard let end = Self.skipDeclaration(base, at: start, count: count) else { return try incomplete() }
            try checkLength(end - start)
            return end
        case UInt8(ascii: "/"):
            guard let end = Self.find(UInt8(ascii: ">"), in: base, from: start + 2, to: count) else {
                return try incomplete()
            }
            try checkLength(end + 1 - start)
            var nameEnd = end
            while nameEnd > start + 2, XMLText.isSpace(base[nameEnd - 1]) { nameEnd -= 1 }
            try handler.end(XMLName.local(base, start + 2, nameEnd))
            return end + 1
        default:
            guard let end = Self.tagEnd(base, from: start + 1, to: count) else { return try incomplete() }
            try checkLength(end + 1 - start)
            try startTag(base, start + 1, end)
            return end + 1
        }
    }

    /// Reads a start tag between `<` and `>` (exclusive) and reports it.
    private mutating func startTag(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) throws {
        var index = start
        while index < end, !XMLText.isSpace(base[index]), base[index] != UInt8(ascii: "/") { index += 1 }
        guard index > start else { throw WorkbookFault.damaged("an XML tag has no name") }
        let name = XMLName.local(base, start, index)
        var selfClosing = false
        attributeCount = 0
        while index < end {
            let byte = base[index]
            if XMLText.isSpace(byte) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "/") {
                guard index == end - 1 else { throw WorkbookFault.damaged("an XML tag is malformed") }
                selfClosing = true
                break
            }
            let nameStart = index
            while index < end, base[index] != UInt8(ascii: "="), !XMLText.isSpace(base[index]) { index += 1 }
            let nameEnd = index
            while index < end, XMLText.isSpace(base[index]) { index += 1 }
            guard index < end, base[index] == UInt8(ascii: "="), nameEnd > nameStart else {
                throw WorkbookFault.damaged("an XML attribute has no value")
            }
            index += 1
            while index < end, XMLText.isSpace(base[index]) { index += 1 }
            guard index < end, base[index] == UInt8(ascii: "\"") || base[index] == UInt8(ascii: "'") else {
                throw WorkbookFault.damaged("an XML attribute value is not quoted")
            }
            let quote = base[index]
            let valueStart = index + 1
            guard let valueEnd = Self.find(quote, in: base, from: valueStart, to: end) else {
                throw WorkbookFault.damaged("an XML attribute value is not closed")
            }
            let local = XMLName.local(base, nameStart, nameEnd)
            let attribute = XMLAttribute(name: local.range, value: valueStart..<valueEnd)
            if attributeCount < attributes.count {
                attributes[attributeCount] = attribute
            } else {
                attributes.append(attribute)
            }
            attributeCount += 1
            index = valueEnd + 1
        }
        try attributes.withUnsafeBufferPointer { list in
            let used = UnsafeBufferPointer(rebasing: list[..<attributeCount])
            try handler.start(XMLTag(base: base, name: name, attributes: used))
        }
        if selfClosing { try handler.end(name) }
    }
}
