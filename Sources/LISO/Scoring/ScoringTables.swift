/// The plan's index tables as flat, immutable buffers read on the hot path without reference
/// counting or bounds checks. Written once in `init`, never after, so sharing between
/// concurrent scorers is safe.
final class ScoringTables: @unchecked Sendable {
    /// Items in the instrument.
    let itemCount: Int
    /// Elements in the plan.
    let elementCount: Int
    /// Doubles in the moments buffer before the extremes (four per element).
    let pairCount: Int
    /// Per item: first histogram bin.
    let binOffset: UnsafeMutablePointer<Int>
    /// Per item: number of scale values.
    let valueCount: UnsafeMutablePointer<Int>
    /// Per item: first scale value when the values are consecutive integers, else NaN.
    let start: UnsafeMutablePointer<Double>
    /// Per item: where its values start in ``rawValues`` and ``keyedValues``.
    let valueOffset: UnsafeMutablePointer<Int>
    /// Every item's scale values, lowest first.
    let rawValues: UnsafeMutablePointer<Double>
    /// Every item's scale values after reverse keying.
    let keyedValues: UnsafeMutablePointer<Double>
    /// Per element: where its items start in ``elementItems``, plus one end entry.
    let itemStart: UnsafeMutablePointer<Int>
    /// The item indices of every element, element after element.
    let elementItems: UnsafeMutablePointer<Int>
    /// Per element: answered items needed for a score.
    let required: UnsafeMutablePointer<Int>
    /// Per element: first index in the moments buffer, plus one end entry.
    let momentStart: UnsafeMutablePointer<Int>

    private static func copy<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, values.count))
        pointer.initialize(from: values, count: values.count)
        return pointer
    }

    init(plan: ScoringPlan) {
        itemCount = plan.itemElement.count
        elementCount = plan.elements.count
        pairCount = plan.momentCount
        var offsets: [Int] = []
        var raw: [Double] = []
        var keyed: [Double] = []
        for item in 0..<itemCount {
            offsets.append(raw.count)
            raw += plan.itemScaleValues[item]
            keyed += plan.itemScaleValues[item].map { plan.keyed(item: item, value: $0) }
        }
        binOffset = Self.copy(plan.itemBinOffset)
        valueCount = Self.copy(plan.itemScaleValues.map(\.count))
        start = Self.copy(plan.itemConsecutiveStart.map { $0 ?? .nan })
        valueOffset = Self.copy(offsets)
        rawValues = Self.copy(raw)
        keyedValues = Self.copy(keyed)
        itemStart = Self.copy([0] + plan.elements.reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1.items.count) })
        elementItems = Self.copy(plan.elements.flatMap(\.items))
        required = Self.copy(plan.elements.map(\.required))
        momentStart = Self.copy(plan.elements.map(\.momentOffset) + [plan.momentCount])
    }

    deinit {
        for pointer in [binOffset, valueCount, valueOffset, itemStart, elementItems, required, momentStart] {
            pointer.deallocate()
        }
        for pointer in [start, rawValues, keyedValues] { pointer.deallocate() }
    }

    /// The position of a raw value on an item's scale, or −1 when it is not a scale value.
    ///
    /// - Complexity: O(1) for consecutive integer scales, otherwise O(*values*).
    @inline(__always)
    func valueIndex(item: Int, value: Double) -> Int {
        let first = start[item]
        let values = valueCount[item]
        if !first.isNaN {
            let position = value - first
            guard position >= 0, position < Double(values) else { return -1 }
            let index = Int(position)
            return Double(index) == position ? index : -1
        }
        let base = valueOffset[item]
        for index in 0..<values where rawValues[base + index] == value { return index }
        return -1
    }
}
