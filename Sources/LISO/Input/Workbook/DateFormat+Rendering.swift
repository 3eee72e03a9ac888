/// Which day serial number 0 is: Excel for Windows counts from 1900 (with Lotus 1-2-3's
/// 29 February 1900, which never was), old Excel for Mac from 1904 (`<workbookPr date1904="1"/>`).
enum DateSystem: Hashable, Sendable {
    case from1900
    case from1904

    /// The largest serial Excel shows as a date: 31 December 9999.
    var maximumSerial: Double { self == .from1900 ? 2_958_465 : 2_957_003 }
}

extension DateFormat {
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    private static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// The parts of a serial date, rounded to the shown precision.
    struct Parts {
        var year = 1900
        var month = 1
        var day = 0
        /// 0 is Sunday.
        var weekday = 6
        var hour = 0
        var minute = 0
        var second = 0
        /// The fractional second in units of 10^−digits.
        var fraction = 0
        /// The whole time as elapsed units, for `[h]`, `[m]` and `[s]`.
        var totalHours = 0
        var totalMinutes = 0
        var totalSeconds = 0
    }

    /// `serial` shown in this format, or `nil` when it is not a date Excel can show (negative,
    /// past 9999, not a number): the caller shows the number instead.
    func text(serial: Double, system: DateSystem) -> String? {
        guard let parts = Self.parts(serial: serial, system: system, fractionDigits: fractionDigits) else {
            return nil
        }
        var text = ""
        let twelveHour = twelveHour
        for token in tokens {
            switch token {
            case .literal(let literal): text += literal
            case .year(let digits): text += digits == 2 ? Self.padded(parts.year % 100, 2) : Self.padded(parts.year, 4)
            case .month(let width):
                switch width {
                case 1, 2: text += Self.padded(parts.month, width)
                case 3: text += Self.monthNames[parts.month - 1].prefix(3)
                case 4: text += Self.monthNames[parts.month - 1]
                default: text += Self.monthNames[parts.month - 1].prefix(1)
                }
            case .day(let width):
                switch width {
                case 1, 2: text += Self.padded(parts.day, width)
                case 3: text += Self.dayNames[parts.weekday].prefix(3)
                default: text += Self.dayNames[parts.weekday]
                }
            case .hour(let width, let elapsed):
                var hour = elapsed ? parts.totalHours : parts.hour
                if twelveHour, !elapsed { hour = hour % 12 == 0 ? 12 : hour % 12 }
                text += Self.padded(hour, width)
            case .minute(let width, let elapsed):
                text += Self.padded(elapsed ? parts.totalMinutes : parts.minute, width)
            case .second(let width, let elapsed):
                text += Self.padded(elapsed ? parts.totalSeconds : parts.second, width)
            case .fraction(let digits):
                let shown = parts.fraction / Self.power(fractionDigits - digits)
                text += "." + Self.padded(shown, digits)
            case .meridiem(let am, let pm): text += parts.hour < 12 ? am : pm
            }
        }
        return text
    }

    /// Splits `serial` into calendar and clock parts, rounded to `fractionDigits` of a second.
    static func parts(serial: Double, system: DateSystem, fractionDigits: Int) -> Parts? {
        guard serial.isFinite, serial >= 0, serial < system.maximumSerial + 1 else { return nil }
        let perSecond = power(fractionDigits)
        let ticksPerDay = 86_400 * perSecond
        let ticks = Int((serial * Double(ticksPerDay)).rounded())
        let days = ticks / ticksPerDay
        let time = ticks % ticksPerDay
        guard Double(days) <= system.maximumSerial else { return nil }
        var parts = Parts()
        let seconds = time / perSecond
        parts.fraction = time % perSecond
        parts.hour = seconds / 3600
        parts.minute = seconds / 60 % 60
        parts.second = seconds % 60
        parts.totalSeconds = ticks / perSecond
        parts.totalMinutes = parts.totalSeconds / 60
        parts.totalHours = parts.totalSeconds / 3600
        switch system {
        case .from1900 where days < 61:
            // Excel's January and February 1900, its 29 February included; day 0 is "0 January".
            (parts.year, parts.month, parts.day) = days <= 31 ? (1900, 1, days) : (1900, 2, days - 31)
            parts.weekday = (days + 6) % 7
        case .from1900:
            (parts.year, parts.month, parts.day) = civil(fromDaysSince1970: days - 25_569)
            parts.weekday = (days + 6) % 7
        case .from1904:
            (parts.year, parts.month, parts.day) = civil(fromDaysSince1970: days - 24_107)
            parts.weekday = (days + 5) % 7
        }
        return parts
    }

    /// The proleptic Gregorian date of a day count from 1 January 1970 (H. Hinnant's algorithm).
    static func civil(fromDaysSince1970 count: Int) -> (year: Int, month: Int, day: Int) {
        let z = count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day count from 1 January 1970 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 10^`exponent` for 0...3.
    private static func power(_ exponent: Int) -> Int {
        [1, 10, 100, 1000][max(0, min(3, exponent))]
    }

    /// `value` with leading zeros to `width` digits.
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
