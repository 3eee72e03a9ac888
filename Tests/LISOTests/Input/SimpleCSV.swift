import Foundation

@testable import LISO

/// A minimal CSV parser for the input tests, used until the library's reader is available:
/// quotes, doubled quotes, line breaks in quotes, CRLF, a UTF-8 BOM, `,` or `;`.
enum SimpleCSV {
    static func records(_ data: Data) -> [CSVRecord] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: Character =
            firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
        var records: [CSVRecord] = []
        var fields: [String] = []
        var quoted: [Bool] = []
        var field = ""
        var isQuoted = false
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var characters = Array(text)
        if characters.last != "\n" && characters.last != "\r\n" { characters.append("\n") }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if inQuotes {
                if character == "\"" {
                    if index < characters.count, characters[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
            } else if character == "\"" {
                inQuotes = true
                isQuoted = true
            } else if character == delimiter {
                fields.append(field)
                quoted.append(isQuoted)
                field = ""
                isQuoted = false
            } else if character == "\n" || character == "\r\n" {
                fields.append(field)
                quoted.append(isQuoted)
                records.append(CSVRecord(fields: fields, quoted: quoted, line: recordLine))
                fields = []
                quoted = []
                field = ""
                isQuoted = false
                line += 1
                recordLine = line
            } else {
                field.append(character)
            }
        }
        return records
    }
}
