extension InstrumentFileDecoder {
    /// Whether the file says it is a version-1 instrument file; when it does not, the only problem
    /// reported is that one, since the rest cannot be judged.
    mutating func acceptsHeader(of root: JSONValue) -> Bool {
        guard case .object(let members) = root.kind else {
            walker.error(
                "", kind: .instrumentType, .expected("a JSON object at the top level", found: root.kindName), at: root)
            return false
        }
        let format = members.first { $0.key == "format" }?.value
        let version = members.first { $0.key == "version" }?.value
        guard let format else {
            walker.error("format", kind: .instrumentFormat, .formatMissing, at: root)
            return false
        }
        guard case .string(let name) = format.kind, name == Instrument.fileFormat else {
            let found = if case .string(let name) = format.kind { "'\(name)'" } else { format.kindName }
            walker.error("format", kind: .instrumentFormat, .wrongFormat(found: found), at: format)
            return false
        }
        guard let version else {
            walker.error("version", kind: .instrumentVersion, .missingKey, at: root)
            return false
        }
        guard case .number(let number) = version.kind, number == number.rounded(), number >= 1 else {
            walker.error(
                "version", kind: .instrumentVersion, .versionNotWhole(found: Self.describe(version)), at: version)
            return false
        }
        if number > Double(Instrument.fileVersion) {
            walker.error("version", kind: .instrumentVersion, .versionTooNew(Int(number)), at: version)
            return false
        }
        return true
    }

    /// A value as a message quotes it: a number as written, anything else by its kind.
    private static func describe(_ value: JSONValue) -> String {
        if case .number(let number) = value.kind { return ResponseScale.text(of: number) }
        return value.kindName
    }
}
