/// One questionnaire statement, measuring one element of the framework.
public struct Item: Identifiable, Hashable, Sendable, Codable {
    /// Identifies an item, for example `syn-2`.
    public typealias ID = TypedID<Item>

    /// The item's identifier; also the column header of the blank response template.
    public var id: ID
    /// Other column headers under which exports carry this item, for example `Q4[SQ002]`.
    public var columns: [String]
    /// The statement respondents rate.
    public var text: LocalizedText
    /// The core element the item measures.
    public var element: CoreElement.ID
    /// The theme the item measures, where it cites one.
    public var theme: Theme.ID?
    /// The working element the item measures, where it cites one.
    public var workingElement: WorkingElement.ID?
    /// The scale the item is answered on.
    public var scale: ResponseScale.ID
    /// Whether the statement is negatively worded, so that agreement is scored low.
    public var reverse: Bool

    /// Creates an item.
    public init(
        id: ID, columns: [String] = [], text: LocalizedText, element: CoreElement.ID, theme: Theme.ID? = nil,
        workingElement: WorkingElement.ID? = nil, scale: ResponseScale.ID, reverse: Bool = false
    ) {
        self.id = id
        self.columns = columns
        self.text = text
        self.element = element
        self.theme = theme
        self.workingElement = workingElement
        self.scale = scale
        self.reverse = reverse
    }
}
