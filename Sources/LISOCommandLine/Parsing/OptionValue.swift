import Foundation
import LISO

/// A type an option's value is decoded into, as swift-argument-parser's `ExpressibleByArgument`:
/// the allowed values of a `CaseIterable` enum come from its cases, so no list is copied.
protocol OptionValue: Sendable {
    /// Decodes a value from its text on the command line; `nil` when the text is no such value.
    init?(argument: String)
    /// The text of the value, as help shows a default.
    var argument: String { get }
    /// The values help lists and the parser accepts, in order; empty when any text that
    /// ``init(argument:)`` decodes is allowed.
    static var allowedValues: [String] { get }
    /// What a valid value looks like, for the error when ``init(argument:)`` fails on a value of
    /// a type without allowed values, for example `a whole number of at least 1`.
    static var expectation: LocalizedText { get }
}

extension OptionValue where Self: CaseIterable & RawRepresentable<String> {
    init?(argument: String) { self.init(rawValue: argument) }
    var argument: String { rawValue }
    static var allowedValues: [String] { allCases.map(\.rawValue) }
    static var expectation: LocalizedText {
        let list = allowedValues.joined(separator: ", ")
        return LocalizedText(nl: "een van " + list, en: "one of " + list)
    }
}

extension String: OptionValue {
    init?(argument: String) { self = argument }
    var argument: String { self }
    static var allowedValues: [String] { [] }
    static var expectation: LocalizedText { LocalizedText(nl: "een tekst", en: "a text") }
}

extension GroupDimension: OptionValue {}
extension ExportLayout: OptionValue {}
extension ReportFormat: OptionValue {}
extension Language: OptionValue {}
extension QuestionnaireForm: OptionValue {}
extension CSVDialect.Delimiter: OptionValue {}
extension FrameworkPrinter.Format: OptionValue {}
extension QuestionnairePrinter.Format: OptionValue {}

/// `--min-group-size`: a whole number of at least 1.
struct GroupSize: OptionValue, Hashable {
    /// The number.
    var value: Int

    init(_ value: Int) { self.value = value }

    init?(argument: String) {
        guard let value = Int(argument), value >= 1 else { return nil }
        self.value = value
    }

    var argument: String { String(value) }
    static var allowedValues: [String] { [] }
    static var expectation: LocalizedText {
        LocalizedText(nl: "een heel getal van minstens 1", en: "a whole number of at least 1")
    }
}

/// `--waves before,after`: two different waves of one file.
struct WavePair: OptionValue, Hashable {
    /// The earlier wave.
    var before: String
    /// The later wave.
    var after: String

    init?(argument: String) {
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[0] != parts[1] else { return nil }
        (before, after) = (parts[0], parts[1])
    }

    var argument: String { "\(before),\(after)" }
    static var allowedValues: [String] { [] }
    static var expectation: LocalizedText {
        LocalizedText(nl: "twee verschillende metingen, 'voor,na'", en: "two different waves, 'before,after'")
    }
}
