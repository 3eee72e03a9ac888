/// Every fixed text of the personal report, Dutch and English side by side; templates mark their
/// blanks with `{name}`. Read through ``PersonalWords``.
package struct PersonalText: LocalizedTable {
    package static let shared = PersonalText()

    let title = LocalizedText(nl: "Uw persoonlijke rapport", en: "Your personal report")
    let titleOfNetwork = LocalizedText(
        nl: "Uw persoonlijke rapport – {network}", en: "Your personal report – {network}")
    let subtitle = LocalizedText(
        nl: "Over uw eigen antwoorden. Dit rapport staat alleen op uw eigen computer.",
        en: "About your own answers. This report is kept on your own computer only.")
    let date = LocalizedText(nl: "Datum", en: "Date")
    let role = LocalizedText(nl: "Rol", en: "Role")
    let perspective = LocalizedText(nl: "Perspectief", en: "Perspective")
    let phase = LocalizedText(nl: "Fase", en: "Phase")
    let phaseBy = LocalizedText(nl: "volgens u", en: "as you see it")
    let unknown = LocalizedText(nl: "onbekend", en: "unknown")
    let statements = CountedWord(nl: ("stelling", "stellingen"), en: ("statement", "statements"))
    let answered = LocalizedText(
        nl: "U beantwoordde {answered} van de {statements}.", en: "You answered {answered} of the {statements}.")
    let dontKnowCount = LocalizedText(
        nl: "Bij {count} koos u ‘weet niet’.", en: "For {count} you chose ‘don’t know’.")

    // Scores.
    let scores = LocalizedText(nl: "Uw scores, van sterk naar zwak", en: "Your scores, strongest to weakest")
    let scoresIntro = LocalizedText(
        nl: "Het gemiddelde van uw antwoorden per kernelement, op de schaal {scale}: hoger is beter. Sterk punt "
            + "vanaf {strength}, aandachtspunt vanaf {attention}, daaronder zorgpunt. Een negatief gestelde "
            + "stelling telt andersom mee.",
        en: "The mean of your answers per core element, on the {scale} scale: higher is better. Strength from "
            + "{strength}, needs attention from {attention}, concern below that. A negatively worded statement "
            + "counts the other way round.")
    let element = LocalizedText(nl: "Kernelement", en: "Core element")
    let score = LocalizedText(nl: "Uw score", en: "Your score")
    let band = LocalizedText(nl: "Oordeel", en: "Band")
    let onTheScale = LocalizedText(nl: "Op de schaal {scale}", en: "On the {scale} scale")
    let tooFewAnswers = LocalizedText(
        nl: "te weinig antwoorden voor een score", en: "too few answers for a score")
    let barLabel = LocalizedText(nl: "{element}: uw score {score}", en: "{element}: your score {score}")

    // Answers.
    let answers = LocalizedText(nl: "Uw antwoorden", en: "Your answers")
    let negative = LocalizedText(nl: "negatief gesteld", en: "negatively worded")
    let dontKnow = LocalizedText(nl: "weet niet", en: "don’t know")
    let noAnswer = LocalizedText(nl: "niet ingevuld", en: "not answered")
    let dontKnowHeading = LocalizedText(nl: "Hier koos u ‘weet niet’", en: "Here you chose ‘don’t know’")
    let dontKnowIntro = LocalizedText(
        nl: "Deze stellingen tellen niet mee in uw scores. Vraag in de bijeenkomst hoe de anderen hierover denken.",
        en: "These statements do not count in your scores. Ask at the meeting how the others see them.")

    // Questions and the footer.
    let questions = LocalizedText(
        nl: "Om mee te nemen naar de bijeenkomst", en: "To take to the meeting")
    let questionsIntro = LocalizedText(
        nl: "Gekozen bij de fase van het netwerk en bij uw laagste scores.",
        en: "Chosen for the network’s phase and for your lowest scores.")
    let footer = LocalizedText(
        nl: "De stellingen zijn door dit project afgeleid van de werkzame elementen van LISO. Gemaakt met "
            + "{tool} {version}.",
        en: "Items derived from LISO working elements by this project. Made with {tool} {version}.")
}

/// The personal report's words in one language.
package typealias PersonalWords = Localized<PersonalText>
