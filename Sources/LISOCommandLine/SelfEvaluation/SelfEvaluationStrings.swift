import LISO

/// The fixed texts of the self-evaluation, Dutch and English side by side. Read through
/// ``SelfEvaluationStrings``.
package struct SelfEvaluationText: LocalizedTable {
    package static let shared = SelfEvaluationText()

    let welcome = LocalizedText(
        nl: "Zelfevaluatie van een leernetwerk (vragen afgeleid van de LISO-werkzame elementen)",
        en: "Self-evaluation of a learning network (items derived from LISO working elements)")
    let networkQuestion = LocalizedText(nl: "Hoe heet het netwerk?", en: "What is the network called?")
    let roleQuestion = LocalizedText(nl: "Wat is uw rol in het netwerk?", en: "What is your role in the network?")
    let perspectiveQuestion = LocalizedText(
        nl: "Vanuit welk perspectief kijkt u?",
        en: "From which perspective do you look at it?")
    let phaseQuestion = LocalizedText(nl: "In welke fase is het netwerk nu?", en: "Which phase is the network in now?")
    let menuPrompt = LocalizedText(
        nl: "keuze (nummer, b = terug, q = opslaan en stoppen): ",
        en: "choice (number, b = back, q = save and quit): ")
    let itemPrompt = LocalizedText(
        nl: "antwoord (1-5 of woorden, ? = weet niet, b = terug, q = opslaan en stoppen): ",
        en: "answer (1-5 or words, ? = don't know, b = back, q = save and quit): ")
    let keptHint = LocalizedText(nl: "Enter = huidig antwoord houden", en: "Enter = keep the current answer")
    let networkHint = LocalizedText(
        nl: "typ de naam van het netwerk (of q om te stoppen)",
        en: "type the network's name (or q to quit)")
    let menuHint = LocalizedText(nl: "kies een nummer uit de lijst", en: "choose a number from the list")
    let itemHint = LocalizedText(
        nl: "typ 1 tot en met 5, de woorden van de schaal, ? voor weet niet, b voor terug of q om te stoppen",
        en: "type 1 to 5, the words of the scale, ? for don't know, b for back or q to quit")
    let firstQuestionHint = LocalizedText(nl: "dit is de eerste vraag", en: "this is the first question")
    let dontKnow = LocalizedText(nl: "weet niet", en: "don't know")
    let current = LocalizedText(nl: "huidig antwoord", en: "current answer")
    let saved = LocalizedText(nl: "antwoorden opgeslagen in", en: "answers saved to")
    let resumeWith = LocalizedText(nl: "verder gaan met", en: "continue with")
    let nothingSaved = LocalizedText(nl: "niets opgeslagen", en: "nothing saved")
    let finished = LocalizedText(nl: "Klaar, dank u wel.", en: "Done, thank you.")
    let reportTitle = LocalizedText(nl: "Uw persoonlijke rapport", en: "Your personal report")
    let phaseLabel = LocalizedText(nl: "fase", en: "phase")
    let elementsHeading = LocalizedText(
        nl: "Kernelementen, van sterk naar zwak (gemiddelde op 1-5):",
        en: "Core elements, strongest to weakest (mean on 1-5):")
    let recommendationsHeading = LocalizedText(nl: "Om te bespreken in deze fase:", en: "To discuss in this phase:")
    let noRecommendations = LocalizedText(
        nl: "Geen elementen onder 4,0: bespreek wat het netwerk sterk maakt en hoe u dat vasthoudt.",
        en: "No element below 4.0: discuss what makes the network strong and how to keep it so.")
    let tooFewAnswers = LocalizedText(nl: "te weinig antwoorden", en: "too few answers")
    let htmlQuestion = LocalizedText(
        nl: "Het rapport ook als HTML-bestand opslaan? (j/n): ",
        en: "Also save the report as an HTML file? (y/n): ")
    let htmlSaved = LocalizedText(nl: "HTML-rapport opgeslagen in", en: "HTML report saved to")
    let fileNetwork = LocalizedText(nl: "netwerk", en: "network")
    let fileSuffix = LocalizedText(nl: "-zelfevaluatie.csv", en: "-self-evaluation.csv")
}

/// The self-evaluation's texts in one language.
typealias SelfEvaluationStrings = Localized<SelfEvaluationText>
