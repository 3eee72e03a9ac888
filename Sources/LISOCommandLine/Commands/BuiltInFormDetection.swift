import Foundation
import LISO

/// Picks the built-in form for exports scored without `--instrument`: the short form when
/// every file carries exactly the short form's items (a self-evaluation file, a short-form
/// survey), so that the 24 items it never asked are not reported as missing columns; the full
/// form otherwise.
enum BuiltInFormDetection {
    /// How many records are looked at: enough for three header rows and a data row.
    static let peekRecords = 4

    /// The built-in instrument that fits all of `paths`; standard input counts as full.
    static func instrument(for paths: [String], layout: ExportLayout?, dialect: CSVDialect, context: CommandContext)
        -> Instrument
    {
        let short = Instrument.builtIn(form: .short)
        let full = Instrument.builtIn(form: .full)
        let allShort = paths.allSatisfy { path in
            guard path != "-", let records = try? head(of: path, dialect: dialect, context: context) else {
                return false
            }
            let mappedShort = mapped(records, short, layout: layout, path: path)
            let mappedFull = mapped(records, full, layout: layout, path: path)
            return mappedShort == short.items.count && mappedFull == mappedShort
        }
        return allShort && !paths.isEmpty ? short : full
    }

    /// The first records of a file.
    private static func head(of path: String, dialect: CSVDialect, context: CommandContext) throws -> [CSVRecord] {
        var reader = try CSVReader(contentsOf: context.url(for: path), displayName: path, dialect: dialect)
        var records: [CSVRecord] = []
        while records.count < peekRecords, let record = try reader.next() { records.append(record) }
        return records
    }

    /// How many items of `instrument` the records' header maps; 0 when it maps none.
    private static func mapped(_ records: [CSVRecord], _ instrument: Instrument, layout: ExportLayout?, path: String)
        -> Int
    {
        let reader = ExportReader(instrument: instrument, layout: layout, diagnosticLimit: 1)
        return (try? reader.read(records: records, file: path) { _ in })?.itemsMapped ?? 0
    }
}
