/// Markdown text helpers: escaping user text and writing padded tables.
enum MarkdownText {
    /// User text made inert in Markdown: every character that could start markup or raw HTML
    /// (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `&`, `#`, `!`, `~`) gets a backslash;
    /// line breaks become spaces, so the text stays within its table cell or line.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "#", "!", "~":
                result.append("\\")
                result.append(character)
            case "\n", "\r", "\r\n", "\t": result.append(" ")
            default: result.append(character)
            }
        }
        return result
    }

    /// How a table column is aligned.
    enum Alignment {
        case left, right
    }

    /// A table with every column padded to its widest cell, numbers right-aligned, so that it
    /// reads in a terminal as well as in a wiki. Cells must already be escaped.
    static func table(_ headers: [String], _ alignments: [Alignment], _ rows: [[String]]) -> String {
        let widths = headers.indices.map { column in
            max(3, ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            let padded = headers.indices.map { column -> String in
                let cell = column < cells.count ? cells[column] : ""
                let padding = String(repeating: " ", count: max(widths[column] - cell.count, 0))
                return alignments[column] == .right ? padding + cell : cell + padding
            }
            return "| " + padded.joined(separator: " | ") + " |\n"
        }
        let rule = headers.indices.map { column -> String in
            let dashes = String(repeating: "-", count: widths[column])
            return alignments[column] == .right ? String(dashes.dropLast()) + ":" : dashes
        }
        return line(headers) + "| " + rule.joined(separator: " | ") + " |\n" + rows.map(line).joined()
    }
}
