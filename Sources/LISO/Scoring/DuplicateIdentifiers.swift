/// Finds respondent ids that occur more than once, keeping only a 64-bit FNV-1a hash per
/// distinct id (8 bytes each, never the id itself). Two ids whose hashes collide would count as
/// one duplicate; with 64-bit hashes that is vanishingly unlikely below billions of ids.
///
/// The hashes live in one flat array: a sorted, duplicate-free prefix and the hashes added since,
/// which are folded in (sorted, repeats moved to ``repeated``) whenever the tail is as long as the
/// prefix. That keeps about 8 bytes per distinct id, half of what a hash set needs, and makes
/// ``merge(_:)`` an append.
package struct DuplicateIdentifiers: Hashable, Sendable {
    /// The sorted, distinct hashes (the first ``sortedCount``) followed by hashes not yet folded in.
    package private(set) var hashes: [UInt64] = []
    /// How many leading hashes are sorted and distinct.
    package private(set) var sortedCount = 0
    /// Hashes of ids seen more than once.
    package private(set) var repeated: Set<UInt64> = []

    /// The tail length below which hashes are not folded in.
    private static let minimumTail = 1 << 16

    /// Creates an empty set.
    package init() {}

    /// Records one occurrence of `id`.
    ///
    /// - Complexity: Amortised O(log *n*) for *n* distinct ids.
    package mutating func insert(_ id: String) {
        hashes.append(Self.hash(id))
        if hashes.count - sortedCount >= max(Self.minimumTail, sortedCount) { fold() }
    }

    /// Adds the occurrences another set recorded.
    package mutating func merge(_ other: DuplicateIdentifiers) {
        hashes.append(contentsOf: other.hashes)
        repeated.formUnion(other.repeated)
        fold()
    }

    /// Distinct ids that occurred more than once.
    ///
    /// - Complexity: O(1) when every hash is folded in; otherwise O(*n* log *n*) on a copy.
    package var duplicateCount: Int {
        if sortedCount == hashes.count { return repeated.count }
        var copy = self
        copy.fold()
        return copy.repeated.count
    }

    /// Sorts every hash, moves hashes that occur more than once to ``repeated`` and keeps one of each.
    private mutating func fold() {
        hashes.sort()
        var kept = 0
        var index = 0
        while index < hashes.count {
            let hash = hashes[index]
            var next = index + 1
            while next < hashes.count && hashes[next] == hash { next += 1 }
            if next - index > 1 { repeated.insert(hash) }
            hashes[kept] = hash
            kept += 1
            index = next
        }
        hashes.removeLast(hashes.count - kept)
        sortedCount = kept
    }

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
