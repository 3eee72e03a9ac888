import Foundation

/// Writes the result as long-format CSV for R and spreadsheets: one row per number.
///
/// The header is `dimension,group,element,item,statistic,value`. `value` is always a number with
/// `.` decimals; an absent value has no row. Ids, not labels, so the file does not depend on the
/// language. A *text* cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// leading `'` so that a spreadsheet shows it instead of running it; number cells are never
/// changed, so `-0.4` stays a number. See the *Report formats* article for every row.
public struct CSVRenderer: ReportRenderer {
    /// Creates a CSV renderer.
    public init() {}

    /// The header row's cells.
    public static let header = ["dimension", "group", "element", "item", "statistic", "value"]

    /// Writes the report's result as CSV.
    public func render(_ report: Report, to output: inout some TextOutputStream) {
        var table = CSVTable(output: output)
        table.header()
        let result = report.result
        for group in [result.overall] + result.groups { table.group(group) }
        for divergence in result.divergence { table.divergence(divergence) }
        if let comparison = result.comparison { table.comparison(comparison) }
        table.quality(result)
        output = table.output
    }

    /// A text cell, neutralised against formulas and quoted where needed.
    package static func textCell(_ text: String) -> String {
        var cell = text
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { cell = "'" + cell }
        return CSVField.quoted(cell)
    }

    /// A number cell: shortest round-tripping text with `.` decimals.
    package static func numberCell(_ value: Double) -> String {
        ResponseScale.text(of: value)
    }
}

/// Writes the rows of the long-format CSV.
private struct CSVTable<Output: TextOutputStream> {
    var output: Output

    mutating func header() { output.write(CSVRenderer.header.joined(separator: ",") + "\n") }

    mutating func row(
        _ dimension: String, _ group: String, _ element: String, _ item: String, _ statistic: String, _ value: Double?
    ) {
        guard let value, value.isFinite else { return }
        let cells = [dimension, group, element, item, statistic].map(CSVRenderer.textCell)
        output.write(cells.joined(separator: ",") + "," + CSVRenderer.numberCell(value) + "\n")
    }

    mutating func group(_ group: GroupResult) {
        let (dimension, value) = (GroupDimension.name(of: group.dimensions), group.value)
        row(dimension, value, "", "", "respondents", Double(group.respondents))
        row(dimension, value, "", "", "suppressed", group.suppressed ? 1 : 0)
        guard !group.suppressed else { return }
        for element in group.elements {
            let id = element.id.rawValue
            row(dimension, value, id, "", "n", Double(element.n))
            row(dimension, value, id, "", "mean", element.mean)
            row(dimension, value, id, "", "sd", element.sd)
            row(dimension, value, id, "", "ci95_low", element.ci95?.low)
            row(dimension, value, id, "", "ci95_high", element.ci95?.high)
            row(dimension, value, id, "", "score100", element.score100)
            row(dimension, value, id, "", "alpha", element.alpha)
            row(dimension, value, id, "", "alpha_n", Double(element.alphaN))
            row(dimension, value, id, "", "rwg", element.rwg)
            for reliability in element.itemReliability {
                row(dimension, value, id, reliability.id.rawValue, "item_rest", reliability.itemRest)
                row(dimension, value, id, reliability.id.rawValue, "alpha_if_deleted", reliability.alphaIfDeleted)
            }
        }
        for item in group.items {
            let (element, id) = (item.element.rawValue, item.id.rawValue)
            row(dimension, value, element, id, "n", Double(item.n))
            row(dimension, value, element, id, "dont_know", Double(item.dontKnow))
            row(dimension, value, element, id, "unanswered", Double(item.unanswered))
            row(dimension, value, element, id, "invalid", Double(item.invalid))
            row(dimension, value, element, id, "mean", item.mean)
            row(dimension, value, element, id, "sd", item.sd)
            let keys = item.counts.keys.sorted { (Double($0) ?? .infinity, $0) < (Double($1) ?? .infinity, $1) }
            for key in keys { row(dimension, value, element, id, "count_" + key, item.counts[key].map(Double.init)) }
        }
    }

    mutating func divergence(_ divergence: Divergence) {
        let (group, element, kind) = (
            divergence.network ?? "all", divergence.element.rawValue, divergence.kind.rawValue
        )
        row("divergence", group, element, kind, "difference", divergence.difference)
        row("divergence", group, element, kind, "flagged", divergence.flagged ? 1 : 0)
        for key in divergence.means.keys.sorted() {
            row("divergence", group, element, kind, "mean_" + key, divergence.means[key])
        }
    }

    mutating func comparison(_ comparison: WaveComparison) {
        let group = comparison.before + " → " + comparison.after
        for change in comparison.elements {
            let id = change.id.rawValue
            row("comparison", group, id, "", "n_before", Double(change.nBefore))
            row("comparison", group, id, "", "n_after", Double(change.nAfter))
            row("comparison", group, id, "", "mean_before", change.meanBefore)
            row("comparison", group, id, "", "mean_after", change.meanAfter)
            row("comparison", group, id, "", "difference", change.difference)
            row("comparison", group, id, "", "ci95_low", change.ci95?.low)
            row("comparison", group, id, "", "ci95_high", change.ci95?.high)
            row("comparison", group, id, "", "hedges_g", change.hedgesG)
            row("comparison", group, id, "", "likely_real", change.likelyReal ? 1 : 0)
        }
    }

    mutating func quality(_ result: EvaluationResult) {
        row("quality", "all", "", "", "rows_read", Double(result.rowsRead))
        row("quality", "all", "", "", "rows_rejected", Double(result.rowsRejected))
        row("quality", "all", "", "", "straightliners", Double(result.flags.straightliners))
        row("quality", "all", "", "", "duplicate_ids", Double(result.flags.duplicateIds))
        for dimension in GroupDimension.allCases {
            row(
                "quality", "all", "", "", "multi_select_" + dimension.rawValue,
                result.multiSelect[dimension].map(Double.init))
        }
        for source in result.sources {
            row("source", source.file, "", "", "rows_read", Double(source.rowsRead))
            row("source", source.file, "", "", "rows_rejected", Double(source.rowsRejected))
        }
        var counts: [String: Int] = [:]
        for diagnostic in result.diagnostics {
            counts["\(diagnostic.severity.rawValue)\u{0}\(diagnostic.kind)", default: 0] += 1
        }
        for key in counts.keys.sorted() {
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            row("diagnostics", parts[0], "", "", parts[1], counts[key].map(Double.init))
        }
    }
}
