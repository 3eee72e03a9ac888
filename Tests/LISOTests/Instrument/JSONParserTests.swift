import Foundation
import Testing

@testable import LISO

@Suite struct JSONParserTests {
    func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONValue {
        var parser = JSONParser(Array(text.utf8))
        return try parser.parseDocument()
    }

    func syntaxError(_ text: String) -> JSONParser.SyntaxError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func escapesAndSurrogatePairsDecodeToTheSameStringsAsFoundation() throws {
        let text = #"["a\"b\\c\/d\n\t\u00e9\ud83d\ude00 ë", -12.5e2, 0, true, false, null]"#
        let mine = try parse(text)
        let theirs = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])
        guard case .array(let values) = mine.kind else {
            Issue.record("not an array")
            return
        }
        #expect(values[0].kind == .string(try #require(theirs[0] as? String)))
        #expect(values[1].kind == .number(try #require(theirs[1] as? Double)))
        #expect(values[2].kind == .number(0))
        #expect(values[3].kind == .bool(true) && values[4].kind == .bool(false) && values[5].kind == .null)
    }

    @Test func valuesAndKeysKnowTheirLineAndColumnCountingCharacters() throws {
        let value = try parse("{\n  \"ë\": \"é\", \"k\": [1,\n 22]}")
        guard case .object(let members) = value.kind, case .array(let numbers) = members[1].value.kind else {
            Issue.record("unexpected shape")
            return
        }
        #expect((value.line, value.column) == (1, 1))
        #expect((members[0].line, members[0].column) == (2, 3))
        #expect((members[0].value.line, members[0].value.column) == (2, 8))
        #expect((members[1].line, members[1].column) == (2, 13))
        #expect((numbers[1].line, numbers[1].column) == (3, 2))
    }

    @Test func duplicateKeysAreKeptInOrder() throws {
        let value = try parse(#"{"a": 1, "a": 2}"#)
        guard case .object(let members) = value.kind else { return }
        #expect(members.map(\.key) == ["a", "a"])
        #expect(members.map(\.value.kind) == [.number(1), .number(2)])
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        var parser = JSONParser([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        #expect(try parser.parseDocument().kind == .array([JSONValue(.number(1), line: 1, column: 2)]))
    }

    @Test func malformedTextIsRefusedWithThePlaceOfTheProblem() {
        #expect(
            syntaxError("[1, 2") == .init(message: "unexpected end of file, expected ',' or ']'", line: 1, column: 6))
        #expect(syntaxError("[01]")?.message == "unexpected '1', expected ',' or ']'")
        #expect(syntaxError("{\"a\" 1}")?.message == "unexpected '1', expected ':'")
        #expect(syntaxError("\"abc") == .init(message: "unterminated string", line: 1, column: 5))
        #expect(syntaxError("\"a\nb\"")?.message.hasPrefix("control character") == true)
        #expect(syntaxError(#""\x""#)?.message == "invalid escape '\\x' in a string")
        #expect(syntaxError(#""\ud800""#)?.message == "unpaired surrogate in a '\\u' escape")
        #expect(syntaxError("[1] [2]")?.message == "unexpected '[' after the end of the document")
        #expect(syntaxError("tru")?.message == "unexpected end of file, expected a value")
        #expect(syntaxError("1e999")?.message == "number out of range")
        #expect(syntaxError("[1.]")?.message == "invalid number")
        #expect(syntaxError("")?.message == "unexpected end of file, expected a value")
    }

    @Test func deepNestingIsRefusedInsteadOfExhaustingTheStack() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(syntaxError(text)?.message == "values are nested more than 512 deep")
    }
}

@Suite struct JSONWriterTests {
    @Test func writtenTextParsesBackToTheSameValues() throws {
        let tree = JSONValue(
            .object([
                .init(key: "q\"uote\\", value: JSONValue(.string("line\nbreak\ttab \u{01} é 😀")), line: 0, column: 0),
                .init(
                    key: "n", value: JSONValue(.array([JSONValue(.number(2.5)), JSONValue(.number(-3))])), line: 0,
                    column: 0),
                .init(key: "e", value: JSONValue(.object([])), line: 0, column: 0),
            ]))
        let text = JSONWriter().write(tree)
        let theirs = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(theirs["q\"uote\\"] as? String == "line\nbreak\ttab \u{01} é 😀")
        #expect(theirs["n"] as? [Double] == [2.5, -3])
        #expect(text.contains("\\u0001") && text.contains("-3,") == false && text.contains("-3]"))
    }

    @Test func longArraysOfStringsWrapWithinTheLineLimit() {
        let words = (1...40).map { JSONValue(.string("word\($0)")) }
        let text = JSONWriter(lineLimit: 40).write(JSONValue(.array(words)))
        let lines = text.split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.first == "[" && lines.last == "]")
    }
}
