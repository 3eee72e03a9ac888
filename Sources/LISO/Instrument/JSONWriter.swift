/// Writes a ``JSONValue`` as pretty, stable JSON: two-space indentation, members in the order
/// given, and small objects and arrays of scalars on one line when they fit, as people write
/// instrument files by hand.
struct JSONWriter {
    /// The longest line a value is kept on one line for, indentation included.
    var lineLimit = 120

    /// The text of `value` followed by a line break.
    func write(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, column: 0, into: &output)
        output += "\n"
        return output
    }

    /// Writes `value` starting at `column` of the current line, its lines indented by `indent`.
    private func write(_ value: JSONValue, indent: Int, column: Int, into output: inout String) {
        if let inline = inline(value), column + inline.count + 1 <= lineLimit || !isContainer(value) {
            output += inline
            return
        }
        let pad = String(repeating: " ", count: indent + 2)
        switch value.kind {
        case .object(let members):
            output += "{\n"
            for (index, member) in members.enumerated() {
                let key = pad + Self.quoted(member.key) + ": "
                output += key
                write(member.value, indent: indent + 2, column: key.count, into: &output)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        case .array(let elements) where !elements.contains(where: isContainer):
            output += "[\n" + pad
            var width = indent + 2
            for (index, element) in elements.enumerated() {
                let text = (inline(element) ?? "null") + (index == elements.count - 1 ? "" : ",")
                if width > indent + 2, width + 1 + text.count > lineLimit {
                    output += "\n" + pad
                    width = indent + 2
                } else if width > indent + 2 {
                    output += " "
                    width += 1
                }
                output += text
                width += text.count
            }
            output += "\n" + String(repeating: " ", count: indent) + "]"
        case .array(let elements):
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += pad
                write(element, indent: indent + 2, column: pad.count, into: &output)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        default:
            output += inline(value) ?? "null"
        }
    }

    private func isContainer(_ value: JSONValue) -> Bool {
        switch value.kind {
        case .object, .array: true
        default: false
        }
    }

    /// The one-line form of a scalar, of an array of scalars, or of an object whose members are
    /// scalars or arrays of scalars; nil for anything deeper.
    private func inline(_ value: JSONValue, depth: Int = 0) -> String? {
        switch value.kind {
        case .string(let text): return Self.quoted(text)
        case .number(let number): return ResponseScale.text(of: number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let elements):
            if elements.isEmpty { return "[]" }
            guard depth < 2 else { return nil }
            let parts = elements.compactMap { isContainer($0) ? nil : inline($0, depth: depth + 1) }
            return parts.count == elements.count ? "[" + parts.joined(separator: ", ") + "]" : nil
        case .object(let members):
            if members.isEmpty { return "{}" }
            guard depth == 0 else { return nil }
            var parts: [String] = []
            for member in members {
                if case .object = member.value.kind { return nil }
                guard let text = inline(member.value, depth: depth + 1) else { return nil }
                parts.append(Self.quoted(member.key) + ": " + text)
            }
            return "{ " + parts.joined(separator: ", ") + " }"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
