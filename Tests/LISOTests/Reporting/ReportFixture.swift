@testable import LISO

/// A rich, hand-built result for report tests: three networks (one suppressed), five
/// perspectives (one suppressed), two roles, divergence, recommendations, a comparison of two
/// waves, two source files and diagnostics. `text` replaces every user-supplied string (network
/// names, wave labels, file names, item texts and ids, the instrument's title) for injection tests.
struct ReportFixture {
    var text: (String) -> String = { $0 }

    static let elementIDs: [CoreElement.ID] = EvaluationFramework.liso2023.elements.map(\.id)
    /// Means per element for the whole set; deliberately spread over the three bands.
    static let means: [Double] = [4.31, 3.62, 2.74, 3.95, 4.12, 2.41, 3.18, 3.77]

    var networks: [String] { [text("Noord"), text("Zuid & Oost"), text("Kleine kring")] }
    var waves: [String] { [text("2025-voorjaar"), text("2026-najaar")] }

    /// The framework with working elements under two elements, so recommendations have statements.
    var framework: EvaluationFramework {
        var framework = EvaluationFramework.liso2023
        func theme(_ id: String, _ statements: [(String, String, String)]) -> Theme {
            Theme(
                id: Theme.ID(id), name: LocalizedText(nl: id, en: id), isTopThree: true, provenance: .derived,
                workingElements: statements.map {
                    WorkingElement(
                        id: WorkingElement.ID($0.0), statement: LocalizedText(nl: $0.1, en: $0.2), provenance: .derived)
                })
        }
        framework.elements[5].themes = [
            theme(
                "making-lessons-explicit.aim",
                [
                    (
                        "mle.aim.explicit", "Leren is vanaf de start een expliciet doel.",
                        "Learning is an explicit aim from the start."
                    ),
                    ("mle.aim.record", "We leggen vast wat we samen leren.", "We record what we learn together."),
                ])
        ]
        framework.elements[2].themes = [
            theme(
                "organisation.support",
                [
                    (
                        "org.support.time", "Organisaties geven leden tijd voor het netwerk.",
                        "Organisations give members time for the network."
                    )
                ])
        ]
        return framework
    }

    var instrument: Instrument {
        let labels = [
            ("Helemaal mee oneens", "Strongly disagree"), ("Mee oneens", "Disagree"), ("Neutraal", "Neutral"),
            ("Mee eens", "Agree"), ("Helemaal mee eens", "Strongly agree"),
        ]
        let scale = ResponseScale(
            id: "agree5",
            values: labels.enumerated().map { index, label in
                ResponseScale.Value(value: Double(index + 1), labels: [label.0, label.1], codes: ["\(index + 1)"])
            },
            missing: [ResponseScale.Missing(labels: ["Weet niet"])])
        let items = Self.elementIDs.enumerated().flatMap { index, element in
            (1...2).map { number in
                Item(
                    id: Item.ID(text("\(element.rawValue.prefix(3))-\(number)")),
                    text: LocalizedText(
                        nl: text("Stelling \(number) over \(element.rawValue), in gewone taal geschreven."),
                        en: text("Statement \(number) about \(element.rawValue), written in plain words.")),
                    element: element, scale: "agree5", reverse: index == 1 && number == 2)
            }
        }
        return Instrument(
            id: Instrument.ID(text("fixture-16")),
            title: LocalizedText(nl: text("Proefvragenlijst"), en: text("Trial questionnaire")),
            framework: "liso-2023", scales: [scale], items: items, fields: InstrumentFields())
    }

    func elements(shift: Double, n: Int) -> [ElementResult] {
        Self.elementIDs.enumerated().map { index, id in
            let mean = min(max(Self.means[index] + shift, 1), 5)
            let sd = 0.6 + 0.05 * Double(index)
            let half = 2.0 * sd / Double(n).squareRoot()
            let band: Band = mean >= 4 ? .strength : mean >= 3 ? .attention : .concern
            return ElementResult(
                id: id, n: n - index % 2, mean: mean, sd: sd, ci95: ConfidenceInterval(centre: mean, halfWidth: half),
                score100: (mean - 1) / 4 * 100, band: band, alpha: index == 7 ? nil : 0.7 + 0.02 * Double(index),
                alphaN: index == 7 ? 2 : n - 2, alphaNote: index == 7 ? .tooFewRespondents : nil,
                rwg: index == 3 ? nil : 0.8,
                itemReliability: [
                    ItemReliability(id: instrument.items[index * 2].id, itemRest: 0.5, alphaIfDeleted: nil)
                ])
        }
    }

    func items(n: Int) -> [ItemResult] {
        instrument.items.enumerated().map { index, item in
            let counts = ["1": index % 3, "2": 2 + index % 2, "3": 4, "4": n / 3, "5": n / 4 + index % 4]
            let scored = counts.values.reduce(0, +)
            return ItemResult(
                id: item.id, element: item.element, n: scored, dontKnow: index % 4, unanswered: index % 3 == 0 ? 1 : 0,
                invalid: index == 5 ? 1 : 0, mean: 3 + Double(index % 5) / 5, sd: index == 15 ? nil : 1.1,
                counts: counts)
        }
    }

    func group(
        _ dimensions: [GroupDimension], _ values: [String], _ respondents: Int, shift: Double, phase: Phase.ID? = nil
    ) -> GroupResult {
        let suppressed = respondents < 5
        return GroupResult(
            dimensions: dimensions, values: values, respondents: respondents,
            suppressionReason: suppressed ? .smallGroup : nil, phase: suppressed ? nil : phase,
            elements: suppressed ? [] : elements(shift: shift, n: respondents),
            items: suppressed ? [] : items(n: respondents))
    }

    func group(
        _ dimension: GroupDimension, _ value: String, _ respondents: Int, shift: Double, phase: Phase.ID? = nil
    ) -> GroupResult {
        group([dimension], [value], respondents, shift: shift, phase: phase)
    }

    func combination(_ values: [String], _ respondents: Int, shift: Double) -> GroupResult {
        group([.network, .perspective], values, respondents, shift: shift)
    }

    var result: EvaluationResult {
        let groups = [
            group(.network, networks[0], 21, shift: 0.2, phase: "maintaining"),
            group(.network, networks[1], 16, shift: -0.3, phase: "forming"),
            group(.network, networks[2], 3, shift: 0),
            group(.perspective, "policy", 7, shift: 0.4), group(.perspective, "education", 6, shift: -0.2),
            group(.perspective, "practice", 15, shift: 0.1), group(.perspective, "research", 8, shift: -0.7),
            group(.perspective, "families", 4, shift: 0),
            group(.role, "trekker", 5, shift: 0.5), group(.role, "member", 35, shift: -0.1),
            combination([networks[0], "practice"], 9, shift: 0.3), combination([networks[0], "families"], 2, shift: 0),
        ]
        var divergence = Self.elementIDs.enumerated().map { index, id in
            Divergence(
                kind: .perspectives, network: nil, element: id,
                difference: index == 5 ? 1.35 : 1.1 - 0.1 * Double(index),
                highest: "policy", lowest: "research",
                means: ["policy": Self.means[index] + 0.4, "research": Self.means[index] - 0.7],
                flagged: index <= 1 || index == 5)
        }
        divergence.append(
            Divergence(
                kind: .trekkersVersusMembers, network: networks[0], element: "synergy", difference: -0.45,
                highest: "others", lowest: "trekker", means: ["trekker": 3.5, "others": 3.95], flagged: false))
        divergence += Self.elementIDs.enumerated().map { index, id in
            let difference = 0.6 - 0.1 * Double(index)
            return Divergence(
                kind: .trekkersVersusMembers, network: nil, element: id, difference: difference,
                highest: difference >= 0 ? "trekker" : "others", lowest: difference >= 0 ? "others" : "trekker",
                means: ["trekker": Self.means[index] + difference / 2, "others": Self.means[index] - difference / 2],
                flagged: false)
        }
        let recommendations = [
            Recommendation(
                network: nil, phase: "maintaining", element: "making-lessons-explicit", band: .concern, mean: 2.41,
                workingElements: ["mle.aim.explicit", "mle.aim.record"]),
            Recommendation(
                network: networks[1], phase: "forming", element: "organisation", band: .concern, mean: 2.44,
                workingElements: ["org.support.time", "unknown.working-element"]),
            Recommendation(
                network: nil, phase: nil, element: "implementing-lessons", band: .attention, mean: 3.18,
                workingElements: []),
        ]
        let comparison = WaveComparison(
            before: waves[0], after: waves[1],
            elements: Self.elementIDs.enumerated().map { index, id in
                index == 4
                    ? ElementChange(
                        id: id, nBefore: 3, nAfter: 20, meanBefore: nil, meanAfter: nil, difference: nil, ci95: nil,
                        hedgesG: nil, likelyReal: false, note: .suppressed)
                    : ElementChange(
                        id: id, nBefore: 18, nAfter: 20, meanBefore: Self.means[index] - 0.3,
                        meanAfter: Self.means[index],
                        difference: 0.3 - 0.15 * Double(index),
                        ci95: ConfidenceInterval(centre: 0.3 - 0.15 * Double(index), halfWidth: 0.35),
                        hedgesG: 0.45 - 0.2 * Double(index),
                        likelyReal: 0.3 - 0.15 * Double(index) - 0.35 > 0 || 0.3 - 0.15 * Double(index) + 0.35 < 0)
            })
        return EvaluationResult(
            tool: ToolInfo(name: "liso", version: "0.1.0"), instrument: InstrumentInfo(instrument),
            policy: ScoringPolicy(strengthThreshold: 4, attentionThreshold: 3),
            sources: [
                SourceSummary(
                    file: text("exports/noord.csv"), layout: .limeSurvey, encoding: .utf8, rowsRead: 23,
                    rowsRejected: 1),
                SourceSummary(
                    file: text("exports/zuid-oost.csv"), layout: nil, encoding: .windows1252, rowsRead: 19,
                    rowsRejected: 1),
            ],
            respondents: 40, rowsRead: 42, rowsRejected: 2, multiSelect: [.perspective: 2],
            overall: group([], [], 40, shift: 0, phase: "maintaining"),
            groups: groups, divergence: divergence, recommendations: recommendations,
            flags: QualityFlags(straightliners: 1, duplicateIds: 1),
            diagnostics: [
                Diagnostic(
                    .warning, kind: .invalidValue,
                    Diagnostic.Message(text("value '7' is outside scale 1–5 of item 'syn-2'")),
                    file: text("exports/noord.csv"), line: 12, column: 9),
                Diagnostic(
                    .warning, kind: "invalid-value", "value 'x' is outside scale 1–5 of item 'org-1'",
                    file: "exports/noord.csv", line: 15, column: 7),
                Diagnostic(.note, kind: "empty-row", "row has no answers", file: "exports/zuid-oost.csv", line: 4),
                Diagnostic(
                    .warning, kind: "encoding-fallback", "file is not utf-8; read as windows-1252",
                    file: "exports/zuid-oost.csv"),
            ],
            comparison: comparison)
    }

    func report(_ language: Language) -> Report {
        Report(result: result, instrument: instrument, framework: framework, language: language)
    }
}
