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
        throw UsageError("'self-evaluate' is not available yet", command: spec.name)
    }
}
