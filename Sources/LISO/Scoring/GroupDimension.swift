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
