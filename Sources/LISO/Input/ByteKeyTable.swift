import Foundation

/// A small read-only map from byte strings to values, looked up with a borrowed buffer so that
/// no array is built per lookup: open addressing on the key's FNV-1a hash, a byte comparison to
/// confirm.
struct ByteKeyTable<Value: Sendable>: Sendable {
    private var keys: [[UInt8]] = []
    private var values: [Value] = []
    private var hashes: [UInt64] = []
    /// Entry index + 1 per slot, 0 for an empty slot; the count is a power of two at least twice
    /// the number of entries.
    private var slots = [Int](repeating: 0, count: 8)

    init() {}

    /// The number of entries.
    var count: Int { keys.count }

    /// Adds `value` under `key` unless the key is already there; returns whether it was added.
    @discardableResult
    mutating func insert(_ key: [UInt8], _ value: Value) -> Bool {
        if self[key] != nil { return false }
        keys.append(key)
        values.append(value)
        hashes.append(key.withUnsafeBufferPointer(Self.hash))
        if keys.count * 2 > slots.count {
            slots = [Int](repeating: 0, count: slots.count * 2)
            for entry in keys.indices { place(entry) }
        } else {
            place(keys.count - 1)
        }
        return true
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry + 1
    }

    /// The value stored under the bytes of `key`, or `nil`.
    ///
    /// - Complexity: O(*n*) in the key's length.
    subscript(key: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot] - 1
            if entry < 0 { return nil }
            if hashes[entry] == hash && Self.equal(keys[entry], key) { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored under `key`, or `nil`.
    subscript(key: [UInt8]) -> Value? {
        key.withUnsafeBufferPointer { self[$0] }
    }

    /// Whether `stored` holds the same bytes as `key`.
    @inline(__always)
    static func equal(_ stored: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count == key.count else { return false }
        return stored.withUnsafeBufferPointer { bytes in
            bytes.isEmpty || memcmp(bytes.baseAddress!, key.baseAddress!, key.count) == 0
        }
    }

    /// The 64-bit FNV-1a hash of `bytes`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
