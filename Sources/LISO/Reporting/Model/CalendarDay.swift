import Foundation

/// A day of the calendar, as a report prints it: `7 maart 2025`, `7 March 2025`. A plain value,
/// so that a report made from the same result on the same day is the same text.
public struct CalendarDay: Hashable, Sendable, Codable {
    /// The year, for example 2025.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, 1 to 31.
    public var day: Int

    /// Creates a day from its parts.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day a moment falls on in a time zone (by default the machine's).
    public init(_ date: Date, timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The day in words: `7 maart 2025` in Dutch, `7 March 2025` in English.
    public func text(in language: Language) -> String {
        let names = Self.months[language]
        let name = (1...12).contains(month) ? names[month - 1] : String(month)
        return "\(day) \(name) \(year)"
    }

    /// The names of the months.
    private static let months = LocalizedMonths()
}

/// The names of the months in each language.
private struct LocalizedMonths: Sendable {
    let dutch = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]
    let english = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    subscript(language: Language) -> [String] { language == .dutch ? dutch : english }
}
