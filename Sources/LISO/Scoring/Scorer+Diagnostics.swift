// The diagnostics of scoring, and their messages.

extension Diagnostic.Kind {
    /// A requested grouping shows no group: no respondent has a value for one of its dimensions.
    public static let emptyGrouping: Self = "empty-grouping"
    /// A wave asked for by name has no respondents (an error: nothing to compare).
    public static let waveMissing: Self = "wave-missing"
}

extension Diagnostic.Message {
    /// `no respondent has a value for 'role', so grouping by 'network,role' shows no group`.
    static func emptyGrouping(missing dimension: GroupDimension, grouping: [GroupDimension]) -> Self {
        let name = GroupDimension.name(of: grouping)
        return Self(
            en: "no respondent has a value for '\(dimension.rawValue)', so grouping by '\(name)' shows no group",
            nl:
                "niemand heeft een waarde voor '\(dimension.rawValue)', dus de indeling naar '\(name)' heeft geen groepen"
        )
    }

    /// `no respondents in wave '2024-voorjaar'; waves found: 2025-najaar, 2025-voorjaar`, or `no
    /// waves at all` when no respondent named a wave.
    package static func noRespondentsInWave(_ wave: String, found: [String]) -> Self {
        let list = found.sorted().joined(separator: ", ")
        return Self(
            en: "no respondents in wave '\(wave)'; " + (found.isEmpty ? "no waves at all" : "waves found: " + list),
            nl: "niemand in meting '\(wave)'; "
                + (found.isEmpty ? "er zijn helemaal geen metingen" : "gevonden metingen: " + list))
    }
}
