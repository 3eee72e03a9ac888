/// Finds the accumulator of a group from the row's interned background values: one hash of a
/// few integers per group the row belongs to, with a one-entry cache per grouping for sorted
/// input.
struct GroupIndex: Sendable {
    /// A group's identity within one scorer: the grouping and the interned value per position
    /// (−1 for "no value", −2 for positions the grouping does not have).
    struct Key: Equatable, Sendable {
        var grouping: Int32
        var v0: Int32 = -2
        var v1: Int32 = -2
        var v2: Int32 = -2
        var v3: Int32 = -2
        var v4: Int32 = -2

        init(grouping: Int) { self.grouping = Int32(grouping) }

        subscript(position: Int) -> Int32 {
            get {
                switch position {
                case 0: v0
                case 1: v1
                case 2: v2
                case 3: v3
                default: v4
                }
            }
            set {
                switch position {
                case 0: v0 = newValue
                case 1: v1 = newValue
                case 2: v2 = newValue
                case 3: v3 = newValue
                default: v4 = newValue
                }
            }
        }
    }

    /// Interned background values: per dimension, value → index and index → value.
    var indices: [[String: Int32]] = Array(repeating: [:], count: GroupDimension.allCases.count)
    /// Per dimension, the values in order of first appearance.
    var names: [[String]] = Array(repeating: [], count: GroupDimension.allCases.count)
    /// Group key → position in the scorer's accumulator list.
    var slots = GroupSlotTable()
    /// Up to this many values per dimension are found by a scan instead of a hash.
    static let scanLimit = 16
    /// The last key looked up per grouping, and its slot.
    var cache: [(key: Key, slot: Int)?] = []

    /// The index of `value` in `dimension`'s table, adding it when new. Dimensions with few
    /// values (perspectives, roles, phases, waves) are scanned, which is cheaper than hashing the
    /// text; repeated values from the decoder share storage, so most comparisons are one word.
    mutating func intern(_ value: String, dimension: Int) -> Int32 {
        let known = names[dimension]
        if known.count <= Self.scanLimit {
            for (index, name) in known.enumerated() where name == value { return Int32(index) }
        } else if let index = indices[dimension][value] {
            return index
        }
        let index = Int32(names[dimension].count)
        names[dimension].append(value)
        indices[dimension][value] = index
        return index
    }

    /// The slot for `key`, or `nil` when the group has no accumulator yet.
    mutating func slot(for key: Key) -> Int? {
        let grouping = Int(key.grouping)
        if grouping < cache.count, let cached = cache[grouping], cached.key == key { return cached.slot }
        guard let slot = slots.slot(for: key) else { return nil }
        remember(key, slot: slot)
        return slot
    }

    /// Records that `key` lives in `slot`.
    mutating func insert(_ key: Key, slot: Int) {
        slots.insert(key, slot: slot)
        remember(key, slot: slot)
    }

    private mutating func remember(_ key: Key, slot: Int) {
        let grouping = Int(key.grouping)
        if grouping >= cache.count { cache += Array(repeating: nil, count: grouping + 1 - cache.count) }
        cache[grouping] = (key, slot)
    }

    /// The group values of `key` as text, `nil` for "no value".
    func values(of key: Key, dimensions: [GroupDimension]) -> [String?] {
        dimensions.enumerated().map { position, dimension in
            let index = key[position]
            return index < 0 ? nil : names[dimensionIndex(dimension)][Int(index)]
        }
    }
}

/// The position of a dimension in ``GroupDimension/allCases``.
@inline(__always)
func dimensionIndex(_ dimension: GroupDimension) -> Int {
    switch dimension {
    case .network: 0
    case .perspective: 1
    case .role: 2
    case .phase: 3
    case .wave: 4
    }
}
