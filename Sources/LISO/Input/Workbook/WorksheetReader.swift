/// Turns a worksheet's XML into records, one per row, each cell's text as the workbook shows it
/// (see ``CellText``): `<row r>` gives the record's line, `<c r>` its field; cells without `r`
/// follow the cell before them, rows without `r` the row before. Missing cells are empty fields;
/// every record is at least as wide as the first row with content.
///
/// Empty rows before the first row with content and after the last one are left out; empty or
/// missing rows between rows with content are handed on as empty records, as a CSV saved by
/// Excel holds them (the export reader skips them with a note). The `<dimension>` element is
/// ignored: the cells' own references decide.
struct WorksheetReader: XMLEventHandler {
    let cells: CellText
    /// Receives each record; the record's storage is reused for the next row.
    let emit: (CSVRecord) throws -> Void

    private var record = CSVRecord(line: 0)
    private var blank = CSVRecord(line: 0)
    private var inSheetData = false
    private var inRow = false
    private var rowNumber = 0
    /// The number of the last row with content handed on, 0 before the first.
    private var lastContentRow = 0
    /// The width of the first row with content.
    private var width = 0
    /// The cell being read.
    private var cell = CellText.Cell()
    private var inCell = false
    private var inValue = false
    private var inInlineString = false
    private var inText = false
    private var textStart = 0
    private var preserve = false
    private var phoneticDepth = 0

    init(cells: CellText, emit: @escaping (CSVRecord) throws -> Void) {
        self.cells = cells
        self.emit = emit
    }

    mutating func start(_ tag: XMLTag) throws {
        if inCell {
            if tag.is("v") {
                inValue = true
            } else if tag.is("is") {
                inInlineString = true
                cell.hasInlineString = true
            } else if tag.is("rPh") {
                phoneticDepth += 1
            } else if tag.is("t"), inInlineString, phoneticDepth == 0 {
                inText = true
                textStart = cell.inline.count
                preserve = tag.raw("space").map { Array($0) == Array("preserve".utf8) } ?? false
            }
        } else if tag.is("c") {
            if inRow { try startCell(tag) }
        } else if tag.is("row") {
            if inSheetData { try startRow(tag) }
        } else if tag.is("sheetData") {
            inSheetData = true
        }
    }

    mutating func end(_ name: XMLName) throws {
        if inCell {
            if name.is("v") {
                inValue = false
            } else if name.is("t"), inText {
                inText = false
                SpreadsheetText.unescape(&cell.inline, from: textStart)
                if !preserve { SpreadsheetText.trim(&cell.inline, from: textStart) }
            } else if name.is("rPh") {
                phoneticDepth = max(0, phoneticDepth - 1)
            } else if name.is("is") {
                inInlineString = false
            } else if name.is("c") {
                try finishCell()
            }
        } else if name.is("row") {
            if inRow { try finishRow() }
        } else if name.is("sheetData") {
            inSheetData = false
        }
    }

    mutating func text(_ raw: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws {
        if inValue {
            if isCDATA { cell.value.append(contentsOf: raw) } else { XMLText.appendDecoded(raw, to: &cell.value) }
        } else if inText, phoneticDepth == 0 {
            if isCDATA { cell.inline.append(contentsOf: raw) } else { XMLText.appendDecoded(raw, to: &cell.inline) }
        }
    }

    private mutating func startRow(_ tag: XMLTag) throws {
        let previous = record.line
        var number = previous + 1
        if let raw = tag.raw("r") {
            guard let given = XMLText.integer(raw), given >= 1 else {
                throw WorkbookFault.damaged("a row has the number '\(XMLText.string(raw))'", line: previous + 1)
            }
            number = given
        }
        guard number > previous else {
            throw WorkbookFault.damaged("row \(number) comes after row \(previous)", line: number)
        }
        guard number <= CellReference.maximumRows else {
            throw WorkbookFault.damaged("row \(number) is past Excel's last row", line: number)
        }
        inRow = true
        rowNumber = number
        record.reset(line: number)
    }

    private mutating func startCell(_ tag: XMLTag) throws {
        cell.reset()
        inCell = true
        inValue = false
        inInlineString = false
        inText = false
        phoneticDepth = 0
        var column = record.count
        if let raw = tag.raw("r") {
            guard let given = CellReference.column(raw) else {
                throw WorkbookFault.damaged(
                    "a cell has the reference '\(XMLText.string(raw))'", line: rowNumber, column: column + 1)
            }
            column = given
        }
        guard column < CellReference.maximumColumns else {
            throw WorkbookFault.damaged("a cell is past Excel's last column", line: rowNumber)
        }
        guard column >= record.count else {
            let name = CellReference.name(column: column, row: rowNumber)
            throw WorkbookFault.damaged(
                "cell \(name) comes after column \(CellReference.letters(record.count - 1))", line: rowNumber,
                column: column + 1)
        }
        cell.column = column
        cell.row = rowNumber
        cell.type = tag.raw("t").map(CellText.CellType.init) ?? .number
        cell.style = tag.integer("s") ?? 0
    }

    private mutating func finishCell() throws {
        inCell = false
        record.pad(to: cell.column)
        try cells.appendText(of: cell, to: &record)
    }

    private mutating func finishRow() throws {
        inRow = false
        guard record.hasContent else { return }
        if width == 0 {
            width = record.count
            blank.reset(line: 0)
            blank.pad(to: width)
        }
        record.pad(to: width)
        if lastContentRow > 0 {
            for line in (lastContentRow + 1)..<rowNumber {
                blank.line = line
                try emit(blank)
            }
        }
        lastContentRow = rowNumber
        try emit(record)
    }
}
