import Foundation
import Testing

@testable import LISO

/// Compares two encodable values figure by figure: same shape, same text, numbers equal to
/// within `tolerance` relative (absolute below 1).
enum ResultComparison {
    static func differences<T: Encodable>(_ left: T, _ right: T, tolerance: Double) throws -> [String] {
        let encoder = JSONEncoder()
        let a = try JSONSerialization.jsonObject(with: encoder.encode(left), options: [.fragmentsAllowed])
        let b = try JSONSerialization.jsonObject(with: encoder.encode(right), options: [.fragmentsAllowed])
        var found: [String] = []
        compare(a, b, path: "$", tolerance: tolerance, into: &found)
        return found
    }

    private static func compare(_ a: Any, _ b: Any, path: String, tolerance: Double, into found: inout [String]) {
        guard found.count < 20 else { return }
        switch (a, b) {
        case (let a as [String: Any], let b as [String: Any]):
            if Set(a.keys) != Set(b.keys) { found.append("\(path): keys \(a.keys.sorted()) vs \(b.keys.sorted())") }
            for (key, value) in a {
                if let other = b[key] {
                    compare(value, other, path: "\(path).\(key)", tolerance: tolerance, into: &found)
                }
            }
        case (let a as [Any], let b as [Any]):
            if a.count != b.count { found.append("\(path): \(a.count) vs \(b.count) entries") }
            for (index, (x, y)) in zip(a, b).enumerated() {
                compare(x, y, path: "\(path)[\(index)]", tolerance: tolerance, into: &found)
            }
        case (let a as NSNumber, let b as NSNumber):
            let x = a.doubleValue
            let y = b.doubleValue
            if abs(x - y) > tolerance * max(1, abs(y)) { found.append("\(path): \(x) vs \(y)") }
        case (let a as String, let b as String):
            if a != b { found.append("\(path): '\(a)' vs '\(b)'") }
        case (is NSNull, is NSNull):
            break
        default:
            found.append("\(path): \(a) vs \(b)")
        }
    }
}
