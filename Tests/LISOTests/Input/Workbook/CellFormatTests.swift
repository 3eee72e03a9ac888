import Testing

@testable import LISO

/// The pieces of cell text, each against values worked out by hand.
@Suite struct CellFormatTests {
    private func general(_ raw: String) -> String? {
        Array(raw.utf8).withUnsafeBufferPointer(GeneralNumberFormat.text)
    }

    @Test func generalShowsAtMostFifteenSignificantDigitsWithoutTrailingZeros() {
        #expect(general("4") == "4")
        #expect(general("4.0") == "4")
        #expect(general("0.5") == "0.5")
        #expect(general(" 12 ") == "12")
        #expect(general("-0") == "0")
        #expect(general("000123") == "123")
        #expect(general("0.1000000000000000055511151231257827") == "0.1")
        #expect(general("2.5E-3") == "0.0025")
        #expect(general("0.00001") == "1E-05")
        #expect(general("123456789012345") == "123456789012345")
        #expect(general("1234567890123456") == "1.23456789012346E+15")
        #expect(general("44314.4734606481") == "44314.4734606481")
        #expect(general("abc") == nil)
        #expect(general("0x1p3") == nil)
        #expect(general("inf") == nil)
        #expect(general("") == nil)
    }

    @Test func aFormatCodeIsADateFormatOnlyWithADateOrTimePart() {
        #expect(DateFormat(code: "0.00") == nil)
        #expect(DateFormat(code: "General") == nil)
        #expect(DateFormat(code: "#,##0 \"days\"") == nil)
        #expect(DateFormat(code: "[Red]0.0;[Blue]-0.0") == nil)
        #expect(DateFormat(code: "0.00E+00") == nil)
        #expect(DateFormat(code: "@") == nil)
        #expect(DateFormat(code: "d-m-yyyy") != nil)
        #expect(DateFormat(code: "[h]:mm") != nil)
    }

    @Test func mIsAMinuteAfterAnHourOrBeforeASecond() throws {
        let format = try #require(DateFormat(code: "m/d h:m mm:ss"))
        #expect(
            format.tokens == [
                .month(width: 1), .literal("/"), .day(width: 1), .literal(" "), .hour(width: 1, elapsed: false),
                .literal(":"), .minute(width: 1, elapsed: false), .literal(" "), .minute(width: 2, elapsed: false),
                .literal(":"), .second(width: 2, elapsed: false),
            ])
    }

    @Test func elapsedTimeCountsPastADay() throws {
        // 1.5 days and 90 seconds = 36 h 1 min 30 s.
        let serial = 1.5 + 90.0 / 86_400
        #expect(try #require(DateFormat(code: "[h]:mm:ss")).text(serial: serial, system: .from1900) == "36:01:30")
        #expect(try #require(DateFormat(code: "[mm]:ss")).text(serial: serial, system: .from1900) == "2161:30")
        #expect(try #require(DateFormat(code: "[ss]")).text(serial: serial, system: .from1900) == "129690")
    }

    @Test func roundingToTheShownSecondCarriesIntoTheNextDay() throws {
        // 31 December 2020, 23:59:59.6 (serial 44197 is 2021-01-01).
        let serial = 44_197 - 0.4 / 86_400
        let format = try #require(DateFormat(code: "yyyy-mm-dd hh:mm:ss"))
        #expect(format.text(serial: serial, system: .from1900) == "2021-01-01 00:00:00")
        let tenths = try #require(DateFormat(code: "yyyy-mm-dd hh:mm:ss.0"))
        #expect(tenths.text(serial: serial, system: .from1900) == "2020-12-31 23:59:59.6")
    }

    @Test func bothDateSystemsAgreeOnTheSameDay() throws {
        let format = try #require(DateFormat(code: "dddd d mmmm yyyy"))
        // 1 January 2000 is serial 36526 in 1900 and 36526 − 1462 in 1904; it was a Saturday.
        #expect(format.text(serial: 36_526, system: .from1900) == "Saturday 1 January 2000")
        #expect(format.text(serial: 36_526 - 1_462, system: .from1904) == "Saturday 1 January 2000")
        #expect(format.text(serial: 0, system: .from1904) == "Friday 1 January 1904")
        #expect(format.text(serial: -1, system: .from1900) == nil)
        #expect(format.text(serial: 2_958_466, system: .from1900) == nil)
    }

    @Test func civilDatesRoundTrip() {
        for days in stride(from: -800_000, through: 2_000_000, by: 997) {
            let date = DateFormat.civil(fromDaysSince1970: days)
            #expect(DateFormat.daysSince1970(year: date.year, month: date.month, day: date.day) == days)
        }
        #expect(DateFormat.civil(fromDaysSince1970: 0) == (1970, 1, 1))
        #expect(DateFormat.civil(fromDaysSince1970: 11_016) == (2000, 2, 29))
    }

    @Test func cellReferencesGiveColumnsAndLettersBack() {
        func column(_ text: String) -> Int? { Array(text.utf8).withUnsafeBufferPointer(CellReference.column) }
        #expect(column("A1") == 0)
        #expect(column("b12") == 1)
        #expect(column("Z9") == 25)
        #expect(column("AA1") == 26)
        #expect(column("XFD1048576") == 16_383)
        #expect(column("$C$3") == 2)
        #expect(column("A") == nil)
        #expect(column("12") == nil)
        #expect(column("ABCD1") == nil)
        #expect(column("A1B") == nil)
        for index in [0, 25, 26, 701, 702, 16_383] {
            #expect(column(CellReference.letters(index) + "1") == index)
        }
        #expect(CellReference.letters(701) == "ZZ")
    }

    @Test func spreadsheetEscapesAndTrimmingFollowExcel() {
        func unescaped(_ text: String) -> String {
            var bytes = Array(text.utf8)
            SpreadsheetText.unescape(&bytes, from: 0)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(unescaped("a_x000D_b") == "a\rb")
        #expect(unescaped("_x005F_x0041_") == "_x0041_")
        #expect(unescaped("_xD83D__xDE00_") == "😀")
        #expect(unescaped("_xD83D_x") == "\u{FFFD}x")
        #expect(unescaped("_x0000_") == "\u{FFFD}")
        #expect(unescaped("_x12G4_ and _x12") == "_x12G4_ and _x12")
        func trimmed(_ text: String) -> String {
            var bytes = Array("keep".utf8) + Array(text.utf8)
            SpreadsheetText.trim(&bytes, from: 4)
            return String(decoding: bytes.dropFirst(4), as: UTF8.self)
        }
        #expect(trimmed("  a b \n") == "a b")
        #expect(trimmed("   ") == "   ")
    }
}
