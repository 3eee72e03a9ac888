import Foundation

extension XMLScanner {
    /// The offset of the `>` that closes a tag, outside quoted attribute values.
    static func tagEnd(_ base: UnsafePointer<UInt8>, from start: Int, to count: Int) -> Int? {
        var index = start
        var quote: UInt8 = 0
        while index < count {
            let byte = base[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: ">") {
                return index
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            }
            index += 1
        }
        return nil
    }

    /// Skips `<!DOCTYPE …>` or another declaration, with an internal subset in brackets.
    static func skipDeclaration(_ base: UnsafePointer<UInt8>, at start: Int, count: Int) -> Int? {
        var depth = 0
        var index = start + 2
        while index < count {
            switch base[index] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: return index + 1
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The offset of the first `byte` in `start..<end`.
    @inline(__always)
    static func find(_ byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The offset of the first `literal` in `start..<end`.
    static func find(_ literal: StaticString, in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let first = literal.utf8Start.pointee
        var index = start
        while let next = find(first, in: base, from: index, to: end) {
            guard next + literal.utf8CodeUnitCount <= end else { return nil }
            if matches(literal, base, next, end) { return next }
            index = next + 1
        }
        return nil
    }

    /// Whether `literal` is at `start` (and fits before `end`).
    static func matches(_ literal: StaticString, _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard start + length <= end else { return false }
        return memcmp(base + start, literal.utf8Start, length) == 0
    }
}
