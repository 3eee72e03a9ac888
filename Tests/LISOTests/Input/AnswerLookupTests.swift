import Foundation
import Testing

@testable import LISO

@Suite struct AnswerLookupTests {
    /// The rule written plainly with Foundation strings: the reference the fast lookup must agree with.
    static func reference(_ cell: String, scale: ResponseScale) -> Answer? {
        func plain(_ text: String) -> String {
            let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
            let words = folded.components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
            return words.joined(separator: " ")
        }
        let trimmed = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .unanswered }
        let key = plain(trimmed)
        for value in scale.values where (value.codes + value.labels).map(plain).contains(key) {
            return .value(value.value)
        }
        let missing = scale.missing.flatMap { $0.codes + $0.labels } + AnswerLookup.alwaysMissing
        if missing.map(plain).contains(key) { return .dontKnow }
        let isNumber = trimmed.range(of: #"^[+-]?[0-9]+([.,][0-9]+)?$"#, options: .regularExpression) != nil
        if isNumber, let number = Double(trimmed.replacingOccurrences(of: ",", with: ".")),
            scale.values.contains(where: { $0.value == number })
        {
            return .value(number)
        }
        return nil
    }

    @Test func theLookupAgreesWithAPlainReferenceOnRandomCells() {
        let scale = PulseInstrument.agree5
        let lookup = AnswerLookup(scale: scale)
        let words =
            scale.values.flatMap { $0.codes + $0.labels } + scale.missing.flatMap { $0.codes + $0.labels }
            + AnswerLookup.alwaysMissing + [
                "4.0", "4,0", "3,50", "7", "0", "-1", "Soms", "mee", "eens", "", "A6", "1.5",
            ]
        var random = SplitMix64(seed: 20_231)
        for _ in 0..<5000 {
            var cell = words.randomElement(using: &random)!
            switch Int.random(in: 0..<5, using: &random) {
            case 0: cell = cell.uppercased()
            case 1: cell = "  \(cell)\t"
            case 2: cell = cell.replacingOccurrences(of: " ", with: "  ")
            case 3: cell = cell.replacingOccurrences(of: "e", with: "é")
            default: break
            }
            var scratch: [UInt8] = []
            let outcome = Array(cell.utf8).withUnsafeBufferPointer { lookup.decode($0, scratch: &scratch) }
            let decoded: Answer? = if case .answer(let answer) = outcome { answer } else { nil }
            #expect(decoded == Self.reference(cell, scale: scale), "cell '\(cell)'")
        }
    }
}
