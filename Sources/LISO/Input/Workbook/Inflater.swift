/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, decoded through
/// two-level lookup tables with a 64-bit bit buffer.
///
/// Output goes to a sink in pieces of at most ``chunkBytes``, so memory stays at the 32 KiB window
/// plus one piece however large the output is, and the output is bounded: past `limit` bytes
/// inflating stops with ``Failure/tooLarge`` (a zip bomb is refused, never run).
package struct Inflater: ~Copyable {
    /// Why inflating stopped.
    package enum Failure: Error, Hashable, Sendable {
        /// The compressed data is not valid DEFLATE; the text says what is wrong, lowercase.
        case damaged(String)
        /// The output would be longer than the limit.
        case tooLarge
    }

    /// How far back a match may reach.
    static let window = 32_768

    let input: UnsafeBufferPointer<UInt8>
    /// The next input byte not yet in the bit buffer.
    var position = 0
    /// Bits read but not consumed, the next one lowest.
    var bits: UInt64 = 0
    /// How many of ``bits`` are valid.
    var bitCount = 0
    /// Zero bytes added to the bit buffer past the end of the input.
    var padding = 0

    /// How many bytes are handed to the sink at a time.
    let chunkBytes: Int
    let limit: Int
    /// The window followed by the output not yet handed to the sink.
    let output: UnsafeMutablePointer<UInt8>
    /// The number of bytes in ``output``.
    var outputCount = 0
    /// The bytes of ``output`` before this offset were handed to the sink.
    var flushed = 0
    /// The number of bytes handed to the sink so far.
    var delivered = 0

    /// The literal/length and distance lookup tables, and the code-length table of a dynamic header.
    let literalTable: UnsafeMutablePointer<UInt32>
    let distanceTable: UnsafeMutablePointer<UInt32>
    let scratch: UnsafeMutablePointer<UInt32>
    /// Whether the tables hold the fixed codes, so a run of fixed blocks builds them once.
    var tablesAreFixed = false

    private init(input: UnsafeBufferPointer<UInt8>, limit: Int, chunkBytes: Int) {
        self.input = input
        self.limit = limit
        self.chunkBytes = max(1, chunkBytes)
        output = .allocate(capacity: Self.window + self.chunkBytes + 512)
        literalTable = .allocate(capacity: HuffmanTable.literalCapacity)
        distanceTable = .allocate(capacity: HuffmanTable.distanceCapacity)
        scratch = .allocate(capacity: HuffmanTable.scratchCapacity)
    }

    deinit {
        output.deallocate()
        literalTable.deallocate()
        distanceTable.deallocate()
        scratch.deallocate()
    }

    /// Inflates `input`, handing the output to `sink` in order, in pieces of at most `chunkBytes`.
    ///
    /// - Parameters:
    ///   - input: Raw DEFLATE data (no zlib or gzip header). Bytes after the final block are ignored.
    ///   - limit: The most bytes the output may have.
    ///   - chunkBytes: The size of the pieces handed to `sink`.
    ///   - sink: Receives the output; the buffer is valid only during the call.
    /// - Returns: The number of bytes inflated.
    /// - Throws: ``Failure`` for damaged data or output over `limit`; whatever `sink` throws.
    /// - Complexity: O(*n*) in the output; memory O(`chunkBytes`).
    package static func inflate(
        _ input: UnsafeBufferPointer<UInt8>, limit: Int, chunkBytes: Int = 1 << 20,
        into sink: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws -> Int {
        var inflater = Inflater(input: input, limit: limit, chunkBytes: chunkBytes)
        try inflater.run(sink)
        return inflater.delivered
    }

    /// Inflates `input` into one array; for tests and small entries.
    package static func inflate(_ input: [UInt8], limit: Int = 1 << 30) throws -> [UInt8] {
        var result: [UInt8] = []
        _ = try input.withUnsafeBufferPointer { buffer in
            try inflate(buffer, limit: limit) { result.append(contentsOf: $0) }
        }
        return result
    }

    private mutating func run(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var final = false
        while !final {
            try refill()
            final = take(1) == 1
            switch take(2) {
            case 0: try copyStoredBlock(sink)
            case 1:
                if !tablesAreFixed {
                    try HuffmanTable.buildFixed(literal: literalTable, distance: distanceTable, scratch: scratch)
                    tablesAreFixed = true
                }
                try decodeCompressedBlock(sink)
            case 2:
                tablesAreFixed = false
                try readDynamicTables()
                try decodeCompressedBlock(sink)
            default: throw Failure.damaged("a block has the reserved type 3")
            }
            try checkNotPastEnd()
        }
        try flush(sink)
    }

    /// Fills the bit buffer to at least 56 bits, adding zero bytes past the end of the input.
    @inline(__always)
    mutating func refill() throws {
        if position + 8 <= input.count {
            let word = UnsafeRawPointer(input.baseAddress! + position).loadUnaligned(as: UInt64.self)
            bits |= word.littleEndian << UInt64(bitCount)
            position += (63 - bitCount) >> 3
            bitCount |= 56
            return
        }
        try refillNearEnd()
    }

    /// ``refill()`` for the last bytes, one at a time.
    mutating func refillNearEnd() throws {
        try checkNotPastEnd()
        while bitCount <= 56 {
            if position < input.count {
                bits |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
            } else {
                padding += 1
            }
            bitCount += 8
        }
    }

    /// Throws when a bit past the end of the input was consumed.
    @inline(__always)
    func checkNotPastEnd() throws {
        if padding * 8 > bitCount { throw Failure.damaged("the compressed data ends early") }
    }

    /// Consumes `count` bits (at most 32; the buffer must hold them) and returns them.
    @inline(__always)
    mutating func take(_ count: Int) -> Int {
        let value = Int(truncatingIfNeeded: bits & ((1 << UInt64(count)) - 1))
        bits >>= UInt64(count)
        bitCount -= count
        return value
    }

    /// Copies a stored block: aligned to a byte, LEN and its complement NLEN, then LEN bytes.
    private mutating func copyStoredBlock(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        _ = take(bitCount & 7)
        // Give the whole bytes still in the bit buffer back to the input.
        var unread = bitCount >> 3
        let fromPadding = min(padding, unread)
        padding -= fromPadding
        unread -= fromPadding
        position -= unread
        bits = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw Failure.damaged("the compressed data ends early") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        position += 4
        guard length == complement ^ 0xFFFF else { throw Failure.damaged("a stored block's length is damaged") }
        guard position + length <= input.count else { throw Failure.damaged("the compressed data ends early") }
        var remaining = length
        while remaining > 0 {
            if outputCount - flushed >= chunkBytes { try flush(sink) }
            let piece = min(remaining, flushed + chunkBytes - outputCount)
            (output + outputCount).update(from: input.baseAddress! + position, count: piece)
            outputCount += piece
            position += piece
            remaining -= piece
        }
    }

    /// Hands the output not yet handed over to `sink`, in pieces of at most ``chunkBytes``, then
    /// keeps only the window.
    mutating func flush(_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let count = outputCount - flushed
        guard count > 0 else { return }
        guard delivered + count <= limit else { throw Failure.tooLarge }
        var start = flushed
        while start < outputCount {
            let piece = min(chunkBytes, outputCount - start)
            try sink(UnsafeBufferPointer(start: output + start, count: piece))
            start += piece
        }
        delivered += count
        if outputCount > Self.window {
            output.update(from: output + (outputCount - Self.window), count: Self.window)
            outputCount = Self.window
        }
        flushed = outputCount
    }
}
