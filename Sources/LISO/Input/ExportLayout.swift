/// The survey tool an export comes from, which decides how many header rows it has, where the
/// item ids and question texts are, and which of its columns are the tool's own.
///
/// The layout is detected from the first rows (``ExportHeader/detect(_:override:)``); the
/// command line's `--layout NAME` overrides it with one of the ``name``s.
public enum ExportLayout: String, CaseIterable, Hashable, Sendable, Codable {
    /// LimeSurvey: one header row of question codes (`Q1[SQ001]`) or of full texts
    /// (`Vraag [Stelling]`); answers as codes (`A4`) or as text.
    case limeSurvey = "limesurvey"
    /// Qualtrics: three header rows (ids, "question - statement" texts, ImportId JSON), or the
    /// legacy two-row form; answers as recode values or as choice text.
    case qualtrics
    /// SurveyMonkey: two header rows, the question and then its statement or "Response".
    case surveyMonkey = "surveymonkey"
    /// Google Forms: `Timestamp` or `Tijdstempel` first, question texts, matrix questions as
    /// `Vraag [Stelling]`, answers as words, ticked boxes joined with ", ".
    case googleForms = "google-forms"
    /// Microsoft Forms (its Excel file saved as CSV): `ID`, `Start time`, `Completion time`,
    /// `Email`, `Name`, then question texts.
    case microsoftForms = "microsoft-forms"
    /// One header row of item ids: the template `liso questionnaire --format csv` prints.
    case generic

    /// The name `--layout` accepts, for example `google-forms`.
    public var name: String { rawValue }

    /// The layout with the given name, ignoring case; `nil` when no layout has it.
    public init?(name: String) {
        let wanted = TextNormalization.normalized(name)
        guard let layout = Self.allCases.first(where: { TextNormalization.normalized($0.name) == wanted }) else {
            return nil
        }
        self = layout
    }

    /// The tool's name as people write it, for messages.
    public var displayName: String {
        switch self {
        case .limeSurvey: "LimeSurvey"
        case .qualtrics: "Qualtrics"
        case .surveyMonkey: "SurveyMonkey"
        case .googleForms: "Google Forms"
        case .microsoftForms: "Microsoft Forms"
        case .generic: "generic"
        }
    }

    /// The tool's own columns that carry no answers (dates, progress, languages), normalised.
    package var metadataColumns: Set<String> {
        let names: [String] =
            switch self {
            case .limeSurvey:
                [
                    "id", "Response ID", "submitdate", "lastpage", "startlanguage", "seed", "startdate",
                    "datestamp", "Date submitted", "Last page", "Start language", "Date started",
                    "Date last action", "Antwoord ID", "Datum verstuurd", "Laatste pagina", "Starttaal",
                    "Datum gestart", "Datum laatste actie", "interviewtime", "Total time", "Totale tijd",
                ]
            case .qualtrics:
                [
                    "StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished",
                    "RecordedDate", "ResponseId", "ResponseID", "ResponseSet", "DistributionChannel",
                    "UserLanguage", "Start Date", "End Date", "Response Type", "Recorded Date", "Response ID",
                    "Distribution Channel", "User Language", "LocationAccuracy", "Q_RecaptchaScore",
                    "Q_RelevantIDDuplicate", "Q_RelevantIDDuplicateScore", "Q_RelevantIDFraudScore",
                    "Q_RelevantIDLastStartDate",
                ]
            case .surveyMonkey:
                ["Respondent ID", "Collector ID", "Start Date", "End Date"]
            case .googleForms:
                ["Timestamp", "Tijdstempel", "Score", "Totaalscore", "Total score"]
            case .microsoftForms:
                [
                    "ID", "Start time", "Completion time", "Last modified time", "Begintijd", "Tijd van voltooien",
                    "Tijd van voltooiing", "Tijdstip van laatste wijziging", "Total points", "Totaal aantal punten",
                    "Quiz feedback",
                ]
            case .generic:
                []
            }
        return Set(names.map(TextNormalization.normalized))
    }

    /// Columns that identify a person in any layout (names, e-mail, IP address, location,
    /// recipient fields), normalised. They are recognised only to be dropped: their values are
    /// never read.
    package static let identifyingColumns: Set<String> = Set(
        [
            "ipaddr", "IP address", "IP-adres", "IPAddress", "IP Address", "refurl", "Referrer URL",
            "Verwijzende URL", "Email", "E-mail", "Email Address", "Email address", "E-mailadres", "emailadres",
            "First Name", "Last Name", "Name", "Naam", "Voornaam", "Achternaam", "RecipientLastName",
            "RecipientFirstName", "RecipientEmail", "Recipient Last Name", "Recipient First Name",
            "Recipient Email", "ExternalReference", "ExternalDataReference", "External Data Reference",
            "LocationLatitude", "LocationLongitude", "Location Latitude", "Location Longitude", "Custom Data 1",
            "Custom Data", "Telefoon", "Telefoonnummer", "Phone", "Phone number", "firstname", "lastname", "token",
            "Token", "EmailAddress",
        ].map(TextNormalization.normalized))
}
