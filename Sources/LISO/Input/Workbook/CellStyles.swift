/// The cell formats of a workbook (`xl/styles.xml`) as far as liso needs them: for each cell
/// format (`<xf>` of `<cellXfs>`, the number in a cell's `s` attribute) the date format it
/// shows, if any.
struct CellStyles: Sendable {
    /// The date format of each cell format, `nil` for formats that show numbers or text.
    private(set) var dateFormats: [DateFormat?] = [] {
        didSet { isDate = dateFormats.map { $0 != nil } }
    }
    /// Whether each cell format is a date format: checked for every number, without copying a format.
    private var isDate: [Bool] = []

    /// No styles: every number shows as General.
    init() {}

    /// The date format of cell format `index`, `nil` when it has none or does not exist.
    func dateFormat(_ index: Int) -> DateFormat? {
        isDateFormat(index) ? dateFormats[index] : nil
    }

    /// Whether cell format `index` shows numbers as dates or times.
    @inline(__always)
    func isDateFormat(_ index: Int) -> Bool {
        index >= 0 && index < isDate.count && isDate[index]
    }

    /// Reads the styles from their XML.
    struct Builder: XMLEventHandler {
        /// Custom format codes by id (`<numFmt numFmtId formatCode>`); they may redefine a built-in id.
        private var codes: [Int: String] = [:]
        /// The format id of each `<xf>` of `<cellXfs>`, in order.
        private var formatIds: [Int] = []
        private var inCellFormats = false
        /// Inside `<numFmts>`: a `<numFmt>` of a differential format (`<dxf>`) does not count.
        private var inFormatCodes = false

        init() {}

        /// The styles read.
        var styles: CellStyles {
            var parsed: [Int: DateFormat?] = [:]
            var styles = CellStyles()
            styles.dateFormats = formatIds.map { id in
                if let known = parsed[id] { return known }
                let format = (codes[id] ?? DateFormat.builtIn[id]).flatMap(DateFormat.init(code:))
                parsed[id] = format
                return format
            }
            return styles
        }

        mutating func start(_ tag: XMLTag) throws {
            if tag.is("numFmts") {
                inFormatCodes = true
            } else if tag.is("numFmt"), inFormatCodes, let id = tag.integer("numFmtId"),
                let code = tag.text("formatCode")
            {
                codes[id] = code
            } else if tag.is("cellXfs") {
                inCellFormats = true
            } else if tag.is("xf"), inCellFormats {
                formatIds.append(tag.integer("numFmtId") ?? 0)
            }
        }

        mutating func end(_ name: XMLName) throws {
            if name.is("cellXfs") { inCellFormats = false }
            if name.is("numFmts") { inFormatCodes = false }
        }

        mutating func text(_ raw: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws {}
    }
}
