/// The fixed words the framework and questionnaire printers write, Dutch and English side by
/// side. Read through ``PrinterWords``.
package struct PrinterText: LocalizedTable {
    package static let shared = PrinterText()

    // The framework.
    let derived = LocalizedText(nl: "afgeleid", en: "derived")
    let legend = LocalizedText(
        nl: "[site] geeft de LISO-site en -publicaties in eigen woorden weer; [afgeleid] is door dit project "
            + "opgesteld vanuit de betekenis van het element. E: advies van praktijkexperts; L: "
            + "wetenschappelijke literatuur. 'top 3': een van de drie belangrijkste thema's van het element.",
        en: "[site] paraphrases the LISO site and publications; [derived] is authored by this project from the "
            + "element's meaning. E: advice of practice experts; L: scientific literature. 'top 3': one of "
            + "the element's three most important themes.")
    let cycling = LocalizedText(
        nl: "Een netwerk gaat terug naar een eerdere fase als er nieuwe leden komen, plannen worden vernieuwd of "
            + "nieuwe vraagstukken worden toegevoegd: de fase is een toestand, geen stap in een reeks.",
        en: "A network cycles back to an earlier phase when members join, plans are renewed or new issues are "
            + "added: the phase is a current state, not a step in a pipeline.")
    let elementsHeading = LocalizedText(nl: "Kernelementen", en: "Core elements")
    let phasesHeading = LocalizedText(nl: "Fasen van een netwerk", en: "Development phases")
    let perspectivesHeading = LocalizedText(nl: "Perspectieven", en: "Perspectives")
    let rolesHeading = LocalizedText(nl: "Rollen", en: "Roles")
    let mostAttention = LocalizedText(nl: "Meeste aandacht", en: "Most attention")
    let workingElements = LocalizedText(nl: "Werkzame elementen", en: "Working elements")
    let name = LocalizedText(nl: "naam", en: "name")
    let description = LocalizedText(nl: "beschrijving", en: "description")

    // The questionnaire.
    let derivedNote = LocalizedText(
        nl: "Stellingen afgeleid van de werkzame elementen van LISO; dit is geen officiële LISO-vragenlijst.",
        en: "Statements derived from the LISO working elements; this is not an official LISO questionnaire.")
    let reverseNote = LocalizedText(nl: "omgekeerd gescoord", en: "reverse-keyed")
    let scaleHeading = LocalizedText(nl: "Antwoordschaal", en: "Answer scale")
    let backgroundHeading = LocalizedText(nl: "Achtergrondvragen", en: "Background questions")
    let statement = LocalizedText(nl: "stelling", en: "statement")
    let workingElement = LocalizedText(nl: "werkzaam element", en: "working element")

    // The background questions, by the key of their field.
    let respondentQuestion = LocalizedText(
        nl: "Respondentnummer (door de enquêtetool)", en: "Respondent id (set by the survey tool)")
    let networkQuestion = LocalizedText(nl: "Aan welk netwerk doet u mee?", en: "Which network do you take part in?")
    let perspectiveQuestion = LocalizedText(
        nl: "Vanuit welk perspectief neemt u deel?", en: "From which perspective do you take part?")
    let roleQuestion = LocalizedText(nl: "Wat is uw rol in het netwerk?", en: "What is your role in the network?")
    let phaseQuestion = LocalizedText(
        nl: "In welke fase zit het netwerk volgens u?", en: "Which phase do you think the network is in?")
    let waveQuestion = LocalizedText(nl: "Meetmoment", en: "Measurement moment (wave)")
}

/// The printers' words in one language.
package typealias PrinterWords = Localized<PrinterText>
