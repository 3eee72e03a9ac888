/// The report a network lead takes to the next meeting: per network at most two printed pages
/// with the elements at a glance, where the perspectives differ, where the lead and the members
/// differ, three to five questions to discuss and an empty table for agreements.
///
/// Built from an ``EvaluationResult`` with the ``Instrument`` and ``EvaluationFramework`` it was
/// scored against, in one language, and written by ``MeetingHTMLRenderer`` or
/// ``MeetingMarkdownRenderer``. It shows only figures the result shows: a hidden network gets a
/// ``PrivacyNotice`` instead of figures.
public struct MeetingReport: Hashable, Sendable {
    /// The language of every label and fixed text.
    public var language: Language
    /// The day the report is for, when given.
    public var day: CalendarDay?
    /// The instrument's title in the report's language.
    public var instrumentTitle: String
    /// One section per network, in the result's order; one section for all respondents when the
    /// result has no network groups.
    public var sections: [MeetingSection]
    /// The smallest group that shows figures.
    public var minimumGroupSize: Int
    /// The lowest and highest value of the answer scale.
    public var scale: ScaleRange
    /// Where the bands of that scale start.
    public var bands: ResponseScale.Bands
    /// The gap between the lead and the members above which it is shown: a third of the scale's range.
    public var gapThreshold: Double
    /// The tool that made the result.
    public var tool: ToolInfo

    /// The lowest and highest value of an answer scale.
    public struct ScaleRange: Hashable, Sendable {
        /// The lowest value.
        public var low: Double
        /// The highest value.
        public var high: Double

        /// Creates a range.
        public init(low: Double, high: Double) {
            self.low = low
            self.high = high
        }
    }
}

/// The part of a meeting report about one network (or about all respondents).
public struct MeetingSection: Hashable, Sendable {
    /// The network's name; `nil` for all respondents.
    public var network: String?
    /// The section's title.
    public var title: String
    /// Respondents in the network.
    public var respondents: Int
    /// The waves of the network's respondents, in time order.
    public var waves: [String]
    /// The phase most respondents reported, with a one-line explanation; `nil` when unknown.
    public var phase: PhaseNote?
    /// Why the network's figures are hidden, when they are; the section then has no figures.
    public var privacy: PrivacyNotice?
    /// Every element, the one the perspectives see most differently first; empty when hidden.
    public var elements: [MeetingElement]
    /// At most three elements the perspectives see most differently, largest gap first; empty
    /// when no two perspectives are shown.
    public var disagreements: [MeetingDisagreement]
    /// Whether the lead and the members could be compared (enough of both).
    public var trekkerCompared: Bool
    /// The elements where the lead and the members differ by more than the report's gap threshold.
    public var gaps: [TrekkerGap]
    /// Three to five questions to discuss.
    public var questions: [DiscussionQuestion]

    /// Creates a section.
    public init(
        network: String?, title: String, respondents: Int, waves: [String], phase: PhaseNote?,
        privacy: PrivacyNotice?, elements: [MeetingElement], disagreements: [MeetingDisagreement],
        trekkerCompared: Bool, gaps: [TrekkerGap], questions: [DiscussionQuestion]
    ) {
        self.network = network
        self.title = title
        self.respondents = respondents
        self.waves = waves
        self.phase = phase
        self.privacy = privacy
        self.elements = elements
        self.disagreements = disagreements
        self.trekkerCompared = trekkerCompared
        self.gaps = gaps
        self.questions = questions
    }
}

/// A phase's name with a one-line explanation.
public struct PhaseNote: Hashable, Sendable {
    /// The phase's name.
    public var name: String
    /// What the phase is, in one line.
    public var explanation: String

    /// Creates a phase note.
    public init(name: String, explanation: String) {
        self.name = name
        self.explanation = explanation
    }
}

/// One element of a network at a glance.
public struct MeetingElement: Hashable, Sendable {
    /// The element.
    public var id: CoreElement.ID
    /// The element's name.
    public var name: String
    /// The element's score in the network.
    public var score: ElementResult
    /// The largest minus the smallest perspective mean, when two perspectives are shown.
    public var spread: Double?
    /// Whether the spread reaches the policy's divergence threshold.
    public var flagged: Bool

    /// Creates an element line.
    public init(id: CoreElement.ID, name: String, score: ElementResult, spread: Double?, flagged: Bool) {
        self.id = id
        self.name = name
        self.score = score
        self.spread = spread
        self.flagged = flagged
    }
}

/// An element the perspectives of a network see differently.
public struct MeetingDisagreement: Hashable, Sendable {
    /// The element.
    public var id: CoreElement.ID
    /// The element's name.
    public var name: String
    /// The label of the perspective with the highest mean.
    public var highest: String
    /// That perspective's mean.
    public var highestMean: Double
    /// The label of the perspective with the lowest mean.
    public var lowest: String
    /// That perspective's mean.
    public var lowestMean: Double
    /// Whether the gap reaches the policy's divergence threshold.
    public var flagged: Bool

    /// The highest mean minus the lowest.
    public var difference: Double { highestMean - lowestMean }

    /// Creates a disagreement.
    public init(
        id: CoreElement.ID, name: String, highest: String, highestMean: Double, lowest: String, lowestMean: Double,
        flagged: Bool
    ) {
        self.id = id
        self.name = name
        self.highest = highest
        self.highestMean = highestMean
        self.lowest = lowest
        self.lowestMean = lowestMean
        self.flagged = flagged
    }
}
