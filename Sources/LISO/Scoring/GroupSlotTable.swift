/// Group key → accumulator slot, as an open-addressing table with a multiplicative hash of the
/// key's two words: the scorer looks a key up for every group of every row, and the standard
/// library's seeded hashing costs more than the rest of the lookup.
struct GroupSlotTable: Sendable {
    private var keys: [GroupIndex.Key?] = Array(repeating: nil, count: 16)
    private var slots: [Int] = Array(repeating: 0, count: 16)
    private(set) var count = 0

    /// The slot stored for `key`, if any.
    ///
    /// - Complexity: O(1) expected.
    func slot(for key: GroupIndex.Key) -> Int? {
        let mask = keys.count - 1
        var position = Self.hash(key) & mask
        while let stored = keys[position] {
            if stored == key { return slots[position] }
            position = (position + 1) & mask
        }
        return nil
    }

    /// Stores `slot` for `key`, which must not be in the table yet.
    mutating func insert(_ key: GroupIndex.Key, slot: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var position = Self.hash(key) & mask
        while keys[position] != nil { position = (position + 1) & mask }
        keys[position] = key
        slots[position] = slot
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, slots).compactMap { key, slot in key.map { ($0, slot) } }
        keys = Array(repeating: nil, count: keys.count * 2)
        slots = Array(repeating: 0, count: slots.count * 2)
        count = 0
        for (key, slot) in old { insert(key, slot: slot) }
    }

    private static func hash(_ key: GroupIndex.Key) -> Int {
        let first = UInt64(UInt32(bitPattern: key.grouping)) << 32 | UInt64(UInt32(bitPattern: key.v0))
        let second =
            UInt64(UInt16(truncatingIfNeeded: key.v1)) << 48 | UInt64(UInt16(truncatingIfNeeded: key.v2)) << 32
            | UInt64(UInt16(truncatingIfNeeded: key.v3)) << 16 | UInt64(UInt16(truncatingIfNeeded: key.v4))
        let mixed = (first &* 0x9E37_79B9_7F4A_7C15) ^ (second &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 29))
    }
}
