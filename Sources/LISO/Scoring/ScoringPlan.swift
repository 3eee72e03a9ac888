/// Index tables computed once per scorer, so that scoring a row needs no dictionary lookup per
/// item: item → element, reverse keys, scale values, and the layout of the flat accumulators.
package struct ScoringPlan: Sendable {
    /// How one element's accumulators are laid out.
    package struct ElementLayout: Sendable {
        /// The element.
        package var id: CoreElement.ID
        /// The instrument's items of the element, as item indices.
        package var items: [Int]
        /// Answered items needed for an element score.
        package var required: Int
        /// The first index in the moments buffer: sum and sum of squares of element scores
        /// (two compensated pairs), then one pair per item sum of the listwise-complete set,
        /// then one pair per item cross-product (upper triangle, row by row, diagonal included).
        package var momentOffset: Int
        /// The lowest possible element score: the lowest value of its items' scales.
        package var minimum: Double
        /// The highest possible element score: the highest value of its items' scales.
        package var maximum: Double
        /// Where the element's bands start: its scale's bands when all its items share one
        /// scale, otherwise relative to ``minimum`` and ``maximum``; the policy's thresholds win.
        package var bands: ResponseScale.Bands

        /// The index of the compensated pair of the item sum of the `position`-th item.
        package func itemSumIndex(_ position: Int) -> Int { momentOffset + 4 + 2 * position }

        /// The index of the compensated pair of the cross-product of positions `i` ≤ `j`.
        package func crossIndex(_ i: Int, _ j: Int) -> Int {
            let k = items.count
            let before = i * k - i * (i - 1) / 2
            return momentOffset + 4 + 2 * k + 2 * (before + j - i)
        }

        /// Doubles this element uses in the moments buffer.
        var momentCount: Int { 4 + 2 * items.count + items.count * (items.count + 1) }
    }

    /// The instrument scored.
    package let instrument: Instrument
    /// The framework whose elements, phases and roles the report uses.
    package let framework: EvaluationFramework
    /// The rules in force.
    package let policy: ScoringPolicy
    /// Every grouping accumulated, reported ones first.
    package let groupings: [Grouping]
    /// The element index of each item, or −1 when the element is unknown.
    package let itemElement: [Int]
    /// Whether each item is reverse-keyed.
    package let itemReverse: [Bool]
    /// The scale values of each item, lowest first.
    package let itemScaleValues: [[Double]]
    /// Minimum plus maximum of each item's scale, for reverse keying.
    package let itemMirror: [Double]
    /// The first scale value of each item when its values are consecutive integers.
    package let itemConsecutiveStart: [Double?]
    /// The first histogram bin of each item: one bin per scale value, then "don't know",
    /// unanswered and invalid.
    package let itemBinOffset: [Int]
    /// Histogram bins in all.
    package let binCount: Int
    /// The elements in report order: framework order, then unknown elements in item order.
    package let elements: [ElementLayout]
    /// Doubles in the moments buffer.
    package let momentCount: Int
    /// Whether every scale value is an integer, so that item sums and cross-products are exact
    /// in binary floating point and need no compensation.
    package let exactItemSums: Bool

    /// Builds the tables for an instrument, framework and policy.
    package init(instrument: Instrument, framework: EvaluationFramework, policy: ScoringPolicy) {
        self.instrument = instrument
        self.framework = framework
        self.policy = policy
        groupings = Grouping.all(for: policy)

        var elementIDs = framework.elements.map(\.id)
        for item in instrument.items where !elementIDs.contains(item.element) { elementIDs.append(item.element) }
        var itemsByElement = [[Int]](repeating: [], count: elementIDs.count)
        var itemElement: [Int] = []
        var scaleValues: [[Double]] = []
        var consecutiveStart: [Double?] = []
        var binOffset: [Int] = []
        var bins = 0
        var exact = true
        for (index, item) in instrument.items.enumerated() {
            let element = elementIDs.firstIndex(of: item.element) ?? -1
            itemElement.append(element)
            if element >= 0 { itemsByElement[element].append(index) }
            let values = (instrument.scale(of: item)?.values.map(\.value) ?? []).sorted()
            scaleValues.append(values)
            exact = exact && values.allSatisfy { $0 == $0.rounded() && abs($0) < 1e6 }
            let isConsecutive =
                !values.isEmpty && values.enumerated().allSatisfy { $0.element == values[0] + Double($0.offset) }
                && values[0] == values[0].rounded()
            consecutiveStart.append(isConsecutive ? values[0] : nil)
            binOffset.append(bins)
            bins += values.count + 3
        }
        itemMirror = scaleValues.map { ($0.first ?? 0) + ($0.last ?? 0) }
        // A fraction outside [0, 2] means the same as its nearest bound; NaN means the default.
        let given = policy.minimumAnsweredFraction
        let fraction = given.isNaN ? ScoringPolicy.standard.minimumAnsweredFraction : min(max(given, 0), 2)
        var layouts: [ElementLayout] = []
        var offset = 0
        for (index, id) in elementIDs.enumerated() {
            let items = itemsByElement[index]
            let required = max(1, Int((fraction * Double(items.count) - 1e-9).rounded(.up)))
            let minimum = items.map { scaleValues[$0].first ?? 0 }.min() ?? 0
            let maximum = items.map { scaleValues[$0].last ?? 0 }.max() ?? 0
            let scales = Set(items.map { instrument.items[$0].scale })
            let shared = scales.count == 1 ? scales.first.flatMap { instrument.scale($0) } : nil
            let bands = policy.bands(on: shared?.bands ?? ResponseScale.Bands(minimum: minimum, maximum: maximum))
            let layout = ElementLayout(
                id: id, items: items, required: required, momentOffset: offset, minimum: minimum, maximum: maximum,
                bands: bands)
            layouts.append(layout)
            offset += layout.momentCount
        }
        self.itemElement = itemElement
        itemReverse = instrument.items.map(\.reverse)
        itemScaleValues = scaleValues
        itemConsecutiveStart = consecutiveStart
        itemBinOffset = binOffset
        binCount = bins
        elements = layouts
        momentCount = offset
        exactItemSums = exact
    }

    /// The policy as a result records it: with the bands in force when every element with items
    /// has the same bands (the built-in instrument: 4.0 and 3.0), `nil` thresholds otherwise.
    package var policyInForce: ScoringPolicy {
        var recorded = policy
        let bands = Set(elements.filter { !$0.items.isEmpty }.map(\.bands))
        if bands.count == 1, let shared = bands.first {
            recorded.strengthThreshold = shared.strength
            recorded.attentionThreshold = shared.attention
        }
        return recorded
    }

    /// The scored value of an item after reverse keying.
    @inline(__always)
    package func keyed(item: Int, value: Double) -> Double {
        itemReverse[item] ? itemMirror[item] - value : value
    }
}
