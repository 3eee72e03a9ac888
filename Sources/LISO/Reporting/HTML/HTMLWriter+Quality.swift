extension HTMLWriter {
    mutating func dataQuality() {
        let quality = report.dataQuality
        text += "<section class=\"major\" id=\"data-quality\"><h2>\(h(strings.dataQuality))</h2>\n"
        text += "<div class=\"columns\"><div>"
        text += table(
            caption: nil, headers: [strings.figure, strings.count], numeric: [1],
            rows: qualityFacts.map { [h($0.0), numbers.integer($0.1)] })
        text += "</div><div><h3>\(h(strings.diagnostics))</h3>"
        if quality.diagnostics.isEmpty {
            text += "<p>\(h(strings.noDiagnostics))</p>"
        } else {
            let rows = quality.diagnostics.map {
                [h(strings.label($0.severity)), h($0.kind.label(in: report.language)), numbers.integer($0.count)]
            }
            text += table(
                caption: nil, headers: [strings.severity, strings.kind, strings.count], numeric: [2], rows: rows)
        }
        text += "</div></div>\n"
        if !quality.sources.isEmpty {
            text += "<h3>\(h(strings.files))</h3>"
            let rows = quality.sources.map { source in
                [
                    h(source.file), h(layoutName(source.layout)), h(source.encoding?.rawValue ?? "–"),
                    numbers.integer(source.rowsRead),
                    numbers.integer(source.rowsRejected),
                ]
            }
            text += table(
                caption: nil,
                headers: [strings.file, strings.layout, strings.encoding, strings.rowsRead, strings.rowsRejected],
                numeric: [3, 4], rows: rows)
        }
        if !quality.items.isEmpty {
            text += "<h3>\(h(strings.statements))</h3>"
            let rows = quality.items.map { item in
                [
                    h(item.id.rawValue), numbers.integer(item.cells), numbers.percent(item.dontKnowRate),
                    numbers.percent(item.unansweredRate), numbers.integer(item.invalid),
                ]
            }
            text += table(
                caption: nil, headers: ["id", strings.cells, strings.dontKnow, strings.unanswered, strings.invalid],
                numeric: [1, 2, 3, 4], rows: rows)
        }
        text += "</section>\n"
    }

    mutating func method() {
        let method = report.method
        text += "<section class=\"major\" id=\"method\"><h2>\(h(strings.method))</h2>\n"
        text += "<p class=\"rule\">\(h(strings.provenance))</p>\n"
        text +=
            "<p>\(h(strings.methodText.filled(["fraction": numbers.percent(method.policy.minimumAnsweredFraction)])))</p>\n"
        let rows =
            [
                [
                    strings.instrument,
                    "\(method.instrumentTitle) (\(method.instrumentID.rawValue), \(strings.phrase(\.statementCount, method.items, number: numbers.integer(method.items))))",
                ],
                [strings.framework, "\(method.frameworkName) (\(method.frameworkID.rawValue))"],
            ]
            + policyRows + [
                [strings.tool, "\(method.tool.name) \(method.tool.version)"]
            ]
        text += table(
            caption: nil, headers: [strings.figure, strings.value], numeric: [], rows: rows.map { $0.map(h) })
        text += "</section>\n"
    }
}
