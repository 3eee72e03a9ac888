/// A date or time number format of a workbook, parsed from its format code, that shows a serial
/// date the way the workbook shows it.
///
/// Supported: `yy` `yyyy`; `m` `mm` `mmm` `mmmm` `mmmmm` (months, or minutes after an hour or
/// before a second); `d` `dd` `ddd` `dddd`; `h` `hh`; `s` `ss` with `.0` to `.000`; elapsed
/// `[h]` `[mm]` `[ss]`; `AM/PM` and `A/P`; quoted text, `\`-escaped characters and other
/// literal characters; `[$…-409]` locale tags (their text is kept), colours and conditions
/// (ignored). Only the first section (before `;`) is used. Month and day names are English.
struct DateFormat: Hashable, Sendable {
    /// One piece of a format.
    enum Token: Hashable, Sendable {
        case literal(String)
        /// 2 or 4 digits.
        case year(digits: Int)
        /// 1 `m`, 2 `mm`, 3 `Jan`, 4 `January`, 5 `J`.
        case month(width: Int)
        /// 1 `d`, 2 `dd`, 3 `Mon`, 4 `Monday`.
        case day(width: Int)
        case hour(width: Int, elapsed: Bool)
        case minute(width: Int, elapsed: Bool)
        case second(width: Int, elapsed: Bool)
        /// Fractional seconds after `ss`: 1 to 3 digits.
        case fraction(digits: Int)
        /// `AM/PM` (its case as written) or `A/P`.
        case meridiem(am: String, pm: String)
    }

    /// The pieces, in order.
    let tokens: [Token]

    /// The digits of fractional seconds shown; the time is rounded to them.
    var fractionDigits: Int {
        tokens.reduce(0) { result, token in
            if case .fraction(let digits) = token { return max(result, digits) }
            return result
        }
    }

    /// Whether the hour is on a 12-hour clock.
    var twelveHour: Bool {
        tokens.contains { if case .meridiem = $0 { true } else { false } }
    }

    /// Parses `code`; `nil` when it shows no date or time part (a number or text format).
    init?(code: String) {
        var tokens = Self.tokenize(Array(code.unicodeScalars))
        guard tokens.contains(where: { if case .literal = $0 { false } else { true } }) else { return nil }
        Self.resolveMinutes(&tokens)
        self.tokens = tokens
    }

    /// The built-in date and time formats by id (ECMA-376 Part 1, 18.8.30). Ids 14 and 22 are
    /// the system's short date, which depends on the reader's locale: liso shows them in ISO 8601.
    static let builtIn: [Int: String] = [
        14: "yyyy-mm-dd", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
        20: "h:mm", 21: "h:mm:ss", 22: "yyyy-mm-dd h:mm", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0",
    ]

    private static func tokenize(_ code: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { tokens.append(.literal(literal)) }
            literal = ""
        }
        func add(_ token: Token) {
            flush()
            tokens.append(token)
        }
        var index = 0
        func run(of scalar: Unicode.Scalar) -> Int {
            var end = index
            while end < code.count, code[end].properties.lowercaseMapping == scalar.properties.lowercaseMapping {
                end += 1
            }
            defer { index = end }
            return end - index
        }
        while index < code.count {
            let scalar = code[index]
            switch scalar {
            case ";": index = code.count
            case "\"":
                var end = index + 1
                while end < code.count, code[end] != "\"" { end += 1 }
                literal.unicodeScalars.append(contentsOf: code[min(index + 1, code.count)..<end])
                index = end + 1
            case "\\":
                if index + 1 < code.count { literal.unicodeScalars.append(code[index + 1]) }
                index += 2
            case "_":
                literal += " "
                index += 2
            case "*":
                index += 2
            case "[":
                var end = index + 1
                while end < code.count, code[end] != "]" { end += 1 }
                let content = String(String.UnicodeScalarView(code[min(index + 1, code.count)..<end]))
                index = end + 1
                switch bracket(content) {
                case .literal(let text): literal += text
                case let token: add(token)
                }
            case "y", "Y": add(.year(digits: run(of: scalar) <= 2 ? 2 : 4))
            case "m", "M": add(.month(width: min(run(of: scalar), 5)))
            case "d", "D": add(.day(width: min(run(of: scalar), 4)))
            case "h", "H": add(.hour(width: min(run(of: scalar), 2), elapsed: false))
            case "s", "S":
                add(.second(width: min(run(of: scalar), 2), elapsed: false))
                if index + 1 < code.count, code[index] == ".", code[index + 1] == "0" {
                    index += 1
                    add(.fraction(digits: min(run(of: "0"), 3)))
                }
            case "a", "A":
                if let meridiem = meridiem(code, at: index) {
                    add(meridiem.token)
                    index += meridiem.length
                } else {
                    literal.unicodeScalars.append(scalar)
                    index += 1
                }
            case "@": index += 1
            case "G", "g":
                if String(String.UnicodeScalarView(code[index...].prefix(7))).lowercased() == "general" {
                    index += 7
                } else {
                    literal.unicodeScalars.append(scalar)
                    index += 1
                }
            default:
                literal.unicodeScalars.append(scalar)
                index += 1
            }
        }
        flush()
        return tokens
    }

    /// What `[…]` holds: elapsed time, or as a literal a locale tag's text (`[$€-413]` is `€`);
    /// a colour or condition is an empty literal.
    private static func bracket(_ content: String) -> Token {
        let lower = content.lowercased()
        if let first = lower.first, "hms".contains(first), lower.allSatisfy({ $0 == first }) {
            let width = min(lower.count, 2)
            switch first {
            case "h": return .hour(width: width, elapsed: true)
            case "m": return .minute(width: width, elapsed: true)
            default: return .second(width: width, elapsed: true)
            }
        }
        return .literal(content.hasPrefix("$") ? String(content.dropFirst().prefix { $0 != "-" }) : "")
    }

    /// The `AM/PM` or `A/P` marker at `index`, as written, with its length.
    private static func meridiem(_ code: [Unicode.Scalar], at index: Int) -> (token: Token, length: Int)? {
        let rest = String(String.UnicodeScalarView(code[index...].prefix(5)))
        if rest.lowercased() == "am/pm" {
            return (.meridiem(am: String(rest.prefix(2)), pm: String(rest.suffix(2))), 5)
        }
        let short = String(rest.prefix(3))
        if short.lowercased() == "a/p" {
            return (.meridiem(am: String(short.prefix(1)), pm: String(short.suffix(1))), 3)
        }
        return nil
    }

    /// Makes `m` and `mm` minutes where they follow an hour or come before a second, ignoring
    /// literal text between.
    private static func resolveMinutes(_ tokens: inout [Token]) {
        let parts = tokens.indices.filter { if case .literal = tokens[$0] { false } else { true } }
        for (position, index) in parts.enumerated() {
            guard case .month(let width) = tokens[index], width <= 2 else { continue }
            var afterHour = false
            if position > 0, case .hour = tokens[parts[position - 1]] { afterHour = true }
            var beforeSecond = false
            if position + 1 < parts.count, case .second = tokens[parts[position + 1]] { beforeSecond = true }
            if afterHour || beforeSecond { tokens[index] = .minute(width: width, elapsed: false) }
        }
    }
}
