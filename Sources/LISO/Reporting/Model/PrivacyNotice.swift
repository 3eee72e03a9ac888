/// Why every figure of a set of respondents is hidden, and what the reader can do about it, in
/// plain words: shown once, in place of a wall of hidden cells, when the whole set (or, in the
/// meeting report, a network) is hidden.
///
/// The notice reads only what the result says (the set's respondents and why it is suppressed);
/// which figures are hidden is the scorer's decision, never the report's.
public struct PrivacyNotice: Hashable, Sendable {
    /// The notice's heading.
    public var heading: String
    /// What happened and why, in a sentence or three.
    public var explanation: String
    /// What the reader can do, each a sentence; empty when there is nothing to do.
    public var advice: [String]
    /// The words that introduce ``advice``.
    public var adviceHeading: String

    /// Creates a notice from its texts.
    public init(heading: String, explanation: String, advice: [String], adviceHeading: String) {
        self.heading = heading
        self.explanation = explanation
        self.advice = advice
        self.adviceHeading = adviceHeading
    }

    /// The notice for a set that is hidden, or `nil` when it is shown.
    ///
    /// - Parameters:
    ///   - group: The set: the whole set, or one network.
    ///   - minimumGroupSize: The policy's minimum group size.
    ///   - language: The language of the texts.
    public init?(for group: GroupResult, minimumGroupSize: Int, language: Language) {
        guard let reason = group.suppressionReason else { return nil }
        let words = PrivacyNoticeWords(language)
        let count = group.respondents
        let counted = ["questionnaires": words.phrase(\.questionnaires, count), "were": words.word(\.were, count)]
        let option = "--min-group-size \(max(count, 1))"
        adviceHeading = words.whatYouCanDo
        heading = words.heading
        switch reason {
        case _ where count == 0:
            heading = words.noneHeading
            explanation = words.none
            advice = []
        case .smallGroup where count == 1:
            explanation = words.onePerson
            advice = [words.askMore, words.ownAnswers]
        case .smallGroup:
            explanation = words.smallGroup.filled(counted.merging(["minimum": String(minimumGroupSize)]) { $1 })
            advice = [words.askMore, words.lowerMinimum.filled(["option": option])]
        case .complementary:
            explanation = words.complementary.filled(counted)
            advice = [words.askMore]
        }
    }
}
