extension InstrumentFileDecoder {
    /// Whether the file says it is a version-1 instrument file; when it does not, the only problem
    /// reported is that one, since the rest cannot be judged.
    mutating func acceptsHeader(of root: JSONValue) -> Bool {
        guard case .object(let members) = root.kind else {
            walker.error(
                "", kind: "instrument-type", "expected a JSON object at the top level, found \(root.kindName)", at: root
            )
            return false
        }
        let format = members.first { $0.key == "format" }?.value
        let version = members.first { $0.key == "version" }?.value
        guard let format else {
            walker.error(
                "format", kind: "instrument-format",
                "required key is missing; an instrument file starts with \"format\": \"\(Instrument.fileFormat)\"",
                at: root)
            return false
        }
        guard case .string(let name) = format.kind, name == Instrument.fileFormat else {
            let found = if case .string(let name) = format.kind { "'\(name)'" } else { format.kindName }
            walker.error(
                "format", kind: "instrument-format", "expected '\(Instrument.fileFormat)', found \(found)", at: format)
            return false
        }
        guard let version else {
            walker.error("version", kind: "instrument-version", "required key is missing", at: root)
            return false
        }
        guard case .number(let number) = version.kind, number == number.rounded(), number >= 1 else {
            walker.error(
                "version", kind: "instrument-version",
                "expected a whole number of at least 1, found \(Self.describe(version))", at: version)
            return false
        }
        if number > Double(Instrument.fileVersion) {
            walker.error(
                "version", kind: "instrument-version",
                "instrument file version \(Int(number)) is newer than this liso understands (\(Instrument.fileVersion)); update liso",
                at: version)
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
