import Foundation
import LISO
import Testing

@Suite(.enabled(if: BinaryRun.executable != nil, "the 'liso' binary is not built"))
struct SelfEvaluateEndToEndTests {
    let folder = TemporaryDirectory()
    let shortItems = Instrument.builtIn(form: .short).items.count

    @Test func quittingHalfWaySavesAFileNamedAfterTheNetwork() throws {
        let run = try BinaryRun(
            ["self-evaluate", "--lang", "nl"], input: "Kwetsbare gezinnen\n1\n5\n2\n4\n?\ns\n", in: folder.url)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(folder.contents == ["kwetsbare-gezinnen-zelfevaluatie.csv"])
        #expect(run.output.contains("Vraag 2 van \(shortItems) · "))
        #expect(
            run.output.hasSuffix(
                "Later verder? Typ dan: liso self-evaluate --resume kwetsbare-gezinnen-zelfevaluatie.csv --lang nl\n"))
        let saved = try String(
            contentsOf: folder.url.appendingPathComponent("kwetsbare-gezinnen-zelfevaluatie.csv"), encoding: .utf8)
        let row = saved.split(separator: "\r\n")[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(row[1...6] == ["Kwetsbare gezinnen", "families", "trekker", "maintaining", "", "4"])
        let missingLabel = Instrument.builtIn(form: .short).scales.first?.missing.first?.labels.first
        #expect(row[7] == missingLabel.map { Substring($0) })
        #expect(row.dropFirst(8).allSatisfy { $0.isEmpty })
    }

    @Test func endOfInputSavesLikeQuit() throws {
        let run = try BinaryRun(
            ["self-evaluate", "--network", "Focus op Vaderschap"], input: "5\n3\n1\n", in: folder.url)
        #expect(run.status == 0)
        #expect(folder.contents == ["focus-op-vaderschap-self-evaluation.csv"])
    }

    @Test func aSecondPersonOfTheSameNetworkGetsAFileOfTheirOwn() throws {
        _ = try BinaryRun(["self-evaluate", "--network", "N"], input: "1\n", in: folder.url)
        let second = try BinaryRun(["self-evaluate", "--network", "N"], input: "2\n", in: folder.url)
        #expect(second.status == 0)
        #expect(folder.contents == ["n-self-evaluation-2.csv", "n-self-evaluation.csv"])
    }

    @Test func quittingBeforeNamingTheNetworkSavesNothing() throws {
        let run = try BinaryRun(["self-evaluate"], input: "q\n", in: folder.url)
        #expect(run.status == 0)
        #expect(folder.contents.isEmpty)
        #expect(run.output.hasSuffix("Nothing was saved.\n"))
    }

    @Test func anUnwritableAnswersFileExits74() throws {
        let run = try BinaryRun(
            ["self-evaluate", "--network", "N", "--output", "missing/answers.csv"], input: "1\n", in: folder.url)
        #expect(run.status == 74)
        #expect(run.errors.hasPrefix("error: cannot write 'missing/answers.csv': "))
        #expect(folder.contents.isEmpty)
    }

    @Test func aResumedSelfEvaluationFinishesWithAReportAndTheFileScores() throws {
        let answers = (0..<shortItems).map { ["4", "2", "?", "5", "3"][$0 % 5] }
        let first = try BinaryRun(
            ["self-evaluate", "--lang", "en", "--network", "Leren & implementeren"],
            input: (["1", "3", "2"] + answers.prefix(7) + ["q"]).joined(separator: "\n") + "\n", in: folder.url)
        #expect(first.status == 0)
        let file = "leren-implementeren-self-evaluation.csv"
        #expect(folder.contents == [file])
        let second = try BinaryRun(
            ["self-evaluate", "--resume", file, "--html", "report.html"],
            input: answers.dropFirst(7).joined(separator: "\n") + "\n", in: folder.url)
        #expect(second.status == 0)
        #expect(second.errors.isEmpty)
        #expect(!second.output.contains("\nQuestion 1 of \(shortItems) · "))
        #expect(second.output.contains("\nQuestion 8 of \(shortItems) · "))
        #expect(second.output.contains("Your personal report – Leren & implementeren\n"))
        #expect(second.output.contains("Phase: Maintaining (as you see it)."))
        #expect(second.output.contains("Your scores, strongest to weakest"))
        #expect(second.output.contains("The report is also saved in 'report.html'"))
        #expect(folder.contents == [file, "report.html"])
        let html = try String(contentsOf: folder.url.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") || html.hasPrefix("<!doctype html>"))

        let score = try BinaryRun(["score", file, "--strict", "--format", "json"], in: folder.url)
        #expect(score.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(score.output.utf8)) as? [String: Any]
        #expect(json?["respondents"] as? Int == 1)
        #expect(try BinaryRun(["validate", file], in: folder.url).status == 0)
    }

    /// A parent in Dutch: words instead of numbers, back with `t`, stop with `s`, resume, finish.
    @Test func aDutchSelfEvaluationWithWordsBackAndStopEndsInAPersonalReport() throws {
        let typed = ["eens", "oneens", "t", "helemaal oneens", "weet ik niet", "nvt", "s"]
        let first = try BinaryRun(
            ["self-evaluate", "--lang", "nl", "--network", "Focus op vaderschap"],
            input: (["1", "5", "1"] + typed).joined(separator: "\n") + "\n", in: folder.url)
        #expect(first.status == 0)
        #expect(first.output.contains("uw antwoord (1 t/m 5, ? = weet niet, t = terug, s = stoppen): "))
        let file = "focus-op-vaderschap-zelfevaluatie.csv"
        let rest = (0..<(shortItems - 4)).map { ["4", "2", "helemaal eens", "neutraal"][$0 % 4] }
        let second = try BinaryRun(
            ["self-evaluate", "--lang", "nl", "--resume", file, "--html", "rapport.html"],
            input: rest.joined(separator: "\n") + "\n", in: folder.url)
        #expect(second.status == 0)
        #expect(second.output.contains("Vraag 5 van \(shortItems) · "))
        #expect(second.output.contains("Uw persoonlijke rapport – Focus op vaderschap\n"))
        #expect(second.output.contains("Fase: Opstarten (volgens u)."))
        #expect(second.output.contains("Hier koos u ‘weet niet’"))
        #expect(second.output.contains("Om mee te nemen naar de bijeenkomst"))
        let html = try String(contentsOf: folder.url.appendingPathComponent("rapport.html"), encoding: .utf8)
        #expect(html.contains("<h1>Uw persoonlijke rapport – Focus op vaderschap</h1>"))
        let saved = try String(contentsOf: folder.url.appendingPathComponent(file), encoding: .utf8)
        let row = saved.split(separator: "\r\n")[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(Array(row[6...9]) == ["4", "1", "Weet niet / niet van toepassing", "Weet niet / niet van toepassing"])
    }

    @Test func resumingAMissingFileExits66() throws {
        let run = try BinaryRun(["self-evaluate", "--resume", "nowhere.csv"], in: folder.url)
        #expect(run.status == 66)
        #expect(run.errors.contains("nowhere.csv"))
    }
}
