/// The report one person gets at the end of a self-evaluation: their score per core element
/// with their own answers, the statements they marked "don't know", and three to five questions
/// to take to the next meeting. One model, written for a terminal by ``PersonalTextRenderer`` and
/// as a page to print by ``PersonalHTMLRenderer``.
///
/// The scores come from the library's scorer, by the documented method (reverse keys, at least
/// half of an element's statements answered); the report is the person's own, so no privacy
/// minimum applies to it.
public struct PersonalReport: Hashable, Sendable {
    /// The language of every label and fixed text.
    public var language: Language
    /// The report's title.
    public var title: String
    /// The network's name, when known.
    public var network: String?
    /// The person's role, labelled.
    public var role: String?
    /// The person's perspective, labelled.
    public var perspective: String?
    /// The phase the person thinks the network is in, with a one-line explanation.
    public var phase: PhaseNote?
    /// The day of the report, when given.
    public var day: CalendarDay?
    /// Statements answered with a value or "don't know".
    public var answered: Int
    /// Statements marked "don't know".
    public var dontKnowCount: Int
    /// Statements in the questionnaire.
    public var statements: Int
    /// Every element, highest score first; elements without a score last.
    public var elements: [PersonalElement]
    /// The statements marked "don't know", in questionnaire order; they are listed here rather
    /// than under their element.
    public var dontKnow: [PersonalAnswer]
    /// Three to five questions for the next meeting.
    public var questions: [DiscussionQuestion]
    /// The lowest and highest value of the answer scale.
    public var scale: MeetingReport.ScaleRange
    /// Where the bands of that scale start.
    public var bands: ResponseScale.Bands
    /// The tool that made the report.
    public var tool: ToolInfo
}

/// One core element in a personal report: the person's score and answers.
public struct PersonalElement: Hashable, Sendable {
    /// The element.
    public var id: CoreElement.ID
    /// The element's name.
    public var name: String
    /// The mean of the person's answers (reverse keys applied); `nil` with too few answers.
    public var score: Double?
    /// The score's band.
    public var band: Band?
    /// The person's answers to the element's statements, in questionnaire order, except "don't
    /// know" (listed in ``PersonalReport/dontKnow``).
    public var answers: [PersonalAnswer]

    /// Creates an element.
    public init(id: CoreElement.ID, name: String, score: Double?, band: Band?, answers: [PersonalAnswer]) {
        self.id = id
        self.name = name
        self.score = score
        self.band = band
        self.answers = answers
    }
}

/// One statement and the person's answer to it.
public struct PersonalAnswer: Hashable, Sendable {
    /// The item.
    public var item: Item.ID
    /// The statement in the report's language.
    public var statement: String
    /// Whether the statement is negatively worded (scored in reverse).
    public var reverse: Bool
    /// The answer as given, before reverse keying.
    public var answer: Answer
    /// The answer in words: the scale's label, "don't know" or "not answered".
    public var label: String

    /// Creates an answer line.
    public init(item: Item.ID, statement: String, reverse: Bool, answer: Answer, label: String) {
        self.item = item
        self.statement = statement
        self.reverse = reverse
        self.answer = answer
        self.label = label
    }
}
