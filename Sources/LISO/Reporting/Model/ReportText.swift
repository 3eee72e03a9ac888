/// Every fixed text of a report, Dutch and English side by side; templates mark their blanks
/// with `{name}` (filled with ``Swift/String/filled(_:)``). Read through ``ReportStrings``.
package struct ReportText: LocalizedTable {
    package static let shared = ReportText()

    // Titles of the report and its sections, table headers and labels.
    let title = LocalizedText(nl: "Evaluatie van leernetwerken", en: "Evaluation of learning networks")
    let subtitle = LocalizedText(
        nl: "Rapport volgens de kernelementen van LISO",
        en: "Report by the core elements of LISO")
    let summary = LocalizedText(nl: "Samenvatting", en: "Summary")
    let whoAnswered = LocalizedText(nl: "Wie heeft geantwoord", en: "Who answered")
    let elements = LocalizedText(nl: "Kernelementen", en: "Core elements")
    let comparisons = LocalizedText(nl: "Groepen naast elkaar", en: "Groups side by side")
    let divergence = LocalizedText(nl: "Waar de beelden verschillen", en: "Where views differ")
    let trekkersAndMembers = LocalizedText(nl: "Trekkers en leden", en: "Network leads and members")
    let recommendations = LocalizedText(nl: "Vragen voor de volgende bijeenkomst", en: "Questions for the next meeting")
    let waves = LocalizedText(nl: "Verandering tussen metingen", en: "Change between waves")
    let dataQuality = LocalizedText(nl: "Kwaliteit van de gegevens", en: "Data quality")
    let method = LocalizedText(nl: "Werkwijze", en: "Method")
    let element = LocalizedText(nl: "Kernelement", en: "Core element")
    let mean = LocalizedText(nl: "Gemiddelde", en: "Mean")
    let ci95 = LocalizedText(nl: "95%-BI", en: "95% CI")
    let score100 = LocalizedText(nl: "Score 0–100", en: "Score 0–100")
    let band = LocalizedText(nl: "Oordeel", en: "Band")
    let n = LocalizedText(nl: "n", en: "n")
    let sd = LocalizedText(nl: "SD", en: "SD")
    let alpha = LocalizedText(nl: "Alfa", en: "Alpha")
    let rwg = LocalizedText(nl: "rwg", en: "rwg")
    let item = LocalizedText(nl: "Stelling", en: "Statement")
    let group = LocalizedText(nl: "Groep", en: "Group")
    let respondents = LocalizedText(nl: "Respondenten", en: "Respondents")
    let itemRest = LocalizedText(nl: "Samenhang", en: "Item–rest")
    let alphaIfDeleted = LocalizedText(nl: "Alfa zonder", en: "Alpha if deleted")
    let statements = LocalizedText(nl: "Stellingen", en: "Statements")
    let reverseKeyed = LocalizedText(nl: "omgekeerd gescoord", en: "reverse-scored")
    let figure = LocalizedText(nl: "Gegeven", en: "Figure")
    let value = LocalizedText(nl: "Waarde", en: "Value")
    let yes = LocalizedText(nl: "ja", en: "yes")
    let no = LocalizedText(nl: "nee", en: "no")
    let allRespondents = LocalizedText(nl: "Alle respondenten", en: "All respondents")
    let strongest = LocalizedText(nl: "Sterkste elementen", en: "Strongest elements")
    let weakest = LocalizedText(nl: "Zwakste elementen", en: "Weakest elements")
    let phase = LocalizedText(nl: "Fase", en: "Phase")
    let unknown = LocalizedText(nl: "onbekend", en: "unknown")
    let rowsRead = LocalizedText(nl: "Gelezen rijen", en: "Rows read")
    let rowsRejected = LocalizedText(nl: "Niet meegeteld", en: "Rows not scored")
    let network = LocalizedText(nl: "Netwerk", en: "Network")
    let perspective = LocalizedText(nl: "Perspectief", en: "Perspective")
    let role = LocalizedText(nl: "Rol", en: "Role")
    let wave = LocalizedText(nl: "Meting", en: "Wave")
    let strength = LocalizedText(nl: "sterk punt", en: "strength")
    let attention = LocalizedText(nl: "aandachtspunt", en: "needs attention")
    let concern = LocalizedText(nl: "zorgpunt", en: "concern")
    let dontKnow = LocalizedText(nl: "Weet niet", en: "Don’t know")
    let unanswered = LocalizedText(nl: "Niet ingevuld", en: "Unanswered")
    let invalid = LocalizedText(nl: "Ongeldig", en: "Invalid")

    // Sentences and templates.
    let suppressionRule = LocalizedText(
        nl:
            "Groepen met minder dan {respondents} tonen alleen hun aantal; van zo’n groep staat nergens in dit rapport een cijfer.",
        en:
            "Groups with fewer than {respondents} show their count only; no figure of such a group appears anywhere in this report."
    )
    let suppressedCell = LocalizedText(nl: "verborgen (n = {n})", en: "hidden (n = {n})")
    let complementary = LocalizedText(
        nl: "verborgen, zodat een kleine groep niet terug te rekenen is",
        en: "hidden so that a small group cannot be worked out by subtraction")
    let allHidden = LocalizedText(
        nl: "Alle groepen hier zijn te klein om cijfers te tonen; hun aantallen staan bij ‘{whoAnswered}’.",
        en: "Every group here is too small to show figures; their counts are under ‘{whoAnswered}’.")
    let overallSuppressed = LocalizedText(
        nl: "Er zijn te weinig respondenten om cijfers te tonen.",
        en: "There are too few respondents to show any figure.")
    let elementsIntro = LocalizedText(
        nl:
            "Per kernelement: het gemiddelde op de schaal {scale} met het 95%-betrouwbaarheidsinterval, de score op 0–100, het oordeel en het aantal respondenten (n). Sterk punt vanaf {strength}, aandachtspunt vanaf {attention}, daaronder zorgpunt.",
        en:
            "Per core element: the mean on the {scale} scale with its 95% confidence interval, the score on 0–100, the band and the number of respondents (n). Strength from {strength}, needs attention from {attention}, concern below that."
    )
    let question = LocalizedText(
        nl: "Hoe zorgen we ervoor dat dit in ons netwerk geldt: ‘{statement}’?",
        en: "How do we make sure this holds in our network: ‘{statement}’?")
    let fallbackQuestion = LocalizedText(
        nl: "Wat is er nodig om ‘{element}’ in ons netwerk te versterken?",
        en: "What would it take to strengthen ‘{element}’ in our network?")
    let recommendationsIntro = LocalizedText(
        nl:
            "Voor elk element dat aandacht of zorg vraagt: de werkzame elementen die in de fase van het netwerk het meest tellen, als vragen om samen te bespreken. Zwakste element eerst.",
        en:
            "For every element that needs attention or is a concern: the working elements that matter most in the network’s phase, as questions to discuss together. Weakest element first."
    )
    let noRecommendations = LocalizedText(
        nl: "Geen element vraagt nu om aandacht.",
        en: "No element needs attention now.")
    let divergenceIntro = LocalizedText(
        nl: "Een verschil van {threshold} of meer tussen de hoogste en de laagste groep is gemarkeerd (⚑).",
        en: "A difference of {threshold} or more between the highest and the lowest group is flagged (⚑).")
    let perspectivesKind = LocalizedText(nl: "Perspectieven", en: "Perspectives")
    let trekkersKind = LocalizedText(
        nl: "Verschil trekkers en andere deelnemers", en: "Leads minus other members")
    let difference = LocalizedText(nl: "Verschil", en: "Difference")
    let highest = LocalizedText(nl: "Hoogst", en: "Highest")
    let lowest = LocalizedText(nl: "Laagst", en: "Lowest")
    let flagged = LocalizedText(nl: "Gemarkeerd", en: "Flagged")
    let noDivergence = LocalizedText(nl: "Geen verschillen berekend.", en: "No differences computed.")
    let per = LocalizedText(nl: "Per {dimension}", en: "By {dimension}")
    let wavesIntro = LocalizedText(
        nl:
            "Verandering per element van ‘{before}’ naar ‘{after}’, met het 95%-betrouwbaarheidsinterval van het verschil (Welch).",
        en:
            "Change per element from ‘{before}’ to ‘{after}’, with the 95% confidence interval of the difference (Welch)."
    )
    let before = LocalizedText(nl: "Voor", en: "Before")
    let after = LocalizedText(nl: "Na", en: "After")
    let change = LocalizedText(nl: "Verandering", en: "Change")
    let hedgesG = LocalizedText(nl: "Hedges’ g", en: "Hedges’ g")
    let likelyReal = LocalizedText(nl: "Echt verschil", en: "Likely real")
    let files = LocalizedText(nl: "Bestanden", en: "Files")
    let file = LocalizedText(nl: "Bestand", en: "File")
    let layout = LocalizedText(nl: "Indeling", en: "Layout")
    let encoding = LocalizedText(nl: "Tekenset", en: "Encoding")
    let cells = LocalizedText(nl: "Cellen", en: "Cells")
    let straightliners = LocalizedText(
        nl: "Steeds hetzelfde antwoord (vanaf {statements})",
        en: "Same answer throughout (from {statements})")
    let duplicateIds = LocalizedText(nl: "Dubbele respondentnummers", en: "Duplicate respondent ids")
    let multiSelect = LocalizedText(
        nl: "Meer dan één keuze bij {dimension}",
        en: "More than one choice for {dimension}")
    let diagnostics = LocalizedText(nl: "Meldingen", en: "Diagnostics")
    let severity = LocalizedText(nl: "Ernst", en: "Severity")
    let kind = LocalizedText(nl: "Soort", en: "Kind")
    let count = LocalizedText(nl: "Aantal", en: "Count")
    let noDiagnostics = LocalizedText(nl: "Geen meldingen.", en: "No diagnostics.")
    let note = LocalizedText(nl: "opmerking", en: "note")
    let warning = LocalizedText(nl: "waarschuwing", en: "warning")
    let error = LocalizedText(nl: "fout", en: "error")
    let instrument = LocalizedText(nl: "Vragenlijst", en: "Instrument")
    let framework = LocalizedText(nl: "Kader", en: "Framework")
    let tool = LocalizedText(nl: "Programma", en: "Tool")
    let provenance = LocalizedText(
        nl:
            "De stellingen zijn door dit project afgeleid van de werkzame elementen van LISO; de LISO-publicaties bevatten zelf geen vragenlijst.",
        en:
            "Items derived from LISO working elements by this project; the LISO publications contain no questionnaire of their own."
    )
    let methodText = LocalizedText(
        nl:
            "Een respondent krijgt een score op een element als die minstens {fraction} van de stellingen van dat element heeft beantwoord; de score is het gemiddelde van die antwoorden (negatief geformuleerde stellingen omgekeerd). Per groep: gemiddelde, standaarddeviatie en 95%-betrouwbaarheidsinterval volgens Student’s t; score 0–100 = (gemiddelde − minimum) / (maximum − minimum) × 100; alfa van Cronbach op respondenten die alle stellingen van het element beantwoordden. ‘Weet niet’ telt nooit als score.",
        en:
            "A respondent has a score on an element when they answered at least {fraction} of its statements; the score is the mean of those answers (negatively worded statements reversed). Per group: mean, standard deviation and 95% confidence interval by Student’s t; score 0–100 = (mean − minimum) / (maximum − minimum) × 100; Cronbach’s alpha on respondents who answered every statement of the element. ‘Don’t know’ never counts as a score."
    )
    let minimumAnsweredFraction = LocalizedText(
        nl: "Minimaal beantwoord deel per element",
        en: "Minimum answered share per element")
    let minimumGroupSize = LocalizedText(nl: "Minimale groepsgrootte", en: "Minimum group size")
    let divergenceThreshold = LocalizedText(nl: "Drempel voor een verschil", en: "Threshold for a difference")
    let strengthThreshold = LocalizedText(nl: "Grens sterk punt", en: "Strength from")
    let attentionThreshold = LocalizedText(nl: "Grens aandachtspunt", en: "Needs attention from")
    let straightlinerMinimumItems = LocalizedText(
        nl: "Stellingen voor de controle op steeds hetzelfde antwoord",
        en: "Statements for the same-answer check")
    let madeWith = LocalizedText(nl: "Gemaakt met {tool} {version}", en: "Made with {tool} {version}")
    let tooFewRespondents = LocalizedText(nl: "te weinig volledige antwoorden", en: "too few complete answers")
    let tooFewItems = LocalizedText(nl: "te weinig stellingen", en: "too few statements")
    let zeroVariance = LocalizedText(nl: "geen spreiding", en: "no variance")
    let lollipopCaption = LocalizedText(
        nl: "Gemiddelde per kernelement met 95%-betrouwbaarheidsinterval (schaal {scale})",
        en: "Mean per core element with 95% confidence interval (scale {scale})")
    let comparisonCaption = LocalizedText(
        nl: "Gemiddelde per kernelement, per {dimension}",
        en: "Mean per core element, by {dimension}")
    let distributionCaption = LocalizedText(
        nl: "Antwoorden per stelling van ‘{element}’",
        en: "Answers per statement of ‘{element}’")
    let waveCaption = LocalizedText(
        nl: "Verandering per kernelement met 95%-betrouwbaarheidsinterval",
        en: "Change per core element with 95% confidence interval")
    let changeScale = LocalizedText(nl: "verschil op de schaal {scale}", en: "difference on the {scale} scale")
    let changeLegend = LocalizedText(
        nl: "gevulde stip: het interval bevat geen nul",
        en: "filled dot: the interval excludes zero")
    let networks = LocalizedText(nl: "Netwerken", en: "Networks")
    let strongestOne = LocalizedText(nl: "Sterkste: {element}", en: "Strongest: {element}")
    let weakestOne = LocalizedText(nl: "Zwakste: {element}", en: "Weakest: {element}")
    let hidden = LocalizedText(nl: "verborgen", en: "hidden")
    let otherMembers = LocalizedText(nl: "Andere deelnemers", en: "Other members")
    let moreQuestions = LocalizedText(
        nl: "En nog {workingElements}; ‘liso framework’ toont ze allemaal.",
        en: "And {workingElements}; ‘liso framework’ lists them all.")
    let titleOfOne = LocalizedText(
        nl: "Evaluatie van het leernetwerk ‘{network}’",
        en: "Evaluation of the learning network ‘{network}’")

    // Counted words.
    let statementCount = CountedWord(nl: ("stelling", "stellingen"), en: ("statement", "statements"))
    let moreWorkingElements = CountedWord(
        nl: ("werkzaam element", "werkzame elementen"), en: ("more working element", "more working elements"))
    let respondentCount = CountedWord(nl: ("respondent", "respondenten"), en: ("respondent", "respondents"))
    let genericLayout = LocalizedText(nl: "eigen sjabloon", en: "generic template")
}
