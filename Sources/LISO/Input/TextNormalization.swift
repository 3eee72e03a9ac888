import Foundation

/// The one way headers, labels and cells are compared: case, accents, whitespace and
/// punctuation do not matter.
///
/// Letters lose case and diacritics (`Coördinator` → `coordinator`), apostrophes vanish
/// (`don't` → `dont`), every other run of punctuation or whitespace becomes one space, and the
/// ends are trimmed: `"  N.v.t. "` → `n v t`.
package enum TextNormalization {
    /// The normalised form of `text`.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    package static func normalized(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendNormalized(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The normalised form of `text` as UTF-8 bytes, the key of the decoder's lookup tables.
    package static func key(_ text: some StringProtocol) -> [UInt8] {
        var bytes: [UInt8] = []
        appendNormalized(text, to: &bytes)
        return bytes
    }

    /// Replaces the contents of `output` with the normalised form of UTF-8 `bytes`, without
    /// creating a `String` when the bytes are ASCII.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    package static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        var pendingSpace = false
        for byte in bytes {
            if byte >= 0x80 {
                // Rare: accents or typographic punctuation. Start over on the slow path.
                output.removeAll(keepingCapacity: true)
                appendNormalized(String(decoding: bytes, as: UTF8.self), to: &output)
                return
            }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace && !output.isEmpty { output.append(UInt8(ascii: " ")) }
                pendingSpace = false
                output.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingSpace && !output.isEmpty { output.append(UInt8(ascii: " ")) }
                pendingSpace = false
                output.append(byte | 0x20)
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                break
            default:
                pendingSpace = true
            }
        }
    }

    /// Appends the normalised form of `text` to `output`.
    static func appendNormalized(_ text: some StringProtocol, to output: inout [UInt8]) {
        let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if apostrophes.contains(scalar) { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !output.isEmpty { output.append(UInt8(ascii: " ")) }
                pendingSpace = false
                output.append(contentsOf: String(scalar).lowercased().utf8)
            } else {
                pendingSpace = true
            }
        }
    }

    /// Characters dropped rather than turned into a space, so `don't` and `don’t` read `dont`.
    private static let apostrophes: Set<Unicode.Scalar> = ["'", "`", "\u{2018}", "\u{2019}", "\u{00B4}"]

    /// The Levenshtein distance between two texts, counted in Unicode scalars; used to suggest
    /// the closest item text for a header that matched nothing.
    ///
    /// - Complexity: O(*n* × *m*) time and O(*m*) memory.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = Array(repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}

extension String {
    /// The text without spaces, tabs or line breaks at either end.
    var trimmingSpaces: String {
        var utf8 = Substring(self).utf8
        while let first = utf8.first, AnswerLookup.isSpace(first) { utf8.removeFirst() }
        while let last = utf8.last, AnswerLookup.isSpace(last) { utf8.removeLast() }
        return String(Substring(utf8))
    }
}
