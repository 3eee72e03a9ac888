extension HTMLWriter {
    var scaleRange: (low: Double, high: Double) {
        (report.scale.first?.value ?? 1, report.scale.last?.value ?? 5)
    }

    mutating func elements() {
        text += "<section class=\"major\" id=\"elements\"><h2>\(h(strings.elements))</h2>\n"
        guard !report.elements.isEmpty else {
            text += "<p>\(h(strings.overallSuppressed))</p></section>\n"
            return
        }
        text +=
            "<p>\(h(elementsIntro))</p>\n"
        let chart = LollipopChart(
            rows: report.elements.map {
                .init(label: $0.name, mean: $0.score.mean, ci95: $0.score.ci95, band: $0.score.band)
            },
            low: scaleRange.low, high: scaleRange.high, bands: report.bands, numbers: numbers,
            label: strings.lollipopCaption.filled(["scale": report.scaleRange]))
        let rows = report.elements.map { section in
            [
                h(section.name), numbers.integer(section.score.n), number(section.score.mean),
                interval(section.score.ci95), number(section.score.score100, digits: 0), badge(section.score.band),
                number(section.score.alpha),
            ]
        }
        let overview = table(
            caption: nil,
            headers: [
                strings.element, strings.n, strings.mean, strings.ci95, strings.score100, strings.band, strings.alpha,
            ],
            numeric: [1, 2, 3, 4, 6], rows: rows)
        text +=
            figure(
                caption: strings.lollipopCaption.filled(["scale": report.scaleRange]), svg: chart.svg(),
                table: overview, beside: false) + "\n"
        for section in report.elements { element(section) }
        text += "</section>\n"
    }

    mutating func element(_ section: ElementSection) {
        let score = section.score
        text += "<div class=\"keep\"><h3>\(h(section.name)) \(badge(score.band))</h3>\n"
        var facts = "\(h(strings.mean)) \(number(score.mean)) \(interval(score.ci95)) · n = \(numbers.integer(score.n))"
        if let alpha = score.alpha {
            facts += " · \(h(strings.alpha)) \(number(alpha)) (n = \(numbers.integer(score.alphaN)))"
        } else if let note = strings.label(score.alphaNote) {
            facts += " · \(h(strings.alpha)): \(h(note))"
        }
        if let rwg = score.rwg { facts += " · rwg \(number(rwg))" }
        text += "<p class=\"note\">\(facts)</p>\n"
        guard !section.items.isEmpty else {
            text += "</div>\n"
            return
        }
        let caption = strings.distributionCaption.filled(["element": section.name])
        let chart = DistributionChart(
            scale: report.scale.map(\.label), dontKnowLabel: strings.dontKnow,
            rows: section.items.map { item in
                let label = item.text + (item.reverse ? " (\(strings.reverseKeyed))" : "")
                return .init(label: label, counts: item.distribution, dontKnow: item.answers.dontKnow)
            },
            label: caption)
        let headers =
            [strings.item, strings.n, strings.mean] + report.scale.map { numbers.decimal($0.value, digits: 0) }
            + [strings.dontKnow, strings.itemRest]
        let rows = section.items.map { item in
            let statement =
                h(item.text) + (item.reverse ? " <span class=\"note\">(\(h(strings.reverseKeyed)))</span>" : "")
            return [statement, numbers.integer(item.answers.n), number(item.answers.mean)]
                + item.distribution.map(numbers.integer)
                + [numbers.integer(item.answers.dontKnow), number(item.reliability?.itemRest)]
        }
        let legend = report.scale.map { "\(numbers.decimal($0.value, digits: 0)) = \($0.label)" }.joined(
            separator: " · ")
        let itemTable = table(caption: legend, headers: headers, numeric: Set(1..<headers.count), rows: rows)
        text += figure(caption: caption, svg: chart.svg(), table: itemTable, beside: false) + "</div>\n"
    }
}
