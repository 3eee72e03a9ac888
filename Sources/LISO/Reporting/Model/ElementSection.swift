/// One core element of the whole set: its score and its items.
public struct ElementSection: Hashable, Sendable {
    /// The element.
    public var id: CoreElement.ID
    /// The element's name.
    public var name: String
    /// The element's score.
    public var score: ElementResult
    /// The element's items, in instrument order.
    public var items: [ItemLine]

    /// Creates an element section.
    public init(id: CoreElement.ID, name: String, score: ElementResult, items: [ItemLine]) {
        self.id = id
        self.name = name
        self.score = score
        self.items = items
    }
}

/// One item of an element: its text, its answers and how it hangs together with the rest.
public struct ItemLine: Hashable, Sendable {
    /// The item.
    public var id: Item.ID
    /// The statement in the report's language.
    public var text: String
    /// Whether the statement is negatively worded and scored in reverse.
    public var reverse: Bool
    /// The answers to the item.
    public var answers: ItemResult
    /// Answers per scale point as given, in the order of ``Report/scale``: for a reverse-keyed
    /// item, before reverse keying, so that the scale's labels describe the answers. The mean
    /// in ``answers`` is after reverse keying (higher is better).
    public var distribution: [Int]
    /// The item–rest correlation and alpha if deleted, where known.
    public var reliability: ItemReliability?

    /// Creates an item line.
    public init(
        id: Item.ID, text: String, reverse: Bool, answers: ItemResult, distribution: [Int],
        reliability: ItemReliability?
    ) {
        self.id = id
        self.text = text
        self.reverse = reverse
        self.answers = answers
        self.distribution = distribution
        self.reliability = reliability
    }
}
