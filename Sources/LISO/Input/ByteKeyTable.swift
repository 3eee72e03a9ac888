import Foundation

/// A small read-only map from byte strings to values, looked up with a borrowed buffer so that
/// no array is built per lookup: open addressing on the key's FNV-1a hash, a byte comparison to
/// confirm.
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// Every key's bytes, back to back; key `i` is `keyBytes[keyStarts[i]..<keyStarts[i + 1]]`.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]
    private var values: [Value] = []
    private var hashes: [UInt64] = []
    /// Entry index + 1 per slot, 0 for an empty slot; the count is a power of two at least twice
    /// the number of entries.
    private var slots = [Int](repeating: 0, count: 8)

    init() {}

    /// The number of entries.
    var count: Int { values.count }

    /// Adds `value` under `key` unless the key is already there; returns whether it was added.
    @discardableResult
    mutating func insert(_ key: [UInt8], _ value: Value) -> Bool {
        if self[key] != nil { return false }
        keyBytes.append(contentsOf: key)
        keyStarts.append(keyBytes.count)
        values.append(value)
        hashes.append(key.withUnsafeBufferPointer(Self.hash))
        if values.count * 2 > slots.count {
            slots = [Int](repeating: 0, count: slots.count * 2)
            for entry in values.indices { place(entry) }
        } else {
            place(values.count - 1)
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
            if hashes[entry] == hash && matches(entry, key) { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored under `key`, or `nil`.
    subscript(key: [UInt8]) -> Value? {
        key.withUnsafeBufferPointer { self[$0] }
    }

    /// Whether entry `entry`'s key holds the same bytes as `key`.
    @inline(__always)
    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[entry]
        guard keyStarts[entry + 1] - start == key.count else { return false }
        if key.isEmpty { return true }
        return keyBytes.withUnsafeBufferPointer { bytes in
            memcmp(bytes.baseAddress! + start, key.baseAddress!, key.count) == 0
        }
    }

    /// Whether `stored` holds the same bytes as `key`.
    @inline(__always)
    static func equal(_ stored: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count == key.count else { return false }
        return stored.withUnsafeBufferPointer { bytes in
            bytes.isEmpty || memcmp(bytes.baseAddress!, key.baseAddress!, key.count) == 0
        }
    }

    /// A hash of `bytes` from their length and their first and last eight bytes, so that it
    /// costs the same for every key; the byte comparison settles collisions.
    ///
    /// - Complexity: O(1).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var head: UInt64 = 0
        var tail: UInt64 = 0
        if count >= 8 {
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            for index in 0..<count { head |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        }
        var hash = (head &* 0x9E37_79B9_7F4A_7C15) ^ (tail &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }
}
