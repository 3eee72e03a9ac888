/// The built-in item bank: the statements of ``Instrument/lisoFull`` and ``Instrument/lisoShort``,
/// each measuring one working element of ``EvaluationFramework/liso2023``.
enum LISOItemBank {
    /// Every item of the full form, element by element in the framework's order.
    static let items: [Item] =
        communityContextItems + learningNetworkItems + organisationItems + synergyItems + resultsItems
        + makingLessonsExplicitItems + implementingLessonsItems + phasingItems

    /// The items of the short form: two per element.
    static let shortForm: Set<Item.ID> = [
        "cc-1", "cc-4", "ln-1", "ln-3", "org-3", "org-4", "syn-1", "syn-2",
        "res-1", "res-3", "mle-1", "mle-2", "imp-1", "imp-3", "pha-1", "pha-3",
    ]

    /// Builds an item on the `agree5` scale that measures the working element `measures`; the
    /// element and theme are the first one and two parts of its id. The columns are the id and its
    /// spellings without the hyphen (`cc1`) and with an underscore (`cc_1`), which survey tools
    /// accept as question codes, then any earlier wording of the statement (`formerly`), so that
    /// exports made with it are still read.
    static func item(
        _ id: String, measures workingElement: String, nl: String, en: String, reverse: Bool = false,
        formerly: [String] = []
    ) -> Item {
        let parts = workingElement.split(separator: ".")
        return Item(
            id: Item.ID(id),
            columns: [id, String(id.filter { $0 != "-" }), String(id.map { $0 == "-" ? "_" : $0 })] + formerly,
            text: LocalizedText(nl: nl, en: en),
            element: CoreElement.ID(String(parts[0])),
            theme: Theme.ID(parts.prefix(2).joined(separator: ".")),
            workingElement: WorkingElement.ID(workingElement),
            scale: agree5.id,
            reverse: reverse)
    }
}
