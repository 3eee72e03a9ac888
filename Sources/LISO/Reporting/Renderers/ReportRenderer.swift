/// Writes a ``Report`` in one format. Each format is one small struct.
public protocol ReportRenderer: Sendable {
    /// Writes the report to a text stream.
    func render(_ report: Report, to output: inout some TextOutputStream)
}

extension ReportRenderer {
    /// The report as one string.
    public func render(_ report: Report) -> String {
        var text = ""
        render(report, to: &text)
        return text
    }
}

/// The formats a report can be written in.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable, Codable {
    /// Markdown, readable in a terminal and a wiki.
    case markdown
    /// One self-contained HTML file with inline SVG charts.
    case html
    /// The JSON report, schema version 1.
    case json
    /// Long-format CSV, one row per number.
    case csv

    /// The renderer that writes this format.
    public var renderer: any ReportRenderer {
        switch self {
        case .markdown: MarkdownRenderer()
        case .html: HTMLRenderer()
        case .json: JSONRenderer()
        case .csv: CSVRenderer()
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .csv: "csv"
        }
    }
}
