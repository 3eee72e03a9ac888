import Testing

@testable import LISO

@Suite struct WaveOrderTests {
    let order = WaveOrder()

    @Test func seasonsOfAYearComeInTimeNotAlphabetically() {
        #expect(order.sorted(["2025-najaar", "2025-voorjaar"]) == ["2025-voorjaar", "2025-najaar"])
        #expect(
            order.sorted(["najaar 2025", "2026-voorjaar", "2025-voorjaar", "Herfst 2024", "zomer 2025", "winter 2025"])
                == ["Herfst 2024", "2025-voorjaar", "zomer 2025", "najaar 2025", "winter 2025", "2026-voorjaar"])
        #expect(
            order.sorted(["2025 autumn", "Spring 2025", "2024-fall"]) == ["2024-fall", "Spring 2025", "2025 autumn"])
    }

    @Test func isoAndDutchDatesCompareAsDays() {
        #expect(
            order.sorted(["2025-03-01", "1-2-2025", "15-01-2025", "2024-12-31", "01-03-2025"])
                == ["2024-12-31", "15-01-2025", "1-2-2025", "01-03-2025", "2025-03-01"])
        #expect(order.sorted(["10.3.2025", "9/3/2025"]) == ["9/3/2025", "10.3.2025"])
        #expect(
            order.sorted(["1 maart 2025", "28 februari 2025", "March 2 2025"])
                == ["28 februari 2025", "1 maart 2025", "March 2 2025"])
    }

    @Test func yearsComeBeforeEverythingWithinThem() {
        #expect(
            order.sorted(["2025-voorjaar", "2025", "2024-najaar", "2024"]) == [
                "2024", "2024-najaar", "2025", "2025-voorjaar",
            ])
    }

    @Test func monthNamesInDutchAndEnglish() {
        #expect(
            order.sorted(["oktober 2025", "mrt 2025", "May 2025", "2025 januari", "sept 2025"])
                == ["2025 januari", "mrt 2025", "May 2025", "sept 2025", "oktober 2025"])
        #expect(order.sorted(["oktober", "maart", "juni"]) == ["maart", "juni", "oktober"])
    }

    @Test func quartersHalvesAndNumbersWithinAYear() {
        #expect(
            order.sorted(["2025-Q3", "Q1 2025", "2024Q4", "2025-q2"]) == ["2024Q4", "Q1 2025", "2025-q2", "2025-Q3"])
        #expect(order.sorted(["2025-H2", "2025-H1"]) == ["2025-H1", "2025-H2"])
        #expect(order.sorted(["2025-2", "2024-2", "2025-1", "2024-1"]) == ["2024-1", "2024-2", "2025-1", "2025-2"])
        #expect(order.sorted(["2025-10", "2025-9", "2025-03"]) == ["2025-03", "2025-9", "2025-10"])
    }

    @Test func schoolYearsByTheirFirstYear() {
        #expect(order.sorted(["2025-2026", "2024/25", "2023-2024"]) == ["2023-2024", "2024/25", "2025-2026"])
    }

    @Test func numberedWavesByNumberNotText() {
        #expect(order.sorted(["10", "9", "2", "1"]) == ["1", "2", "9", "10"])
        #expect(order.sorted(["meting 10", "Meting 2", "meting 1"]) == ["meting 1", "Meting 2", "meting 10"])
        #expect(order.sorted(["wave 3", "Wave 1", "round 2"]) == ["Wave 1", "round 2", "wave 3"])
        #expect(order.sorted(["T2", "t0", "T1"]) == ["t0", "T1", "T2"])
        #expect(
            order.sorted(["eindmeting", "meting 2", "tussenmeting", "nulmeting", "peiling 1"])
                == ["nulmeting", "peiling 1", "meting 2", "tussenmeting", "eindmeting"])
    }

    @Test func unrecognisedLabelsFollowAlphabeticallyAndStably() {
        #expect(
            order.sorted(["pilot", "Begin", "2025-voorjaar", "3", "na de zomer", "april"])
                == ["2025-voorjaar", "april", "3", "Begin", "na de zomer", "pilot"])
        // Equal labels keep their input order; labels at the same place go alphabetically.
        #expect(order.sorted(["b", "a", "b"]) == ["a", "b", "b"])
        #expect(order.sorted(["2025-voorjaar", "2025-03"]) == ["2025-03", "2025-voorjaar"])
        #expect(order.sorted(["31-2-2025", "2025-13-01"]) == ["2025-13-01", "31-2-2025"])
    }

    @Test func anExplicitOrderComesFirstAndIsMatchedLikeLabels() {
        let given = WaveOrder(explicit: ["Najaar", "voorjaar", "najaar"])
        #expect(
            given.sorted(["voorjaar", "nulmeting", "najaar", "extra"]) == ["najaar", "voorjaar", "nulmeting", "extra"])
        #expect(given.precedes("najaar", "voorjaar"))
        #expect(!given.precedes("voorjaar", "najaar"))
        #expect(!given.precedes("najaar", "najaar"))
        #expect(WaveOrder().precedes("voorjaar", "najaar"))
    }

    @Test func eachRuleReadsTheTimeItDocuments() {
        #expect(WaveTime(label: "2025-voorjaar") == .dated(year: 2025, position: 3, day: 0))
        #expect(WaveTime(label: "voorjaar 2025") == .dated(year: 2025, position: 3, day: 0))
        #expect(WaveTime(label: "01-03-2025") == .dated(year: 2025, position: 3, day: 1))
        #expect(WaveTime(label: "2025-Q4") == .dated(year: 2025, position: 10, day: 0))
        #expect(WaveTime(label: "2024-2025") == .dated(year: 2024, position: 9, day: 0))
        #expect(WaveTime(label: "2024") == .dated(year: 2024, position: 0, day: 0))
        #expect(WaveTime(label: "najaar") == .withinYear(position: 9, day: 0))
        #expect(WaveTime(label: "Meting 3") == .numbered(3))
        #expect(WaveTime(label: "29-2-2024") == .dated(year: 2024, position: 2, day: 29))
        #expect(WaveTime(label: "29-2-2025") == nil)
        #expect(WaveTime(label: "") == nil)
        #expect(WaveTime(label: "groep a") == nil)
    }
}
