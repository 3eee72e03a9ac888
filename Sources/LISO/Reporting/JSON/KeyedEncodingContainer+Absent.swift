// The report's rule for absent values: every key is written, an absent value as `null`, and a
// number that is not finite as `null` too, so that the JSON never holds `NaN` and encoding never
// fails. The hand-written encoders of the report use these with each type's own `CodingKeys`.

extension KeyedEncodingContainer {
    /// Writes a value, or `null` when it is absent.
    mutating func encodeOrNull<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    /// Writes a number, or `null` when it is absent or not finite.
    mutating func encodeOrNull(_ value: Double?, forKey key: Key) throws {
        if let value, value.isFinite { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    /// Writes an interval as `[low, high]`, or `null` when it is absent or a bound is not finite.
    mutating func encodeOrNull(_ interval: ConfidenceInterval?, forKey key: Key) throws {
        if let interval, interval.isFinite { try encode(interval, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
