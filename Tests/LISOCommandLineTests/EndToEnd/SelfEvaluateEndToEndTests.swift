import Foundation
import LISO
import Testing

@Suite(.enabled(if: BinaryRun.executable != nil, "the 'liso' binary is not built"))
struct SelfEvaluateEndToEndTests {
    let folder = TemporaryDirectory()
    let shortItems = Instrument.builtIn(form: .short).items.count

    @Test func quittingHalfWaySavesAFileNamedAfterTheNetwork() throws {
        let run = try BinaryRun(
            ["self-evaluate", "--lang", "nl"], input: "Kwetsbare gezinnen\n1\n5\n2\n4\n?\nq\n", in: folder.url)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(folder.contents == ["kwetsbare-gezinnen-zelfevaluatie.csv"])
        #expect(run.output.contains("2/\(shortItems) · "))
        #expect(
            run.output.hasSuffix("verder gaan met: liso self-evaluate --resume kwetsbare-gezinnen-zelfevaluatie.csv\n"))
        let saved = try String(
            contentsOf: folder.url.appendingPathComponent("kwetsbare-gezinnen-zelfevaluatie.csv"), encoding: .utf8)
        let row = saved.split(separator: "\r\n")[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(row[1...6] == ["Kwetsbare gezinnen", "families", "trekker", "maintaining", "", "4"])
        #expect(row[7] == "Weet niet")
        #expect(row.dropFirst(8).allSatisfy { $0.isEmpty })
    }

    @Test func endOfInputSavesLikeQuit() throws {
        let run = try BinaryRun(
            ["self-evaluate", "--network", "Focus op Vaderschap"], input: "5\n3\n1\n", in: folder.url)
        #expect(run.status == 0)
        #expect(folder.contents == ["focus-op-vaderschap-self-evaluation.csv"])
    }

    @Test func quittingBeforeNamingTheNetworkSavesNothing() throws {
        let run = try BinaryRun(["self-evaluate"], input: "q\n", in: folder.url)
        #expect(run.status == 0)
        #expect(folder.contents.isEmpty)
        #expect(run.output.hasSuffix("nothing saved\n"))
    }

    @Test func anUnwritableAnswersFileExits74() throws {
        let run = try BinaryRun(
            ["self-evaluate", "--network", "N", "--output", "missing/answers.csv"], input: "1\n", in: folder.url)
        #expect(run.status == 74)
        #expect(run.errors.hasPrefix("error: cannot write 'missing/answers.csv': "))
        #expect(folder.contents.isEmpty)
    }
}
