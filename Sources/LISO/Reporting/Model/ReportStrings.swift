/// Every fixed text of a report, in one language. Templates mark their blanks with `{name}`;
/// ``fill(_:_:)`` fills them.
package struct ReportStrings: Hashable, Sendable {
    // Titles of the report and its sections.
    package var title, subtitle, summary, whoAnswered, elements, comparisons, divergence: String
    package var trekkersAndMembers, recommendations, waves, dataQuality, method: String
    // Table headers and labels.
    package var element, mean, ci95, score100, band, n, sd, alpha, rwg, item, group, respondents: String
    package var itemRest, alphaIfDeleted, statements, reverseKeyed, figure, value, yes, no: String
    package var allRespondents, strongest, weakest, phase, unknown, rowsRead, rowsRejected: String
    // Dimensions, bands, answer kinds.
    package var network, perspective, role, wave, strength, attention, concern: String
    package var dontKnow, unanswered, invalid: String
    package var scaleLabels: [String]
    // Sentences and templates.
    package var suppressionRule, suppressedCell, complementary, overallSuppressed, elementsIntro: String
    package var question, fallbackQuestion, recommendationsIntro, noRecommendations: String
    package var divergenceIntro, perspectivesKind, trekkersKind, difference, highest, lowest, flagged: String
    package var noDivergence, per, wavesIntro, before, after, change, hedgesG, likelyReal: String
    package var files, file, layout, encoding, cells, straightliners, duplicateIds, multiSelect: String
    package var diagnostics, severity, kind, count, noDiagnostics, note, warning, error: String
    package var instrument, framework, tool, provenance, methodText: String
    package var minimumAnsweredFraction, minimumGroupSize, divergenceThreshold, strengthThreshold: String
    package var attentionThreshold, straightlinerMinimumItems, madeWith: String
    package var tooFewRespondents, tooFewItems, zeroVariance, lollipopCaption, comparisonCaption: String
    package var distributionCaption, waveCaption, changeScale, changeLegend, networks, strongestOne, weakestOne: String
    package var itemCount, hidden, otherMembers, moreQuestions, titleOfOne: String

    /// The strings of a language.
    package static func `for`(_ language: Language) -> ReportStrings {
        switch language {
        case .dutch: .dutch
        case .english: .english
        }
    }

    /// Fills the `{name}` blanks of a template in one pass, so that braces inside a filled-in
    /// value (user text) are never read as blanks. Unknown blanks stay as they are.
    ///
    /// - Complexity: O(*n*) in the length of the template and the values.
    package static func fill(_ template: String, _ values: [String: String]) -> String {
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                let value = values[String(rest[rest.index(after: open)..<close])]
            else {
                text.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            text += value
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

    /// The label of a band.
    package func label(_ band: Band) -> String {
        switch band {
        case .strength: strength
        case .attention: attention
        case .concern: concern
        }
    }

    /// The label of a severity.
    package func label(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .note: note
        case .warning: warning
        case .error: error
        }
    }

    /// The label of a grouping dimension.
    package func label(_ dimension: GroupDimension) -> String {
        switch dimension {
        case .network: network
        case .perspective: perspective
        case .role: role
        case .phase: phase
        case .wave: wave
        }
    }

    /// Why a change between waves is absent, in words.
    package func label(_ note: ChangeNote?) -> String {
        switch note {
        case .suppressed: hidden
        case .tooFewRespondents: tooFewRespondents
        case .zeroVariance: zeroVariance
        case nil: "–"
        }
    }

    /// The reason an alpha is absent, in words.
    package func label(_ note: AlphaNote?) -> String? {
        switch note {
        case .tooFewRespondents: tooFewRespondents
        case .tooFewItems: tooFewItems
        case .zeroVariance: zeroVariance
        case nil: nil
        }
    }
}

extension String {
    /// Fills the `{name}` blanks of this template.
    package func filled(_ values: [String: String]) -> String { ReportStrings.fill(self, values) }
}
