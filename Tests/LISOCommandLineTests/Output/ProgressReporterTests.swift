import Testing

@testable import LISOCommandLine

@Suite struct ProgressReporterTests {
    @Test func progressIsSilentWhenStandardErrorIsNotATerminal() {
        let channel = TextChannel()
        let progress = ProgressReporter(channel: channel, enabled: false)
        progress.begin(file: "a.csv", totalBytes: 1000)
        progress.update(rows: 10, bytes: 500)
        progress.finish()
        #expect(channel.text.isEmpty)
    }

    @Test func aProgressLineShowsRowsRatesAndPercentThenIsCleared() {
        let channel = TextChannel()
        let progress = ProgressReporter(channel: channel, enabled: true)
        progress.begin(file: "a.csv", totalBytes: 1000)
        progress.update(rows: 10, bytes: 250)
        #expect(channel.text.hasPrefix("\r\u{1B}[Ka.csv: 10 rows, "))
        #expect(channel.text.contains(" rows/s, "))
        #expect(channel.text.contains(" MB/s, 25%"))
        progress.finish()
        #expect(channel.text.hasSuffix("\r\u{1B}[K"))
    }

    @Test func standardInputHasNoPercentage() {
        let channel = TextChannel()
        let progress = ProgressReporter(channel: channel, enabled: true)
        progress.begin(file: "-", totalBytes: nil)
        progress.update(rows: 1, bytes: 10)
        #expect(!channel.text.contains("%"))
    }
}
