/// A question for the next meeting, with the reason it was chosen: one of the weakest elements,
/// the element the perspectives see most differently, or a gap between the lead and the members.
public struct DiscussionQuestion: Hashable, Sendable {
    /// Why a question was chosen.
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        /// The element is among the weakest (attention or concern).
        case weak
        /// The perspectives see the element most differently.
        case disputed
        /// The lead sees the element clearly more positively than the other members.
        case blindSpot
        /// The lead sees the element clearly more negatively than the other members.
        case hiddenStrength
        /// The element is a strength; asked when few elements need attention.
        case strong
        /// No figures to choose from: a question for any network.
        case general
    }

    /// Why the question was chosen.
    public var reason: Reason
    /// The element the question is about, when it is about one.
    public var element: CoreElement.ID?
    /// The reason in words, with the figures behind it; empty for a general question.
    public var why: String
    /// The question.
    public var question: String

    /// Creates a question.
    public init(reason: Reason, element: CoreElement.ID?, why: String, question: String) {
        self.reason = reason
        self.element = element
        self.why = why
        self.question = question
    }
}

/// Where the lead (trekker) sees an element clearly differently from the other members of the
/// same set: a gap larger than a third of the scale's range.
public struct TrekkerGap: Hashable, Sendable {
    /// Which way the gap goes.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The lead is more positive than the members: a blind spot.
        case blindSpot
        /// The lead is more negative than the members: a hidden strength.
        case hiddenStrength
    }

    /// The element.
    public var element: CoreElement.ID
    /// The element's name.
    public var name: String
    /// The leads' mean.
    public var trekkerMean: Double
    /// The other members' mean.
    public var othersMean: Double
    /// Which way the gap goes.
    public var kind: Kind

    /// The leads' mean minus the members'.
    public var difference: Double { trekkerMean - othersMean }

    /// Creates a gap.
    public init(element: CoreElement.ID, name: String, trekkerMean: Double, othersMean: Double, kind: Kind) {
        self.element = element
        self.name = name
        self.trekkerMean = trekkerMean
        self.othersMean = othersMean
        self.kind = kind
    }
}
