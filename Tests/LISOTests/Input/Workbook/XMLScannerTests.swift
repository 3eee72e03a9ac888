import Testing

@testable import LISO

@Suite struct XMLScannerTests {
    /// Writes every event as a line of text.
    struct Recorder: XMLEventHandler {
        var events: [String] = []

        mutating func start(_ tag: XMLTag) throws {
            let attributes = tag.attributes.map { attribute in
                let name = String(
                    decoding: UnsafeBufferPointer(
                        rebasing: UnsafeBufferPointer(start: tag.base, count: attribute.name.upperBound)[attribute.name]
                    ), as: UTF8.self)
                let value = XMLText.string(
                    UnsafeBufferPointer(
                        rebasing: UnsafeBufferPointer(start: tag.base, count: attribute.value.upperBound)[
                            attribute.value]))
                return " \(name)=\(value)"
            }
            events.append("<\(text(tag.name))\(attributes.joined())>")
        }

        mutating func end(_ name: XMLName) throws { events.append("</\(text(name))>") }

        mutating func text(_ raw: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws {
            events.append(isCDATA ? "cdata:" + String(decoding: raw, as: UTF8.self) : "text:" + XMLText.string(raw))
        }

        private func text(_ name: XMLName) -> String {
            String(
                decoding: UnsafeBufferPointer(start: name.base + name.range.lowerBound, count: name.range.count),
                as: UTF8.self)
        }
    }

    private func events(_ document: String, chunk: Int) throws -> [String] {
        var scanner = XMLScanner(handler: Recorder())
        let bytes = Array(document.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            try bytes[start..<end].withUnsafeBufferPointer { try scanner.feed($0) }
            start = end
        }
        try scanner.finish()
        return scanner.handler.events
    }

    static let document = """
        \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE x [ <!ENTITY e "no"> ]><!-- a comment with <tags> -->
        <x:sst xmlns:x="urn:main" count='2'><x:si a="1 &gt; 0" b='it&apos;s'><x:t>a &amp; b &#65;&#x42;&e;</x:t></x:si>
        <si/><t><![CDATA[<raw> &amp;]]></t><c r = "A1" ></c></x:sst>
        """

    @Test func everyEventComesInOrderWithLocalNamesAndDecodedText() throws {
        let whole = try events(Self.document, chunk: 1 << 20)
        #expect(whole.contains("<sst xmlns:x=urn:main count=2>") == false)
        #expect(whole.contains("<sst x=urn:main count=2>"))
        #expect(whole.contains("<si a=1 > 0 b=it's>"))
        #expect(whole.contains("text:a & b AB&e;"))
        #expect(whole.contains("cdata:<raw> &amp;"))
        #expect(whole.contains("<c r=A1>"))
        #expect(whole.firstIndex(of: "<si>")! + 1 == whole.lastIndex(of: "</si>")!)
        #expect(!whole.contains { $0.contains("comment") || $0.contains("ENTITY") })
    }

    @Test(arguments: [1, 2, 3, 7, 64])
    func pieceSizesDoNotChangeTheEvents(_ chunk: Int) throws {
        #expect(try events(Self.document, chunk: chunk) == events(Self.document, chunk: 1 << 20))
    }

    @Test func aDocumentEndingInsideATagIsDamaged() {
        #expect(throws: WorkbookFault.self) { try events("<a><b x=\"1", chunk: 4) }
        #expect(throws: WorkbookFault.self) { try events("<a><!-- open", chunk: 4) }
    }

    @Test func malformedAttributesAreDamaged() {
        #expect(throws: WorkbookFault.self) { try events("<a b></a>", chunk: 100) }
        #expect(throws: WorkbookFault.self) { try events("<a b=1></a>", chunk: 100) }
        #expect(throws: WorkbookFault.self) { try events("<a / b></a>", chunk: 100) }
    }

    @Test func lineEndsAndInvalidReferencesAreDecodedAsXMLSays() throws {
        let decoded = try events("<t>a\r\nb\rc&#0;&#xD800;&#x110000;&unknown;&#x1F600;</t>", chunk: 3)
        #expect(decoded == ["<t>", "text:a\nb\nc\u{FFFD}\u{FFFD}\u{FFFD}&unknown;😀", "</t>"])
    }
}
