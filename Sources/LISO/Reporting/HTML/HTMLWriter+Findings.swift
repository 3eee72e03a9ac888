extension HTMLWriter {
    mutating func comparisons() {
        guard !report.comparisons.isEmpty else { return }
        text += "<section class=\"major\" id=\"comparisons\"><h2>\(h(strings.comparisons))</h2>\n"
        for comparison in report.comparisons {
            let title = strings.per.filled(["dimension": comparison.dimensionLabel.lowercased()])
            text += "<div class=\"keep\"><h3>\(h(title))</h3>\n"
            guard comparison.columns.contains(where: { !$0.suppressed }) else {
                text += "<p>\(h(strings.allHidden.filled(["whoAnswered": strings.whoAnswered])))</p></div>\n"
                continue
            }
            let spreadHeader = comparison.spreadHeader(strings)
            let hasSpread = spreadHeader != nil
            let headers =
                [strings.element] + comparison.columns.map { "\($0.label) (n = \(numbers.integer($0.respondents)))" }
                + (spreadHeader.map { [$0] } ?? [])
            let rows = comparison.rows.map { row in
                [h(row.name)]
                    + zip(row.cells, comparison.columns).map { cell, column in
                        column.suppressed ? hiddenCell(column.respondents) : number(cell?.mean)
                    }
                    + (hasSpread ? [comparison.spreadText(row, numbers)] : [])
            }
            let flagged = Set(comparison.rows.indices.filter { comparison.rows[$0].flagged })
            let numeric = Set(1..<headers.count)
            let figures = table(caption: nil, headers: headers, numeric: numeric, rows: rows, flagged: flagged)
            let shown = comparison.columns.indices.filter { !comparison.columns[$0].suppressed }
            guard !shown.isEmpty, shown.count <= Palette.groups.count else {
                text += figures + "</div>\n"
                continue
            }
            let hidden = comparison.columns.filter(\.suppressed).map {
                "\($0.label): " + suppressedCell($0.respondents)
            }
            let caption =
                ([strings.comparisonCaption.filled(["dimension": comparison.dimensionLabel.lowercased()])] + hidden)
                .joined(separator: " · ")
            let chart = ComparisonChart(
                series: shown.map { comparison.columns[$0].label },
                rows: comparison.rows.map { row in
                    .init(label: row.name, means: shown.map { row.cells[$0]?.mean }, flagged: row.flagged)
                },
                low: scaleRange.low, high: scaleRange.high, bands: report.bands, numbers: numbers, label: caption)
            text += figure(caption: caption, svg: chart.svg(), table: figures, beside: false) + "</div>\n"
        }
        text += "</section>\n"
    }

    mutating func divergences() {
        let threshold = numbers.decimal(report.result.policy.divergenceThreshold, digits: 1)
        for (kind, title, lines) in divergenceSections {
            text += "<section id=\"divergence-\(kind.rawValue)\"><h2>\(h(title))</h2>\n"
            text += "<p>\(h(strings.divergenceIntro.filled(["threshold": threshold])))</p>\n"
            let rows = lines.map { line in
                [
                    h(line.network ?? strings.allRespondents), h(line.element),
                    difference(line),
                    h(line.highest), h(line.lowest), line.flagged ? "⚑ \(h(strings.yes))" : h(strings.no),
                ]
            }
            text += table(
                caption: nil,
                headers: [
                    strings.network, strings.element, strings.difference, strings.highest, strings.lowest,
                    strings.flagged,
                ],
                numeric: [2], rows: rows, flagged: Set(lines.indices.filter { lines[$0].flagged }))
            text += "</section>\n"
        }
    }

    mutating func recommendations() {
        text += "<section class=\"major\" id=\"recommendations\"><h2>\(h(strings.recommendations))</h2>\n"
        guard !report.recommendations.isEmpty else {
            // Without any figure, "no element needs attention" would claim what is not known.
            let message = report.elements.isEmpty ? strings.overallSuppressed : strings.noRecommendations
            text += "<p>\(h(message))</p></section>\n"
            return
        }
        text += "<p>\(h(strings.recommendationsIntro))</p>\n"
        for section in report.recommendations {
            let place = h(section.network ?? strings.allRespondents) + " — "
            text += "<div class=\"recommendation\"><h3>\(place)\(h(section.element)) \(badge(section.band))</h3>"
            var facts = "\(h(strings.mean)) \(numbers.decimal(section.mean))"
            if let phase = section.phase { facts += " · \(h(strings.phase)): \(h(phase))" }
            text += "<p class=\"note\">\(facts)</p><ol class=\"question-list\">"
            for question in section.questions.prefix(RecommendationSection.questionsShown) {
                text += "<li>\(h(question))</li>"
            }
            text += "</ol>"
            let more = section.questions.count - RecommendationSection.questionsShown
            if more > 0 {
                text +=
                    "<p class=\"note\">\(h(strings.moreQuestions.filled(["workingElements": strings.phrase(\.moreWorkingElements, more, number: numbers.integer(more))])))</p>"
            }
            text += "</div>\n"
        }
        text += "</section>\n"
    }

    mutating func waves() {
        guard let waves = report.waves else { return }
        text += "<section class=\"major\" id=\"waves\"><h2>\(h(strings.waves))</h2>\n"
        text += "<p>\(h(strings.wavesIntro.filled(["before": waves.before, "after": waves.after])))</p>\n"
        let chart = ChangeChart(
            rows: waves.rows.map {
                .init(
                    label: $0.name, difference: $0.change.difference, ci95: $0.change.ci95,
                    likelyReal: $0.change.likelyReal)
            }, numbers: numbers, label: strings.waveCaption)
        let rows = waves.rows.map { row in
            let change = row.change
            return [
                h(row.name), numbers.integer(change.nBefore), numbers.integer(change.nAfter), number(change.meanBefore),
                number(change.meanAfter), change.difference.map { numbers.signed($0) } ?? "–", interval(change.ci95),
                number(change.hedgesG),
                change.difference == nil
                    ? h(strings.label(change.note)) : h(change.likelyReal ? strings.yes : strings.no),
            ]
        }
        let figures = table(
            caption: nil,
            headers: [
                strings.element, "n " + strings.before.lowercased(), "n " + strings.after.lowercased(), strings.before,
                strings.after, strings.change, strings.ci95, strings.hedgesG, strings.likelyReal,
            ], numeric: Set(1...7), rows: rows)
        text += figure(
            caption: strings.waveCaption + " (" + strings.changeScale.filled(["scale": report.scaleRange]) + "; "
                + strings.changeLegend + ")",
            svg: chart.svg(), table: figures, beside: false)
        text += "\n</section>\n"
    }
}
