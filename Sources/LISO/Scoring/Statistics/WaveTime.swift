/// What a wave label says about its place in time, read by fixed rules (``WaveOrder`` lists
/// them). Labels are compared after ``TextNormalization`` (case, accents and punctuation do not
/// matter) and split into numbers and words (`2025Q1` reads as `2025 q 1`).
package enum WaveTime: Hashable, Sendable, Comparable {
    /// A moment in a given year: `position` is a month (1–12) or a season, quarter, half or
    /// numbered wave placed on the months; 0 for the year as a whole; `day` 0 when not given.
    case dated(year: Int, position: Int, day: Int)
    /// A month or season without a year, placed as in ``dated(year:position:day:)``.
    case withinYear(position: Int, day: Int)
    /// A numbered wave: `3`, `meting 2`, `wave 1`, `T0`; `nulmeting` is 0, `tussenmeting`
    /// 5 000 and `eindmeting` 10 000.
    case numbered(Int)

    /// Reads a label; `nil` when it follows none of the rules.
    package init?(label: String) {
        let tokens = Self.tokens(TextNormalization.normalized(label))
        guard let time = Self.read(tokens) else { return nil }
        self = time
    }

    /// A number or a word of a normalised label.
    enum Token: Hashable {
        case number(Int, digits: Int)
        case word(String)

        var year: Int? {
            if case .number(let value, 4) = self, (1900...2199).contains(value) { return value }
            return nil
        }

        var number: Int? {
            if case .number(let value, _) = self { return value }
            return nil
        }

        var word: String? {
            if case .word(let text) = self { return text }
            return nil
        }
    }

    /// Splits a normalised label at spaces and between letters and digits.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var currentIsDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if currentIsDigits {
                if current.count <= 9, let value = Int(current) {
                    tokens.append(.number(value, digits: current.count))
                } else {
                    tokens.append(.word(current))
                }
            } else {
                tokens.append(.word(current))
            }
            current = ""
        }
        for character in text {
            if character == " " {
                flush()
                continue
            }
            let isDigit = character.isASCII && character.isNumber
            if !current.isEmpty, isDigit != currentIsDigits { flush() }
            currentIsDigits = isDigit
            current.append(character)
        }
        flush()
        return tokens
    }

    /// Applies the rules to a label's tokens.
    static func read(_ tokens: [Token]) -> WaveTime? {
        switch tokens.count {
        case 1: return readOne(tokens[0])
        case 2: return readTwo(tokens[0], tokens[1])
        case 3: return readThree(tokens[0], tokens[1], tokens[2])
        default: return nil
        }
    }

    private static func readOne(_ token: Token) -> WaveTime? {
        if let year = token.year { return .dated(year: year, position: 0, day: 0) }
        if let number = token.number { return .numbered(number) }
        guard let word = token.word else { return nil }
        if let position = WaveWords.position(of: word) { return .withinYear(position: position, day: 0) }
        if let fixed = WaveWords.fixedWave[word] { return .numbered(fixed) }
        return nil
    }

    private static func readTwo(_ first: Token, _ second: Token) -> WaveTime? {
        // A year with a month, season, wave number within the year, or the next year (school year).
        for (yearToken, other) in [(first, second), (second, first)] {
            guard let year = yearToken.year else { continue }
            if let word = other.word, let position = WaveWords.position(of: word) {
                return .dated(year: year, position: position, day: 0)
            }
            if yearToken == first, let next = other.year, next == year + 1 {
                return .dated(year: year, position: 9, day: 0)
            }
            if yearToken == first, case .number(let next, 2) = other, next == (year + 1) % 100 {
                return .dated(year: year, position: 9, day: 0)
            }
            if let number = other.number, other.year == nil, (1...99).contains(number) {
                return .dated(year: year, position: number, day: 0)
            }
        }
        // `meting 2`, `wave 1`, `T0`, `Q1`, `H2`.
        if let word = first.word, let number = second.number {
            if WaveWords.waveWords.contains(word) { return .numbered(number) }
            if let position = WaveWords.part(word, number) { return .withinYear(position: position, day: 0) }
        }
        return nil
    }

    private static func readThree(_ a: Token, _ b: Token, _ c: Token) -> WaveTime? {
        // ISO 2025-03-01 and Dutch 1-3-2025.
        if let year = a.year, let month = b.number, let day = c.number, c.year == nil {
            return date(year, month, day)
        }
        if let day = a.number, let month = b.number, let year = c.year, a.year == nil {
            return date(year, month, day)
        }
        // 1 maart 2025, March 1 2025, 2025 maart 1.
        if let year = c.year, let day = a.number, let word = b.word, let month = WaveWords.month[word] {
            return date(year, month, day)
        }
        if let year = c.year, let word = a.word, let month = WaveWords.month[word], let day = b.number {
            return date(year, month, day)
        }
        // 2025 Q1, Q1 2025, 2025 H2.
        if let year = a.year, let word = b.word, let number = c.number, let position = WaveWords.part(word, number) {
            return .dated(year: year, position: position, day: 0)
        }
        if let year = c.year, let word = a.word, let number = b.number, let position = WaveWords.part(word, number) {
            return .dated(year: year, position: position, day: 0)
        }
        return nil
    }

    /// A calendar date, or `nil` when the day does not exist.
    private static func date(_ year: Int, _ month: Int, _ day: Int) -> WaveTime? {
        guard (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        return .dated(year: year, position: month, day: day)
    }
}
