extension MarkdownWriter {
    mutating func comparisons() {
        guard !report.comparisons.isEmpty else { return }
        text += "## \(strings.comparisons)\n\n"
        for comparison in report.comparisons {
            text += "### " + strings.per.filled(["dimension": comparison.dimensionLabel.lowercased()]) + "\n\n"
            guard comparison.columns.contains(where: { !$0.suppressed }) else {
                text += strings.allHidden.filled(["whoAnswered": strings.whoAnswered]) + "\n\n"
                continue
            }
            let spreadHeader = comparison.spreadHeader(strings)
            let hasSpread = spreadHeader != nil
            let headers =
                [strings.element]
                + comparison.columns.map { "\(Escape.escape($0.label)) (n = \(numbers.integer($0.respondents)))" }
                + (spreadHeader.map { [$0] } ?? [])
            let rows = comparison.rows.map { row in
                [Escape.escape(row.name)]
                    + zip(row.cells, comparison.columns).map { cell, column in
                        column.suppressed ? suppressedCell(column.respondents) : number(cell?.mean)
                    }
                    + (hasSpread ? [comparison.spreadText(row, numbers)] : [])
            }
            text += Escape.table(
                headers, [.left] + comparison.columns.map { _ in .right } + (hasSpread ? [.right] : []), rows)
            text += "\n"
        }
    }

    mutating func divergences() {
        let threshold = numbers.decimal(report.result.policy.divergenceThreshold, digits: 1)
        for (_, title, lines) in divergenceSections {
            text += "## \(title)\n\n"
            text += strings.divergenceIntro.filled(["threshold": threshold]) + "\n\n"
            let rows = lines.map { line in
                [
                    Escape.escape(line.network ?? strings.allRespondents), Escape.escape(line.element),
                    difference(line),
                    Escape.escape(line.highest), Escape.escape(line.lowest), line.flagged ? "⚑" : "",
                ]
            }
            text += Escape.table(
                [
                    strings.network, strings.element, strings.difference, strings.highest, strings.lowest,
                    strings.flagged,
                ],
                [.left, .left, .right, .left, .left, .left], rows)
            text += "\n"
        }
    }

    mutating func recommendations() {
        text += "## \(strings.recommendations)\n\n"
        guard !report.recommendations.isEmpty else {
            // Without any figure, "no element needs attention" would claim what is not known.
            text += (report.elements.isEmpty ? strings.overallSuppressed : strings.noRecommendations) + "\n\n"
            return
        }
        text += strings.recommendationsIntro + "\n\n"
        for section in report.recommendations {
            let place = Escape.escape(section.network ?? strings.allRespondents) + " — "
            text += "### \(place)\(Escape.escape(section.element))\n\n"
            var facts = "\(strings.mean) \(numbers.decimal(section.mean)), \(strings.label(section.band))"
            if let phase = section.phase { facts += "; \(strings.phase.lowercased()): \(Escape.escape(phase))" }
            text += "_\(facts)_\n\n"
            for (index, question) in section.questions.prefix(RecommendationSection.questionsShown).enumerated() {
                text += "\(index + 1). \(Escape.escape(question))\n"
            }
            let more = section.questions.count - RecommendationSection.questionsShown
            if more > 0 {
                text +=
                    "\n"
                    + strings.moreQuestions.filled([
                        "workingElements": strings.phrase(\.moreWorkingElements, more, number: numbers.integer(more))
                    ]) + "\n"
            }
            text += "\n"
        }
    }

    mutating func waves() {
        guard let waves = report.waves else { return }
        text += "## \(strings.waves)\n\n"
        text += strings.wavesIntro.filled(["before": Escape.escape(waves.before), "after": Escape.escape(waves.after)])
        text += "\n\n"
        let rows = waves.rows.map { row in
            let change = row.change
            return [
                Escape.escape(row.name), numbers.integer(change.nBefore), numbers.integer(change.nAfter),
                number(change.meanBefore), number(change.meanAfter),
                change.difference.map { numbers.signed($0) } ?? "–", interval(change.ci95), number(change.hedgesG),
                change.difference == nil
                    ? Escape.escape(strings.label(change.note)) : (change.likelyReal ? strings.yes : strings.no),
            ]
        }
        text += Escape.table(
            [
                strings.element, "n " + strings.before.lowercased(), "n " + strings.after.lowercased(), strings.before,
                strings.after, strings.change, strings.ci95, strings.hedgesG, strings.likelyReal,
            ],
            [.left, .right, .right, .right, .right, .right, .right, .right, .left], rows)
        text += "\n"
    }

    mutating func dataQuality() {
        let quality = report.dataQuality
        text += "## \(strings.dataQuality)\n\n"
        text += Escape.table(
            [strings.figure, strings.count], [.left, .right], qualityFacts.map { [$0.0, numbers.integer($0.1)] })
        text += "\n"
        if !quality.sources.isEmpty {
            text += "### \(strings.files)\n\n"
            let rows = quality.sources.map { source in
                [
                    Escape.escape(source.file), Escape.escape(layoutName(source.layout)),
                    Escape.escape(source.encoding?.rawValue ?? "–"),
                    numbers.integer(source.rowsRead), numbers.integer(source.rowsRejected),
                ]
            }
            text += Escape.table(
                [strings.file, strings.layout, strings.encoding, strings.rowsRead, strings.rowsRejected],
                [.left, .left, .left, .right, .right], rows)
            text += "\n"
        }
        if !quality.items.isEmpty {
            text += "### \(strings.statements)\n\n"
            let rows = quality.items.map { item in
                [
                    Escape.escape(item.id.rawValue), numbers.integer(item.cells), numbers.percent(item.dontKnowRate),
                    numbers.percent(item.unansweredRate), numbers.integer(item.invalid),
                ]
            }
            text += Escape.table(
                ["id", strings.cells, strings.dontKnow, strings.unanswered, strings.invalid],
                [.left, .right, .right, .right, .right], rows)
            text += "\n"
        }
        text += "### \(strings.diagnostics)\n\n"
        if quality.diagnostics.isEmpty {
            text += strings.noDiagnostics + "\n\n"
        } else {
            let rows = quality.diagnostics.map {
                [
                    strings.label($0.severity), Escape.escape($0.kind.label(in: report.language)),
                    numbers.integer($0.count),
                ]
            }
            text += Escape.table([strings.severity, strings.kind, strings.count], [.left, .left, .right], rows)
            text += "\n"
        }
    }

    mutating func method() {
        let method = report.method
        text += "## \(strings.method)\n\n"
        text += "\(strings.provenance)\n\n"
        text += strings.methodText.filled(["fraction": numbers.percent(method.policy.minimumAnsweredFraction)]) + "\n\n"
        let rows =
            [
                [
                    strings.instrument,
                    "\(Escape.escape(method.instrumentTitle)) (\(Escape.escape(method.instrumentID.rawValue)), \(strings.phrase(\.statementCount, method.items, number: numbers.integer(method.items))))",
                ],
                [
                    strings.framework,
                    "\(Escape.escape(method.frameworkName)) (\(Escape.escape(method.frameworkID.rawValue)))",
                ],
            ]
            + policyRows + [
                [strings.tool, "\(Escape.escape(method.tool.name)) \(Escape.escape(method.tool.version))"]
            ]
        text += Escape.table([strings.figure, strings.value], [.left, .left], rows)
    }
}
