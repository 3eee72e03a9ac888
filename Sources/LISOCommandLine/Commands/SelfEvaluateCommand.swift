import Foundation
import LISO

/// `liso self-evaluate`: the interactive questionnaire for one person.
enum SelfEvaluateCommand: Command {
    /// `--form`; the short form unless asked otherwise.
    static let form = DefaultedOption<QuestionnaireForm>(
        "form", valueName: "form", default: .short,
        help: "The questionnaire form: the short form of 16 items or the full item bank.")
    /// `--network NAME`.
    static let network = Option<String>(
        "network", valueName: "name", help: "The network's name; asked for when absent.")
    /// `--resume FILE`.
    static let resume = Option<String>("resume", valueName: "file", help: "Continue a saved self-evaluation.")
    /// `--output FILE`: where the answers are saved.
    static let output = Option<String>(
        "output", short: "o", valueName: "file",
        help: "Where to save the answers; default: <network>-zelfevaluatie.csv (Dutch) or "
            + "<network>-self-evaluation.csv in the current folder.")
    /// `--html FILE`.
    static let html = Option<String>(
        "html", valueName: "file", help: "Also write the personal report as HTML to this file.")

    static let spec = CommandSpec(
        name: "self-evaluate",
        abstract: "Answer the questionnaire for your network in the terminal, then see a personal report.",
        discussion: "Answers are saved after every question; stop with 'q' ('s' in Dutch; or end of input) and "
            + "continue later with '--resume FILE'. The saved file is a response row that 'liso score' reads.",
        options: [form.spec, CommonOptions.language.spec, network.spec, resume.spec, output.spec, html.spec])

    /// `self-evaluate`'s options.
    struct Options: CommandOptions {
        /// The form of a new self-evaluation.
        var form: QuestionnaireForm
        /// The language, when `--lang` gives it.
        var language: Language?
        /// The network's name, when given.
        var network: String?
        /// The saved self-evaluation to continue.
        var resume: String?
        /// Where to save the answers, when given.
        var output: String?
        /// Where to write the personal report as HTML, when given.
        var html: String?

        init(_ arguments: ParsedArguments) {
            form = arguments.value(SelfEvaluateCommand.form)
            language = arguments.value(CommonOptions.language)
            network = arguments.value(SelfEvaluateCommand.network)
            resume = arguments.value(SelfEvaluateCommand.resume)
            output = arguments.value(SelfEvaluateCommand.output)
            html = arguments.value(SelfEvaluateCommand.html)
        }
    }

    static func run(_ options: Options, context: inout CommandContext) throws -> ExitCode {
        let language = context.language(options.language)
        let framework = EvaluationFramework.liso2023
        let instrument: Instrument
        let start: SelfEvaluationAnswers
        var savePath = options.output
        if let resume = options.resume {
            (instrument, start) = try SavedSelfEvaluation.load(resume, context: context)
            savePath = savePath ?? resume
        } else {
            instrument = Instrument.builtIn(form: options.form)
            start = SelfEvaluationAnswers(instrument: instrument, network: options.network)
        }
        var session = SelfEvaluationSession(
            instrument: instrument, framework: framework, language: language, answers: start,
            networkIsFixed: options.network != nil, echoesInput: !context.inputIsTerminal)
        let strings = SelfEvaluationStrings(language)
        var saved: String?
        var input = context.input
        let folder = context
        defer { context.input = input }
        let outcome = try session.run(input: &input, output: context.output) { answers in
            let path =
                savePath
                ?? SelfEvaluationFile.freeName(
                    SelfEvaluationFile.defaultName(network: answers.network ?? "", language: language)
                ) { FileManager.default.fileExists(atPath: folder.url(for: $0).path) }
            savePath = path
            let text = SelfEvaluationFile.text(for: answers, instrument: instrument)
            try AtomicFileWriter(destination: folder.url(for: path), displayName: path).write(text)
            saved = path
        }
        switch outcome {
        case .stoppedBeforeSaving:
            context.output.line(strings.nothingSaved)
        case .stopped:
            let path = saved ?? savePath ?? ""
            context.output.line("\(strings.saved) '\(path)'")
            let languageOption =
                language == Language.preferred(in: context.environment) ? "" : " --lang \(language.rawValue)"
            context.output.line(
                "\(strings.resumeWith): liso self-evaluate --resume \(shellQuoted(path))\(languageOption)")
        case .completed:
            if let path = saved ?? savePath { context.output.line("\(strings.saved) '\(path)'") }
            context.input = input
            try PersonalReportStep.show(
                session.answers, instrument: instrument, framework: framework, language: language,
                htmlPath: options.html, answersPath: saved ?? savePath, context: &context)
        }
        return .success
    }

    /// A path as a shell would need it typed: quoted when it holds anything but safe characters.
    static func shellQuoted(_ path: String) -> String {
        let safe = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }
        return safe ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
