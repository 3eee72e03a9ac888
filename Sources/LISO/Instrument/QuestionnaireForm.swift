/// Which form of the built-in questionnaire to use.
public enum QuestionnaireForm: String, CaseIterable, Hashable, Sendable, Codable {
    /// The full form: five items per core element.
    case full
    /// The short form: two items per core element, a subset of the full form with the same ids.
    case short
}
