import Foundation
import LISO

/// What `score`, `compare` and `validate` read and how: the export files, `--instrument`,
/// `--layout` and `--delimiter`; turned into the library's run (``ExportEvaluation``) and its
/// inputs. No reading or scoring here.
struct InputOptions {
    /// `--instrument FILE`.
    static let instrument = Option<String>(
        "instrument", valueName: "file",
        help: "An instrument file (liso-instrument JSON); default: the built-in item bank.")
    /// `--layout NAME`.
    static let layout = Option<ExportLayout>(
        "layout", valueName: "layout",
        help: "The survey tool that wrote the export; default: detected from the header rows.")
    /// `--delimiter C`.
    static let delimiter = Option<CSVDialect.Delimiter>(
        "delimiter", valueName: "char", help: "The field separator; default: detected from the header line.")
    /// The three options, in the order help lists them.
    static let specs = [instrument.spec, layout.spec, delimiter.spec]

    /// The export files as the user named them; `-` is standard input.
    var files: [String]
    /// The instrument file, or `nil` for the built-in form that fits the exports.
    var instrumentPath: String?
    /// The layout to assume instead of detecting it.
    var layout: ExportLayout?
    /// The delimiter to use instead of detecting it.
    var delimiter: CSVDialect.Delimiter?

    /// Decodes the options for `files`.
    ///
    /// - Throws: a ``UsageError`` when `-` (standard input, which can be read only once) is
    ///   named more than once.
    init(_ arguments: ParsedArguments, files: [String]) throws(UsageError) {
        if files.count(where: { $0 == "-" }) > 1 {
            throw UsageError(
                LocalizedText(
                    nl: "'-' (standaardinvoer) kan maar één keer worden gegeven",
                    en: "'-' (standard input) can be given only once"))
        }
        self.files = files
        instrumentPath = arguments.value(Self.instrument)
        layout = arguments.value(Self.layout)
        delimiter = arguments.value(Self.delimiter)
    }

    /// The files as the run's inputs, standard input for `-`.
    func inputs(_ context: CommandContext) -> [ExportInput] {
        files.map { file in
            file == "-" ? .handle(context.standardInput, name: file) : .file(context.url(for: file), name: file)
        }
    }

    /// The run of `score` and `compare` over the files: every file must be there (checked before
    /// the instrument file is read), and the first unusable one stops the run.
    ///
    /// - Throws: `LISOError` for an export file that is missing (66), or an instrument file that
    ///   is missing (66) or unusable (65).
    func evaluation(policy: ScoringPolicy, context: CommandContext) throws -> ExportEvaluation {
        for input in inputs(context) { try input.checkPresent() }
        return try makeEvaluation(policy: policy, context: context)
    }

    /// The run of `validate` over the files: a file that is missing or unusable is listed and
    /// left out, and every diagnostic is kept.
    ///
    /// - Throws: `LISOError` for an instrument file that is missing (66) or unusable (65).
    func validation(context: CommandContext) throws -> ExportEvaluation {
        var evaluation = try makeEvaluation(policy: .standard, context: context)
        evaluation.skipsUnusableInputs = true
        evaluation.diagnosticLimit = 10_000
        return evaluation
    }

    /// The run with the instrument file's instrument, or the built-in form that fits the files.
    private func makeEvaluation(policy: ScoringPolicy, context: CommandContext) throws -> ExportEvaluation {
        let choice: ExportEvaluation.InstrumentChoice =
            if let instrumentPath {
                .given(try Instrument.load(contentsOf: context.url(for: instrumentPath), fileName: instrumentPath))
            } else {
                .builtInForm
            }
        return try ExportEvaluation(
            choice, policy: policy, layout: layout, dialect: delimiter.map(CSVDialect.init) ?? .automatic)
    }

    /// Runs `evaluation` over the files, drawing its progress on standard error, in `language`,
    /// when that is a terminal.
    func evaluate(
        _ evaluation: ExportEvaluation, context: CommandContext, language: Language = .english
    ) async throws -> ExportEvaluation.Outcome {
        let progress = ProgressReporter(channel: context.errors, enabled: context.errorsIsTerminal, language: language)
        return try await evaluation.evaluate(inputs(context), progress: progress.isEnabled ? progress.show : nil)
    }
}
