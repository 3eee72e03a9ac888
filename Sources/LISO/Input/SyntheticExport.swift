import Foundation

/// A seeded, deterministic generator of synthetic survey exports in the generic layout, for
/// benchmarks and tests.
///
/// The file has one header row (the background fields' first column names, then the item ids,
/// as the blank response template has them) and one row per respondent. Answers follow a
/// latent model so the data look real: each network has its own level per element, each
/// perspective its own offset per element, each respondent a general level, and the second wave
/// is a little better than the first; answers to reverse-keyed items are mirrored. About 3% of
/// the cells say "weet niet" and about 2% are empty.
///
/// The same seed gives the same bytes, and a smaller file of the same seed is a prefix of a
/// larger one. Output streams in blocks of about 1 MiB, so the file is never held in memory.
package struct SyntheticExport: Sendable {
    /// The instrument whose items and background fields make up the columns.
    package var instrument: Instrument
    /// The framework whose perspectives, roles and phases the background answers use.
    package var framework: EvaluationFramework
    /// The number of data rows.
    package var rows: Int
    /// The seed of the random source.
    package var seed: UInt64
    /// The number of networks respondents belong to.
    package var networks: Int = 20
    /// The number of waves (measurement moments).
    package var waves: Int = 2
    /// The share of item cells that say "weet niet".
    package var dontKnowRate: Double = 0.03
    /// The share of item cells left empty.
    package var emptyRate: Double = 0.02

    /// The text written for a "don't know" answer.
    package static let dontKnowText = "weet niet"

    /// Creates a generator for `rows` rows of `instrument`.
    package init(
        instrument: Instrument, framework: EvaluationFramework = .liso2023, rows: Int, seed: UInt64 = 2026
    ) {
        self.instrument = instrument
        self.framework = framework
        self.rows = rows
        self.seed = seed
    }

    /// The column headers: respondent, network, perspective, role, phase, wave, then the item ids.
    package var header: [String] {
        instrument.fields.inFileOrder.map { $0.field?.columns.first ?? $0.key } + instrument.items.map(\.id.rawValue)
    }

    /// The number of background columns before the first item column.
    package static let backgroundColumnCount = 6

    /// Streams the file, header first, to `sink` in blocks of about `blockSize` bytes.
    ///
    /// - Complexity: O(*rows* × *items*) time, O(`blockSize`) memory.
    package func generate(blockSize: Int = 1 << 20, into sink: ([UInt8]) throws -> Void) rethrows {
        var writer = SyntheticExportWriter(export: self)
        var block: [UInt8] = []
        block.reserveCapacity(blockSize + 4096)
        writer.appendHeader(to: &block)
        for row in 0..<rows {
            writer.appendRow(row, to: &block)
            if block.count >= blockSize {
                try sink(block)
                block.removeAll(keepingCapacity: true)
            }
        }
        if !block.isEmpty { try sink(block) }
    }

    /// The whole file as bytes; for small files.
    package func bytes() -> [UInt8] {
        var all: [UInt8] = []
        generate { all.append(contentsOf: $0) }
        return all
    }

    /// Writes the file to `handle`.
    package func write(to handle: FileHandle) throws {
        try generate { block in try handle.write(contentsOf: block) }
    }

    /// Writes the file to `url`, replacing what is there.
    package func write(to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try write(to: handle)
    }

    /// Writes the file to a new file in the temporary directory and returns its address.
    package func writeTemporaryFile() throws -> URL {
        let name = "liso-synthetic-\(rows)-\(seed)-\(UUID().uuidString.prefix(8)).csv"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        try write(to: url)
        return url
    }
}
