import Foundation
import LISO

/// `liso self-evaluate`: the interactive questionnaire for one person.
enum SelfEvaluateCommand: Command {
    static let spec = CommandSpec(
        name: "self-evaluate",
        abstract: "Answer the questionnaire for your network in the terminal, then see a personal report.",
        discussion: "Answers are saved after every question; stop with 'q' (or end of input) and continue later "
            + "with '--resume FILE'. The saved file is a response row that 'liso score' reads.",
        options: [
            .value(
                "form", valueName: "form", allowed: ["full", "short"], default: "short",
                help: "The questionnaire form: the short form of 16 items or the full item bank."),
            CommonOptions.language,
            .value("network", valueName: "name", help: "The network's name; asked for when absent."),
            .value("resume", valueName: "file", help: "Continue a saved self-evaluation."),
            .value(
                "output", short: "o", valueName: "file",
                help: "Where to save the answers; default: <network>-zelfevaluatie.csv (Dutch) or "
                    + "<network>-self-evaluation.csv in the current folder."),
            .value("html", valueName: "file", help: "Also write the personal report as HTML to this file."),
        ])

    static func run(_ arguments: ParsedArguments, context: inout CommandContext) throws -> ExitCode {
        let language = context.language(arguments)
        let framework = EvaluationFramework.liso2023
        let instrument: Instrument
        let start: SelfEvaluationAnswers
        var savePath = arguments.value("output")
        if let resume = arguments.value("resume") {
            (instrument, start) = try SavedSelfEvaluation.load(resume, context: context)
            savePath = savePath ?? resume
        } else {
            let form = QuestionnaireForm(rawValue: arguments.value("form") ?? "short") ?? .short
            instrument = Instrument.builtIn(form: form)
            start = SelfEvaluationAnswers(instrument: instrument, network: arguments.value("network"))
        }
        var session = SelfEvaluationSession(
            instrument: instrument, framework: framework, language: language, answers: start,
            networkIsFixed: arguments.value("network") != nil, echoesInput: !context.inputIsTerminal)
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
            try PersonalReport.show(
                session.answers, instrument: instrument, framework: framework, language: language,
                htmlPath: arguments.value("html"), answersPath: saved ?? savePath, context: &context)
        }
        return .success
    }

    /// A path as a shell would need it typed: quoted when it holds anything but safe characters.
    static func shellQuoted(_ path: String) -> String {
        let safe = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }
        return safe ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
