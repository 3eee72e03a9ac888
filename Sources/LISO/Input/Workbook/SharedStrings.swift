/// The shared-string table of a workbook (`xl/sharedStrings.xml`): every `<si>`'s text, plain
/// (`<t>`) or rich (the `<t>` of each `<r>` run, joined), without phonetic runs (`<rPh>`).
/// The texts are stored back to back as UTF-8, so a million strings are one array.
struct SharedStrings: Sendable {
    /// Every string's bytes, back to back.
    private(set) var bytes: [UInt8] = []
    /// The end offset in ``bytes`` of each string.
    private(set) var ends: [Int] = []

    /// The number of strings.
    var count: Int { ends.count }

    /// The bytes of string `index`.
    func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// Adds a string whose bytes were appended to ``bytes`` from `start` (see ``Builder``).
    fileprivate mutating func close() {
        ends.append(bytes.count)
    }

    /// Reads the table from its XML, a chunk at a time.
    struct Builder: XMLEventHandler {
        private(set) var strings = SharedStrings()
        /// Inside `<si>`, and how deep inside `<rPh>` (whose text is not part of the string).
        private var inItem = false
        private var phoneticDepth = 0
        /// Inside a `<t>` that counts, where its text starts, and whether it keeps its spaces.
        private var inText = false
        private var textStart = 0
        private var preserve = false

        init() {}

        mutating func start(_ tag: XMLTag) throws {
            if tag.is("si") {
                inItem = true
                phoneticDepth = 0
            } else if tag.is("rPh") {
                phoneticDepth += 1
            } else if tag.is("t"), inItem, phoneticDepth == 0 {
                inText = true
                textStart = strings.bytes.count
                preserve = tag.raw("space").map { Array($0) == Array("preserve".utf8) } ?? false
            }
        }

        mutating func end(_ name: XMLName) throws {
            if name.is("t"), inText {
                inText = false
                SpreadsheetText.unescape(&strings.bytes, from: textStart)
                if !preserve { SpreadsheetText.trim(&strings.bytes, from: textStart) }
            } else if name.is("rPh") {
                phoneticDepth = max(0, phoneticDepth - 1)
            } else if name.is("si"), inItem {
                inItem = false
                inText = false
                strings.close()
            }
        }

        mutating func text(_ raw: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws {
            guard inText else { return }
            if isCDATA { strings.bytes.append(contentsOf: raw) } else { XMLText.appendDecoded(raw, to: &strings.bytes) }
        }
    }
}
