import LISO
import Testing

@testable import LISOCommandLine

@Suite struct DiagnosticPrinterTests {
    func warnings(_ count: Int) -> [Diagnostic] {
        (1...count).map {
            Diagnostic(
                .warning, kind: "invalid-value", "value '7' is outside scale", file: "a.csv", line: $0 + 1, column: 3)
        }
    }

    @Test func pastTheLimitTheRestAreCounted() {
        let channel = TextChannel()
        DiagnosticPrinter(limit: 20).print(warnings(23), to: channel)
        let lines = channel.text.split(separator: "\n")
        #expect(lines.count == 21)
        #expect(lines.first == "a.csv:2:3: warning: value '7' is outside scale")
        #expect(lines.last == "… and 3 more problems")
    }

    @Test func oneOverTheLimitSaysProblemInTheSingular() {
        let channel = TextChannel()
        DiagnosticPrinter(limit: 2).print(warnings(3), to: channel)
        #expect(channel.text.hasSuffix("… and 1 more problem\n"))
    }

    @Test func withoutALimitEveryDiagnosticIsPrinted() {
        let channel = TextChannel()
        DiagnosticPrinter(limit: nil).print(warnings(50), to: channel)
        #expect(channel.text.split(separator: "\n").count == 50)
    }

    @Test func errorsComeFirstThenWarningsThenNotesEachInInputOrder() {
        let diagnostics = [
            Diagnostic(.note, kind: "n", "first note"), Diagnostic(.warning, kind: "w", "first warning"),
            Diagnostic(.error, kind: "e", "the error"), Diagnostic(.warning, kind: "w", "second warning"),
        ]
        let channel = TextChannel()
        DiagnosticPrinter(limit: nil).print(diagnostics, to: channel)
        #expect(channel.text == "error: the error\nwarning: first warning\nwarning: second warning\nnote: first note\n")
    }

    @Test func theTallyCountsBySeverity() {
        let diagnostics = warnings(2) + [Diagnostic(.note, kind: "n", "x"), Diagnostic(.error, kind: "e", "y")]
        #expect(DiagnosticPrinter.tally(diagnostics) == "1 error, 2 warnings, 1 note")
        #expect(DiagnosticPrinter.tally([]) == "no problems")
    }
}
