/// A cell's text as the workbook shows it:
///
/// - shared (`t="s"`) and inline (`t="inlineStr"`) strings and formula text (`t="str"`) as
///   written;
/// - numbers in Excel's General format (``GeneralNumberFormat``), or, when the cell's format is a
///   date or time format, as that format shows them (``DateFormat``), in the workbook's date
///   system;
/// - booleans as `TRUE` / `FALSE`, errors as their text (`#N/A`);
/// - ISO 8601 dates (`t="d"`) in the cell's date format, or as written when it has none;
/// - a cell without a value as an empty field.
struct CellText: Sendable {
    let strings: SharedStrings
    let styles: CellStyles
    let dateSystem: DateSystem

    /// A cell's `t` attribute.
    enum CellType: Hashable, Sendable {
        case sharedString, inlineString, formulaString, boolean, error, date, number

        /// The type `raw` names; an unknown type is shown as text, like `str`.
        init(_ raw: UnsafeBufferPointer<UInt8>) {
            guard raw.count == 1 else {
                let isInline = raw.elementsEqual("inlineStr".utf8)
                self = isInline ? .inlineString : .formulaString
                return
            }
            switch raw[0] {
            case UInt8(ascii: "s"): self = .sharedString
            case UInt8(ascii: "b"): self = .boolean
            case UInt8(ascii: "e"): self = .error
            case UInt8(ascii: "d"): self = .date
            case UInt8(ascii: "n"): self = .number
            default: self = .formulaString
            }
        }
    }

    /// What a worksheet says about one cell.
    struct Cell {
        var row = 0
        var column = 0
        var type = CellType.number
        var style = 0
        /// The `<v>` text, references decoded.
        var value: [UInt8] = []
        /// The `<is>` text, its runs joined.
        var inline: [UInt8] = []
        var hasInlineString = false

        mutating func reset() {
            type = .number
            style = 0
            if !value.isEmpty { value.removeAll(keepingCapacity: true) }
            if !inline.isEmpty { inline.removeAll(keepingCapacity: true) }
            hasInlineString = false
        }
    }

    /// Appends `cell`'s text to `record` as a new field.
    ///
    /// - Throws: ``WorkbookFault`` for a shared-string index that is not in the table.
    func appendText(of cell: Cell, to record: inout CSVRecord) throws {
        if cell.hasInlineString, cell.type == .inlineString || cell.value.isEmpty {
            record.appendField(cell.inline)
            return
        }
        switch cell.type {
        case .sharedString:
            try appendSharedString(cell, to: &record)
        case .inlineString, .error:
            record.appendField(cell.value)
        case .formulaString:
            var text = cell.value
            SpreadsheetText.unescape(&text, from: 0)
            record.appendField(text)
        case .boolean:
            switch String(decoding: cell.value, as: UTF8.self).trimmingXMLSpace {
            case "1", "true": record.appendField("TRUE")
            case "0", "false": record.appendField("FALSE")
            default: record.appendField(cell.value)
            }
        case .date:
            let written = String(decoding: cell.value, as: UTF8.self)
            if let format = styles.dateFormat(cell.style), let serial = serial(iso8601: written),
                let text = format.text(serial: serial, system: dateSystem)
            {
                record.appendField(text)
            } else {
                record.appendField(cell.value)
            }
        case .number:
            guard !cell.value.isEmpty else {
                record.appendField(cell.value)
                return
            }
            cell.value.withUnsafeBufferPointer { raw in
                let isDate = styles.isDateFormat(cell.style)
                if !isDate, let digits = GeneralNumberFormat.plainDigits(raw) {
                    record.appendField(UnsafeBufferPointer(rebasing: raw[digits]))
                } else if isDate, let format = styles.dateFormat(cell.style),
                    let serial = Double(String(decoding: raw, as: UTF8.self).trimmingXMLSpace),
                    let text = format.text(serial: serial, system: dateSystem)
                {
                    record.appendField(text)
                } else if let text = GeneralNumberFormat.text(raw) {
                    record.appendField(text)
                } else {
                    record.appendField(raw)
                }
            }
        }
    }

    private func appendSharedString(_ cell: Cell, to record: inout CSVRecord) throws {
        guard !cell.value.allSatisfy(XMLText.isSpace) else {
            record.appendField(cell.value[0..<0])
            return
        }
        let index = cell.value.withUnsafeBufferPointer(XMLText.integer)
        guard let index, index < strings.count else {
            let name = CellReference.name(column: cell.column, row: cell.row)
            let value = String(decoding: cell.value.prefix(20), as: UTF8.self)
            throw WorkbookFault.damaged(
                "cell \(name) refers to shared string '\(value)', but there are \(strings.count)", line: cell.row,
                column: cell.column + 1)
        }
        record.appendField(strings.bytes[strings.range(of: index)])
    }

    /// The serial date of an ISO 8601 date or date and time (`2021-04-28`, `2021-04-28T11:21:47.5`,
    /// a `Z` or offset after it is ignored: Excel keeps no time zones), or `nil`.
    func serial(iso8601 text: String) -> Double? {
        let text = text.trimmingXMLSpace
        let parts = text.split(separator: "T", maxSplits: 1)
        let date = parts.first.map { $0.split(separator: "-", omittingEmptySubsequences: false) } ?? []
        guard date.count == 3, let year = Int(date[0]), let month = Int(date[1]), let day = Int(date[2]),
            date[0].count == 4, (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var days = DateFormat.daysSince1970(year: year, month: month, day: day)
        switch dateSystem {
        case .from1900:
            days += 25_569
            if days < 61 { days -= 1 }  // Excel's serials before its 29 February 1900
        case .from1904: days += 24_107
        }
        guard days >= 0 else { return nil }
        var fraction = 0.0
        if parts.count == 2 {
            let clock = parts[1].prefix { $0 != "Z" && $0 != "+" && $0 != "-" }.split(separator: ":")
            guard clock.count >= 2, clock.count <= 3, let hour = Int(clock[0]), let minute = Int(clock[1]),
                hour < 24, minute < 60
            else { return nil }
            let second = clock.count == 3 ? Double(clock[2]) : 0
            guard let second, second >= 0, second < 61 else { return nil }
            fraction = (Double(hour * 3600 + minute * 60) + second) / 86_400
        }
        return Double(days) + fraction
    }
}

extension String {
    /// The text without leading and trailing XML white space.
    var trimmingXMLSpace: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.value < 0x80, XMLText.isSpace(UInt8(first.value)) {
            scalars.removeFirst()
        }
        while let last = scalars.last, last.value < 0x80, XMLText.isSpace(UInt8(last.value)) { scalars.removeLast() }
        return String(scalars)
    }
}
