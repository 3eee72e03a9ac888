/// The Dutch and English words ``WaveTime`` recognises, in their normalised form (lowercase,
/// no accents).
enum WaveWords {
    /// Month names and abbreviations → month number.
    static let month: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["januari", "january", "jan"]),
            (2, ["februari", "february", "feb"]),
            (3, ["maart", "march", "mrt", "maa", "mar"]),
            (4, ["april", "apr"]),
            (5, ["mei", "may"]),
            (6, ["juni", "june", "jun"]),
            (7, ["juli", "july", "jul"]),
            (8, ["augustus", "august", "aug"]),
            (9, ["september", "sept", "sep"]),
            (10, ["oktober", "october", "okt", "oct"]),
            (11, ["november", "nov"]),
            (12, ["december", "dec"]),
        ]
        var table: [String: Int] = [:]
        for (number, words) in names { for word in words { table[word] = number } }
        return table
    }()

    /// Seasons → the month they are placed on: spring 3, summer 6, autumn 9, winter 12 (winter
    /// 2025 comes after autumn 2025).
    static let season: [String: Int] = [
        "voorjaar": 3, "lente": 3, "spring": 3,
        "zomer": 6, "summer": 6,
        "najaar": 9, "herfst": 9, "autumn": 9, "fall": 9,
        "winter": 12,
    ]

    /// Words that number waves: `meting 2`, `wave 1`, `T0`.
    static let waveWords: Set<String> = [
        "meting", "peiling", "ronde", "wave", "round", "measurement", "time", "t", "w", "m",
    ]

    /// Waves named by their place: baseline first, follow-up last.
    static let fixedWave: [String: Int] = [
        "nulmeting": 0, "voormeting": 0, "baseline": 0,
        "tussenmeting": 5_000,
        "eindmeting": 10_000, "nameting": 10_000,
    ]

    /// The month a month name or season is placed on.
    static func position(of word: String) -> Int? { month[word] ?? season[word] }

    /// A quarter (`q1`–`q4`, placed on months 1, 4, 7, 10) or half (`h1`, `h2`: months 1 and 7).
    static func part(_ word: String, _ number: Int) -> Int? {
        switch word {
        case "q", "kwartaal", "quarter": (1...4).contains(number) ? 3 * number - 2 : nil
        case "h", "helft", "half": (1...2).contains(number) ? 6 * number - 5 : nil
        default: nil
        }
    }
}
