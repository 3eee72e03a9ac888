/// Everything a report shows, already ordered and labelled in one language: built from an
/// ``EvaluationResult`` with the ``Instrument`` and ``EvaluationFramework`` it was scored
/// against, and handed to a ``ReportRenderer``.
///
/// Labels of elements, perspectives, roles and phases come from the framework, item texts from
/// the instrument; network names, wave labels and file names are the user's own text and are
/// escaped by every renderer. Suppressed groups carry their count only.
public struct Report: Hashable, Sendable {
    /// The language of every label and fixed text.
    public var language: Language
    /// The report's title.
    public var title: String
    /// The instrument's title in the report's language.
    public var instrumentTitle: String
    /// Who answered, the network's phase, the strongest and weakest elements.
    public var summary: ReportSummary
    /// One section per core element for the whole set, in framework order; empty when the
    /// whole set is suppressed.
    public var elements: [ElementSection]
    /// Groups side by side per element, one table per grouping in the result's order.
    public var comparisons: [GroupComparison]
    /// Where perspectives, or trekkers and members, see an element differently.
    public var divergences: [DivergenceLine]
    /// Questions for the next meeting, weakest element first.
    public var recommendations: [RecommendationSection]
    /// The change per element between two waves, present only for a comparison.
    public var waves: WaveSection?
    /// Rows read and rejected, answer rates per item, flags and diagnostics.
    public var dataQuality: DataQualitySection
    /// The instrument, the framework, the scoring policy and the tool.
    public var method: MethodSection
    /// The result the report was built from; the JSON and CSV renderers write it.
    public var result: EvaluationResult
    /// Why every figure is hidden and what the reader can do, when the whole set is hidden.
    public var privacy: PrivacyNotice? = nil

    /// The labels of the answer scale used in item distributions, lowest value first, in the
    /// report's language.
    public var scale: [ScalePoint]
    /// Where the bands of that scale start, as the result's policy and the instrument set them.
    public var bands: ResponseScale.Bands

    /// The range of ``scale`` as text, `1–5`, for captions and the method.
    package var scaleRange: String {
        let low = scale.first.map { ResponseScale.text(of: $0.value) } ?? "1"
        let high = scale.last.map { ResponseScale.text(of: $0.value) } ?? "5"
        return "\(low)–\(high)"
    }

    /// The fixed texts of the report's language.
    package var strings: ReportStrings { ReportStrings(language) }
    /// The number style of the report's language.
    package var numbers: NumberStyle { NumberStyle(language) }
}

/// One value of the answer scale, as shown in item distributions.
public struct ScalePoint: Hashable, Sendable {
    /// The score, for example `4`.
    public var value: Double
    /// The label in the report's language, for example `Mee eens`.
    public var label: String

    /// Creates a scale point.
    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}
