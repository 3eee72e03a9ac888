import Foundation

/// HTML and SVG text helpers.
enum HTMLText {
    /// Text made safe for HTML content and attribute values: `&`, `<`, `>`, `"` and `'` become
    /// entities, so user text never becomes markup.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Escaped text whose command-line options with a number (`--min-group-size 3`) are kept on
    /// one line, so that a reader copies them whole; the space stays a plain space.
    static func keepingOptionsWhole(_ escaped: String) -> String {
        guard let pattern = try? NSRegularExpression(pattern: "--[a-z][a-z-]* [0-9]+") else { return escaped }
        let range = NSRange(escaped.startIndex..., in: escaped)
        return pattern.stringByReplacingMatches(
            in: escaped, range: range, withTemplate: "<span class=\"nowrap\">$0</span>")
    }

    /// A coordinate with one decimal and a `.`, whatever the language.
    static func coordinate(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text == "-0.0" ? "0.0" : text
    }

    /// Splits text into lines of at most `width` characters at spaces; at most `limit` lines, the
    /// last one shortened with `…` when the text is longer.
    static func wrap(_ text: String, width: Int, limit: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > limit else { return lines }
        var kept = Array(lines.prefix(limit))
        kept[limit - 1] = String(kept[limit - 1].prefix(max(width - 1, 1))) + "…"
        return kept
    }
}

/// The colour-blind-safe palette of Okabe and Ito, and the colours the charts give meaning to.
enum Palette {
    /// Colours for groups, in order.
    static let groups = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"]
    /// Colours for the points of a five-point scale, disagree to agree.
    static let scale = ["#D55E00", "#E69F00", "#BBBBBB", "#56B4E9", "#0072B2"]
    /// The colour of "don't know".
    static let dontKnow = "#EEEEEE"

    /// The colour of a band.
    static func band(_ band: Band?) -> String {
        switch band {
        case .strength: "#009E73"
        case .attention: "#E69F00"
        case .concern: "#D55E00"
        case nil: "#777777"
        }
    }

    /// The colour of scale point `index` out of `count`.
    static func scalePoint(_ index: Int, of count: Int) -> String {
        guard count == scale.count else { return groups[index % groups.count] }
        return scale[index]
    }
}
