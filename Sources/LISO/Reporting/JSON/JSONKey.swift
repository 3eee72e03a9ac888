/// A coding key made from any string; the hand-written encoders of the report use it so that
/// every key, including absent values, is written.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ stringValue: String) { self.stringValue = stringValue }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer where Key == JSONKey {
    /// Writes a value, or `null` when it is absent.
    mutating func write<Value: Encodable>(_ value: Value?, _ key: String) throws {
        if let value { try encode(value, forKey: JSONKey(key)) } else { try encodeNil(forKey: JSONKey(key)) }
    }

    /// Writes a number, or `null` when it is absent or not finite: the report never holds `NaN`.
    mutating func write(_ value: Double?, _ key: String) throws {
        if let value, value.isFinite {
            try encode(value, forKey: JSONKey(key))
        } else {
            try encodeNil(forKey: JSONKey(key))
        }
    }

    /// Writes a list of numbers, or `null` when it is absent or any number is not finite.
    mutating func write(_ values: [Double]?, _ key: String) throws {
        if let values, values.allSatisfy(\.isFinite) {
            try encode(values, forKey: JSONKey(key))
        } else {
            try encodeNil(forKey: JSONKey(key))
        }
    }
}
