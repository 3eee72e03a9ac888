/// Wraps prose into lines for a terminal.
enum TextWrapping {
    /// The lines of `text` broken at spaces so that each, with its prefix, fits in `width`
    /// characters; the first line starts with `first`, the others with `rest`. A word longer
    /// than a line stays whole, and so do words joined by ``glue`` (a no-break space), which
    /// prints as a plain space.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    static func wrap(_ text: String, width: Int = 80, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var current = first
        var hasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if hasWord && current.count + 1 + word.count > width {
                lines.append(current)
                current = rest + word
            } else {
                current += (hasWord ? " " : "") + word
            }
            hasWord = true
        }
        lines.append(current)
        return lines.map { $0.replacingGlue }
    }

    /// The no-break space that keeps words together on one line.
    static let glue: Character = "\u{00A0}"

    /// `text` with its spaces turned into ``glue``, so it wraps as one word.
    static func glued(_ text: String) -> String { String(text.map { $0 == " " ? glue : $0 }) }

    /// `wrap(_:width:first:rest:)` joined with line breaks, with a final line break.
    static func block(_ text: String, width: Int = 80, first: String, rest: String) -> String {
        wrap(text, width: width, first: first, rest: rest).joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The string with each no-break space turned into a plain space.
    fileprivate var replacingGlue: String { String(map { $0 == TextWrapping.glue ? " " : $0 }) }
}
