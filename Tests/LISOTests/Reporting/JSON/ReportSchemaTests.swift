import Foundation
import Testing

@testable import LISO

/// Checks that the JSON report and `DocsSource/report.schema.json` name the same keys.
@Suite struct ReportSchemaTests {
    static let schemaURL = PackagePaths.root.appendingPathComponent("DocsSource/report.schema.json")

    func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: Self.schemaURL)
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func report() throws -> [String: Any] {
        let text = JSONRenderer().render(ReportFixture().report(.english))
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func keys(_ definition: [String: Any]) -> (required: Set<String>, properties: Set<String>) {
        let required = Set(definition["required"] as? [String] ?? [])
        let properties = Set((definition["properties"] as? [String: Any] ?? [:]).keys)
        return (required, properties)
    }

    func check(_ emitted: [String: Any]?, against definition: [String: Any]?, _ name: String) throws {
        let emitted = try #require(emitted, "no '\(name)' in the report")
        let definition = try #require(definition, "no '\(name)' in the schema")
        let (required, properties) = keys(definition)
        #expect(Set(emitted.keys) == required, "'\(name)': emitted keys differ from the schema's required keys")
        #expect(required == properties, "'\(name)': every property of the schema is required")
    }

    @Test func everyObjectOfTheReportHasExactlyTheSchemasRequiredKeys() throws {
        let schema = try schema()
        let json = try report()
        let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
        try check(json, against: schema, "report")
        let overall = json["overall"] as? [String: Any]
        try check(overall, against: definitions["group"], "group")
        let elements = overall?["elements"] as? [[String: Any]]
        try check(elements?.first, against: definitions["element"], "element")
        try check(
            (elements?.first?["itemReliability"] as? [[String: Any]])?.first, against: definitions["itemReliability"],
            "itemReliability")
        try check((overall?["items"] as? [[String: Any]])?.first, against: definitions["item"], "item")
        try check((json["divergence"] as? [[String: Any]])?.first, against: definitions["divergence"], "divergence")
        try check(
            (json["recommendations"] as? [[String: Any]])?.first, against: definitions["recommendation"],
            "recommendation")
        try check((json["diagnostics"] as? [[String: Any]])?.first, against: definitions["diagnostic"], "diagnostic")
        try check((json["sources"] as? [[String: Any]])?.first, against: definitions["source"], "source")
        try check(json["flags"] as? [String: Any], against: definitions["flags"], "flags")
        try check(json["policy"] as? [String: Any], against: definitions["policy"], "policy")
        try check(json["tool"] as? [String: Any], against: definitions["tool"], "tool")
        try check(json["instrument"] as? [String: Any], against: definitions["instrument"], "instrument")
        let comparison = json["comparison"] as? [String: Any]
        try check(comparison, against: definitions["comparison"], "comparison")
        try check(
            (comparison?["elements"] as? [[String: Any]])?.first, against: definitions["elementChange"], "elementChange"
        )
    }

    @Test func theSchemaListsTheCasesOfEveryTypedValue() throws {
        let definitions = try #require(try schema()["$defs"] as? [String: [String: Any]])
        func values(_ definition: String, _ key: String) throws -> [String] {
            let properties = try #require(definitions[definition]?["properties"] as? [String: Any])
            let property = try #require(properties[key] as? [String: Any])
            return (property["enum"] as? [Any] ?? []).compactMap { $0 as? String }
        }
        #expect(try values("source", "layout") == ExportLayout.allCases.map(\.rawValue))
        #expect(try values("source", "encoding") == TextEncoding.allCases.map(\.rawValue))
        #expect(try values("group", "suppressionReason") == SuppressionReason.allCases.map(\.rawValue))
        #expect(try values("element", "alphaNote") == AlphaNote.allCases.map(\.rawValue))
        #expect(try values("elementChange", "note") == ChangeNote.allCases.map(\.rawValue))
    }

    @Test func theSchemaDeclaresVersionOne() throws {
        let properties = try #require(try schema()["properties"] as? [String: Any])
        let version = try #require(properties["schemaVersion"] as? [String: Any])
        #expect(version["const"] as? Int == 1)
        #expect(try report()["schemaVersion"] as? Int == 1)
    }
}
