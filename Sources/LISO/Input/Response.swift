/// One respondent's questionnaire, decoded: background fields as canonical ids and one answer
/// per instrument item. Identifying columns (names, e-mail, IP address) never reach it.
public struct Response: Hashable, Sendable {
    /// The respondent id from the export, used only to find duplicates.
    public var respondentID: String?
    /// The network name.
    public var network: String?
    /// The perspectives the respondent chose; more than one for a multi-select answer.
    public var perspectives: [Perspective.ID]
    /// The roles the respondent chose; more than one for a multi-select answer.
    public var roles: [Role.ID]
    /// The phase the respondent thinks the network is in.
    public var phase: Phase.ID?
    /// The wave (measurement moment).
    public var wave: String?
    /// One answer per item of the instrument, in the instrument's item order. Values are raw
    /// scale values; reverse keying is the scorer's job.
    public var answers: [Answer]
    /// Where the row came from.
    public var source: SourceLocation?

    /// Creates a response.
    public init(
        respondentID: String? = nil, network: String? = nil, perspectives: [Perspective.ID] = [],
        roles: [Role.ID] = [], phase: Phase.ID? = nil, wave: String? = nil, answers: [Answer],
        source: SourceLocation? = nil
    ) {
        self.respondentID = respondentID
        self.network = network
        self.perspectives = perspectives
        self.roles = roles
        self.phase = phase
        self.wave = wave
        self.answers = answers
        self.source = source
    }

    /// Whether the respondent answered any item or marked any as "don't know"; a row without
    /// either is not a respondent.
    public var isRespondent: Bool {
        answers.contains { answer in
            switch answer {
            case .value, .dontKnow: true
            case .unanswered, .invalid: false
            }
        }
    }
}

/// One cell of a response, after decoding against the item's scale.
public enum Answer: Hashable, Sendable {
    /// A scale value, before reverse keying.
    case value(Double)
    /// A missing code or label: "weet niet", "niet van toepassing", "don't know".
    case dontKnow
    /// An empty cell.
    case unanswered
    /// A cell that matches nothing on the scale; reported as a warning and not scored.
    case invalid
}

/// A place in an input file.
public struct SourceLocation: Hashable, Sendable, Codable {
    /// The file, as the user named it.
    public var file: String
    /// The 1-based physical line where the record starts.
    public var line: Int

    /// Creates a source location.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}
