/// Walks a ``JSONValue`` tree by hand, checking keys and types, and collects one diagnostic per
/// problem with its JSON path (`items[3].scale`) and its line and column.
struct JSONTreeWalker {
    /// The file name diagnostics carry.
    let fileName: String
    /// The problems found so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// The place of every value visited, by JSON path, so later checks can point at it.
    private(set) var places: [String: (line: Int, column: Int)] = [:]

    /// Creates a walker whose diagnostics name the given file.
    init(fileName: String) { self.fileName = fileName }

    /// The path of a member of the object at `path`.
    static func path(_ path: String, _ key: String) -> String {
        let plain = key.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        let step = plain && !key.isEmpty ? key : "[\"\(key)\"]"
        if path.isEmpty { return step }
        return plain && !key.isEmpty ? "\(path).\(step)" : path + step
    }

    /// The path of an element of the array at `path`.
    static func path(_ path: String, _ index: Int) -> String { "\(path)[\(index)]" }

    /// Records an error about the value at `path`; the message is prefixed with the path.
    mutating func error(
        _ path: String, kind: Diagnostic.Kind, _ message: Diagnostic.Message, at value: JSONValue? = nil
    ) {
        let place = value.map { ($0.line, $0.column) } ?? places[path].map { ($0.line, $0.column) }
        diagnostics.append(
            Diagnostic(
                .error, kind: kind, Self.message(message, at: path), file: fileName, line: place?.0, column: place?.1))
    }

    /// A message prefixed with the JSON path it is about: `items[3].scale: unknown scale 'x'`.
    static func message(_ message: Diagnostic.Message, at path: String) -> Diagnostic.Message {
        guard !path.isEmpty else { return message }
        var prefixed = message
        prefixed.text = "\(path): \(message.text)"
        prefixed.dutch = message.dutch.map { "\(path): \($0)" }
        return prefixed
    }

    /// The members of the object at `path`, after checking that it is an object, that every key is
    /// allowed and appears once, and that every required key is present. Nil when it is not an object.
    mutating func object(
        _ value: JSONValue, at path: String, allowed: [String], required: Set<String> = []
    ) -> [String: JSONValue]? {
        places[path] = (value.line, value.column)
        guard case .object(let members) = value.kind else {
            error(path, kind: .instrumentType, .expected("an object", found: value.kindName), at: value)
            return nil
        }
        var result: [String: JSONValue] = [:]
        for member in members {
            let memberPath = Self.path(path, member.key)
            let place = JSONValue(.null, line: member.line, column: member.column)
            if !allowed.contains(member.key) {
                let closest = KeyHint.closest(to: member.key, among: allowed)
                error(
                    memberPath, kind: .instrumentUnknownKey, .unknownKey(closest: closest, allowed: allowed), at: place)
            } else if result[member.key] != nil {
                error(memberPath, kind: .instrumentDuplicateKey, .duplicateKey, at: place)
            } else {
                result[member.key] = member.value
                places[memberPath] = (member.value.line, member.value.column)
            }
        }
        for key in allowed where required.contains(key) && result[key] == nil {
            error(Self.path(path, key), kind: .instrumentMissingKey, .missingKey, at: value)
        }
        return result
    }

    /// The free-form members of the object at `path` (keys chosen by the author), in file order.
    mutating func members(_ value: JSONValue, at path: String) -> [(key: String, value: JSONValue)]? {
        places[path] = (value.line, value.column)
        guard case .object(let members) = value.kind else {
            error(path, kind: .instrumentType, .expected("an object", found: value.kindName), at: value)
            return nil
        }
        var seen: Set<String> = []
        var result: [(key: String, value: JSONValue)] = []
        for member in members {
            let memberPath = Self.path(path, member.key)
            places[memberPath] = (member.value.line, member.value.column)
            if !seen.insert(member.key).inserted {
                let place = JSONValue(.null, line: member.line, column: member.column)
                error(memberPath, kind: .instrumentDuplicateKey, .duplicateKey, at: place)
            } else {
                result.append((member.key, member.value))
            }
        }
        return result
    }

    /// The elements of the array at `path`, or nil when it is not an array.
    mutating func array(_ value: JSONValue, at path: String) -> [JSONValue]? {
        places[path] = (value.line, value.column)
        guard case .array(let elements) = value.kind else {
            error(path, kind: .instrumentType, .expected("an array", found: value.kindName), at: value)
            return nil
        }
        for (index, element) in elements.enumerated() {
            places[Self.path(path, index)] = (element.line, element.column)
        }
        return elements
    }

    /// The string at `path`; empty strings are refused when `nonEmpty`.
    mutating func string(_ value: JSONValue, at path: String, nonEmpty: Bool = true) -> String? {
        guard case .string(let text) = value.kind else {
            error(path, kind: .instrumentType, .expected("a string", found: value.kindName), at: value)
            return nil
        }
        if nonEmpty && text.trimmingSpaces.isEmpty {
            error(path, kind: .instrumentType, .emptyString, at: value)
            return nil
        }
        return text
    }

    /// The number at `path`.
    mutating func number(_ value: JSONValue, at path: String) -> Double? {
        guard case .number(let number) = value.kind else {
            error(path, kind: .instrumentType, .expected("a number", found: value.kindName), at: value)
            return nil
        }
        return number
    }

    /// The boolean at `path`.
    mutating func bool(_ value: JSONValue, at path: String) -> Bool? {
        guard case .bool(let flag) = value.kind else {
            error(path, kind: .instrumentType, .expected("true or false", found: value.kindName), at: value)
            return nil
        }
        return flag
    }

    /// The array of strings at `path`; a wrong element is reported and left out.
    mutating func strings(_ value: JSONValue, at path: String) -> [String]? {
        guard let elements = array(value, at: path) else { return nil }
        var result: [String] = []
        for (index, element) in elements.enumerated() {
            if let text = string(element, at: Self.path(path, index)) { result.append(text) }
        }
        return result
    }

    /// The `{ "nl": …, "en": … }` text at `path`.
    mutating func localizedText(_ value: JSONValue, at path: String) -> LocalizedText? {
        guard let members = object(value, at: path, allowed: ["nl", "en"], required: ["nl", "en"]) else { return nil }
        let dutch = members["nl"].flatMap { string($0, at: Self.path(path, "nl")) }
        let english = members["en"].flatMap { string($0, at: Self.path(path, "en")) }
        guard let dutch, let english else { return nil }
        return LocalizedText(nl: dutch, en: english)
    }
}
