/// How far an ``ExportEvaluation`` has read the input it is reading, as it reports to a progress
/// observer: at the start of each input, every few thousand rows, and at its end.
public struct EvaluationProgress: Hashable, Sendable {
    /// The input's position in the run, from 0.
    public var input: Int
    /// The input's name, as the user gave it.
    public var name: String
    /// The bytes read so far, over every range read at once.
    public var bytesRead: Int
    /// The input's size in bytes, when it is known (not for standard input or a pipe).
    public var totalBytes: Int?
    /// The data rows read so far, over every range read at once.
    public var rowsRead: Int
    /// How many ranges of the input are read at once: more than one for a large file, one for a
    /// small file or a stream.
    public var ranges: Int
    /// Whether the input is read completely.
    public var isFinished: Bool

    /// Creates a progress report.
    public init(
        input: Int, name: String, bytesRead: Int, totalBytes: Int?, rowsRead: Int, ranges: Int, isFinished: Bool
    ) {
        self.input = input
        self.name = name
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.rowsRead = rowsRead
        self.ranges = ranges
        self.isFinished = isFinished
    }
}
