import Testing

@testable import LISO

@Suite struct DuplicateIdentifiersTests {
    /// Ids drawn from a pool, so some repeat, in numbers that make the set fold its tail many times.
    static func ids(count: Int, pool: UInt64, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in "r\(random.next() % pool)" }
    }

    static func naiveDuplicates(_ ids: [String]) -> Int {
        var counts: [String: Int] = [:]
        for id in ids { counts[id, default: 0] += 1 }
        return counts.values.count { $0 > 1 }
    }

    @Test(arguments: [(300_000, 1_000_000), (200_000, 150_000), (70_000, 10)])
    func countsTheSameDuplicatesAsANaiveCount(count: Int, pool: Int) {
        let ids = Self.ids(count: count, pool: UInt64(pool), seed: UInt64(count + pool))
        var set = DuplicateIdentifiers()
        for id in ids { set.insert(id) }
        #expect(set.duplicateCount == Self.naiveDuplicates(ids))
    }

    @Test func mergedChunksCountLikeOnePass() {
        let ids = Self.ids(count: 250_000, pool: 400_000, seed: 3)
        var chunks: [DuplicateIdentifiers] = []
        for start in stride(from: 0, to: ids.count, by: 60_000) {
            var chunk = DuplicateIdentifiers()
            for id in ids[start..<min(start + 60_000, ids.count)] { chunk.insert(id) }
            chunks.append(chunk)
        }
        var merged = DuplicateIdentifiers()
        for chunk in chunks { merged.merge(chunk) }
        #expect(merged.duplicateCount == Self.naiveDuplicates(ids))
        #expect(merged.hashes.count == Set(ids).count)
    }

    @Test func memoryStaysAtOneHashPerDistinctId() {
        var set = DuplicateIdentifiers()
        for row in 0..<500_000 { set.insert("r\(row % 1_000)") }
        #expect(set.hashes.count < 70_000)
        #expect(set.duplicateCount == 1_000)
    }
}
