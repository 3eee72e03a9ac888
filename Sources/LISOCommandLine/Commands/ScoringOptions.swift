import Foundation
import LISO

/// The options `score` and `compare` share, read and checked: the instrument, the policy with
/// its groupings and minimum group size, the report format and language, `--strict`.
struct ScoringOptions {
    /// The instrument from `--instrument`, or the built-in full item bank.
    var instrument: Instrument
    /// The scoring rules with `--by` and `--min-group-size` applied.
    var policy: ScoringPolicy
    /// The report format.
    var format: ReportFormat
    /// The report language.
    var language: Language
    /// Whether warnings make the exit status 1.
    var isStrict: Bool
    /// Where the report goes.
    var writer: ResultWriter

    /// Reads the options.
    ///
    /// - Throws: ``UsageError`` for a bad `--min-group-size`; `LISOError` for an instrument
    ///   file that is missing (66) or unusable (65).
    init(_ arguments: ParsedArguments, command: String, context: CommandContext) throws {
        instrument = try Self.instrument(arguments, files: arguments.positionals, context: context)
        policy = ScoringPolicy()
        if let size = try Self.checkMinimumGroupSize(arguments, command: command) {
            policy.minimumGroupSize = size
        }
        policy.groupings = arguments.allValues("by").map { value in
            value.split(separator: ",").compactMap { GroupDimension(rawValue: String($0)) }
        }
        format = arguments.value("format").flatMap(ReportFormat.init(rawValue:)) ?? .markdown
        language = context.language(arguments)
        isStrict = arguments.flag("strict")
        writer = ResultWriter(path: arguments.value("output"))
    }

    /// The value of `--min-group-size`, checked: a whole number of at least 1.
    @discardableResult
    static func checkMinimumGroupSize(_ arguments: ParsedArguments, command: String) throws(UsageError) -> Int? {
        guard let text = arguments.value("min-group-size") else { return nil }
        guard let size = Int(text), size >= 1 else {
            throw UsageError(
                "invalid value '\(text)' for option '--min-group-size'; expected a whole number of at least 1",
                command: command)
        }
        return size
    }

    /// The instrument of `--instrument`, or the built-in form that fits the files.
    static func instrument(_ arguments: ParsedArguments, files: [String], context: CommandContext) throws -> Instrument
    {
        if let path = arguments.value("instrument") {
            return try Instrument.load(contentsOf: context.url(for: path), fileName: path)
        }
        let reading = ExportFiles(instrument: .lisoFull, arguments: arguments, context: context)
        return BuiltInFormDetection.instrument(
            for: files, layout: reading.reader.layout, dialect: reading.dialect, context: context)
    }

    /// The exit status after a successful run: 1 when `--strict` and a warning or error was
    /// found, otherwise 0.
    func status(for diagnostics: [Diagnostic]) -> ExitCode {
        isStrict && diagnostics.contains { $0.severity >= .warning } ? .dataProblems : .success
    }
}
