/// An element's or attribute's local name, borrowed from the scanner's buffer during one event.
struct XMLName {
    let base: UnsafePointer<UInt8>
    /// The local name's bytes in `base`.
    let range: Range<Int>

    /// The name after the last `:` of the qualified name in `start..<end`.
    static func local(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> XMLName {
        var index = end
        while index > start, base[index - 1] != UInt8(ascii: ":") { index -= 1 }
        return XMLName(base: base, range: index..<end)
    }

    /// Whether the name is `literal`.
    @inline(__always)
    func `is`(_ literal: StaticString) -> Bool {
        let count = range.count
        guard count == literal.utf8CodeUnitCount else { return false }
        let name = base + range.lowerBound
        let other = literal.utf8Start
        for index in 0..<count where name[index] != other[index] { return false }
        return true
    }
}

/// One attribute of a start tag: the ranges of its local name and raw value in the tag's buffer.
struct XMLAttribute {
    var name: Range<Int>
    var value: Range<Int>
}

/// A start tag, borrowed from the scanner's buffer during one ``XMLEventHandler/start(_:)`` call.
struct XMLTag {
    let base: UnsafePointer<UInt8>
    /// The element's local name.
    let name: XMLName
    let attributes: UnsafeBufferPointer<XMLAttribute>

    /// Whether the element's local name is `literal`.
    @inline(__always)
    func `is`(_ literal: StaticString) -> Bool { name.is(literal) }

    /// The raw value of the first attribute whose local name is `literal` (`r:id` is `id`).
    func raw(_ literal: StaticString) -> UnsafeBufferPointer<UInt8>? {
        for attribute in attributes where XMLName(base: base, range: attribute.name).is(literal) {
            return UnsafeBufferPointer(start: base + attribute.value.lowerBound, count: attribute.value.count)
        }
        return nil
    }

    /// The decoded value of the attribute whose local name is `literal`.
    func text(_ literal: StaticString) -> String? {
        raw(literal).map(XMLText.string)
    }

    /// The value of attribute `literal` as a non-negative decimal integer, or `nil`.
    func integer(_ literal: StaticString) -> Int? {
        raw(literal).flatMap(XMLText.integer)
    }
}
