/// A background field by which respondents are grouped.
public enum GroupDimension: String, CaseIterable, Hashable, Sendable, Codable, CodingKeyRepresentable {
    /// The network the respondent belongs to.
    case network
    /// The respondent's perspective.
    case perspective
    /// The respondent's role.
    case role
    /// The phase the respondent thinks the network is in.
    case phase
    /// The wave (measurement moment).
    case wave
}

extension GroupDimension {
    /// The name of the whole set where a grouping is named: `all`.
    public static let wholeSetName = "all"

    /// The name of a grouping as the JSON report and diagnostics write it: the dimensions joined
    /// by `,` (`network,perspective`), or `all` for the whole set (no dimensions).
    public static func name(of dimensions: [GroupDimension]) -> String {
        dimensions.isEmpty ? wholeSetName : dimensions.map(\.rawValue).joined(separator: ",")
    }

    /// The dimensions a grouping's name stands for; `[]` for `all`, `nil` when a part is unknown.
    public static func dimensions(named name: String) -> [GroupDimension]? {
        guard name != wholeSetName else { return [] }
        let parts = name.split(separator: ",", omittingEmptySubsequences: false).map {
            GroupDimension(rawValue: String($0))
        }
        return parts.contains(nil) ? nil : parts.compactMap { $0 }
    }
}
