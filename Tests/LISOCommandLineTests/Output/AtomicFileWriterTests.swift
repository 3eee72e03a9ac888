import Foundation
import LISO
import Testing

@testable import LISOCommandLine

@Suite struct AtomicFileWriterTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liso-atomic-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aNewFileHoldsExactlyTheTextAndNothingElseIsLeft() throws {
        let file = folder.appendingPathComponent("report.md")
        try AtomicFileWriter(destination: file).write("# Rapport\nCoördinator\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "# Rapport\nCoördinator\n")
        #expect(try contents() == ["report.md"])
    }

    @Test func anExistingFileIsReplacedAndKeepsItsPermissions() throws {
        let file = folder.appendingPathComponent("report.md")
        try Data("old".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        try AtomicFileWriter(destination: file).write("new")
        #expect(try String(contentsOf: file, encoding: .utf8) == "new")
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func aMissingFolderIsAnOutputErrorThatNamesTheFile() throws {
        let file = folder.appendingPathComponent("missing/report.md")
        let error = #expect(throws: LISOError.self) {
            try AtomicFileWriter(destination: file, displayName: "missing/report.md").write("x")
        }
        #expect(error?.kind == .outputUnwritable)
        #expect(error?.description.hasPrefix("error: cannot write 'missing/report.md': ") == true)
        #expect(try contents().isEmpty)
    }

    @Test func aDirectoryAsDestinationIsRefusedAndLeftAlone() throws {
        let directory = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        let error = #expect(throws: LISOError.self) { try AtomicFileWriter(destination: directory).write("x") }
        #expect(error?.kind == .outputUnwritable)
        #expect(try contents() == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func aReadOnlyFolderLeavesTheExistingFileUntouchedAndNoTemporaryFile() throws {
        let file = folder.appendingPathComponent("report.md")
        try Data("old".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path) }
        guard access(folder.path, W_OK) != 0 else {
            print("skipped: running as a user who can write to a read-only folder (root)")
            return
        }
        #expect(throws: LISOError.self) { try AtomicFileWriter(destination: file).write("new") }
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
        #expect(try contents() == ["report.md"])
    }
}
