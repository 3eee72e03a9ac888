/// Finds respondent ids that occur more than once, keeping only a 64-bit FNV-1a hash per
/// distinct id (8 bytes each, never the id itself). Two ids whose hashes collide would count as
/// one duplicate; with 64-bit hashes that is vanishingly unlikely below billions of ids.
package struct DuplicateIdentifiers: Hashable, Sendable {
    /// Hashes of every id seen.
    package var seen: Set<UInt64> = []
    /// Hashes of ids seen more than once.
    package var repeated: Set<UInt64> = []

    /// Creates an empty set.
    package init() {}

    /// Records one occurrence of `id`.
    package mutating func insert(_ id: String) {
        let hash = Self.hash(id)
        if !seen.insert(hash).inserted { repeated.insert(hash) }
    }

    /// Adds the occurrences another set recorded.
    package mutating func merge(_ other: DuplicateIdentifiers) {
        repeated.formUnion(other.repeated)
        for hash in other.seen where !seen.insert(hash).inserted { repeated.insert(hash) }
    }

    /// Distinct ids that occurred more than once.
    package var duplicateCount: Int { repeated.count }

    /// The 64-bit FNV-1a hash of the id's UTF-8 bytes: stable across runs and machines.
    package static func hash(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
