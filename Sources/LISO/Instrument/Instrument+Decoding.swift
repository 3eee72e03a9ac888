import Foundation

extension Instrument {
    /// The value of `"format"` in every instrument file.
    public static let fileFormat = "liso-instrument"
    /// The newest instrument file version this library reads and the one it writes.
    public static let fileVersion = 1

    /// Reads an instrument file (`"format": "liso-instrument"`, `"version": 1`).
    ///
    /// Reading is strict: an unknown key, a wrong type or a missing required key is an error
    /// naming its JSON path (`items[3].scale`), and so is every reference that does not resolve:
    /// the framework, an item's element, theme, working element or scale, a duplicate item id,
    /// a column alias used twice, or a word that means two answers. All problems are reported
    /// together, one diagnostic each, with the file name, line and column.
    ///
    /// - Parameters:
    ///   - jsonData: The file's bytes, UTF-8.
    ///   - fileName: The name diagnostics show, as the user gave it.
    ///   - frameworks: The frameworks the file may name in `"framework"`.
    /// - Throws: ``LISOError`` of kind ``LISOError/Kind/inputUnusable``, one diagnostic per problem.
    public init(
        jsonData: Data, fileName: String,
        frameworks: [EvaluationFramework.ID: EvaluationFramework] = EvaluationFramework.builtIn
    ) throws(LISOError) {
        var parser = JSONParser(Array(jsonData))
        let root: JSONValue
        do {
            root = try parser.parseDocument()
        } catch {
            throw LISOError(
                .inputUnusable,
                Diagnostic(
                    .error, kind: .instrumentSyntax, .invalidJSON(error.message), file: fileName,
                    line: error.line, column: error.column))
        }
        var decoder = InstrumentFileDecoder(fileName: fileName)
        guard decoder.acceptsHeader(of: root) else {
            throw LISOError(.inputUnusable, diagnostics: decoder.walker.diagnostics)
        }
        let decoded = decoder.decode(root)
        var walker = decoder.walker
        if let decoded {
            var check = InstrumentReferenceCheck(
                decoded, frameworks: frameworks, scaleIndices: decoder.scaleIndices, itemIndices: decoder.itemIndices)
            for problem in check.run() { walker.error(problem.path, kind: problem.kind, problem.message) }
        }
        guard let decoded, walker.diagnostics.isEmpty else {
            throw LISOError(.inputUnusable, diagnostics: walker.diagnostics)
        }
        self = decoded
    }

    /// Reads the instrument file at `url`; see ``init(jsonData:fileName:frameworks:)``.
    ///
    /// - Parameters:
    ///   - url: The file to read.
    ///   - fileName: The name diagnostics show; by default the path as `url` holds it.
    ///   - frameworks: The frameworks the file may name.
    /// - Throws: ``LISOError`` of kind ``LISOError/Kind/inputMissing`` when the file does not
    ///   exist, is a directory or cannot be read, and ``LISOError/Kind/inputUnusable`` when its
    ///   content is not a valid instrument.
    public static func load(
        contentsOf url: URL, fileName: String? = nil,
        frameworks: [EvaluationFramework.ID: EvaluationFramework] = EvaluationFramework.builtIn
    ) throws(LISOError) -> Instrument {
        let name = fileName ?? url.relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw LISOError(.inputMissing, Diagnostic(.error, kind: .fileMissing, .noSuchFile, file: name))
        }
        if isDirectory.boolValue {
            throw LISOError(
                .inputMissing, Diagnostic(.error, kind: .fileMissing, .isDirectory, file: name))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LISOError(
                .inputMissing, Diagnostic(.error, kind: .fileUnreadable, .cannotReadFile, file: name))
        }
        return try Instrument(jsonData: data, fileName: name, frameworks: frameworks)
    }

    /// The reference problems of this instrument: an unknown framework, element, theme, working
    /// element or scale; a duplicate item id; a column alias used twice; a word that means two
    /// answers. Each message starts with the JSON path the problem would have in a file.
    /// Empty when the instrument is sound; the built-in ones are.
    public func referenceProblems(
        in frameworks: [EvaluationFramework.ID: EvaluationFramework] = EvaluationFramework.builtIn
    ) -> [Diagnostic] {
        var check = InstrumentReferenceCheck(self, frameworks: frameworks)
        return check.run().map { Diagnostic(.error, kind: $0.kind, JSONTreeWalker.message($0.message, at: $0.path)) }
    }
}
