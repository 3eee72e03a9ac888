import LISO

/// The fixed texts of the self-evaluation, in Dutch and English.
struct SelfEvaluationStrings: Sendable {
    var welcome: String
    var networkQuestion: String
    var roleQuestion: String
    var perspectiveQuestion: String
    var phaseQuestion: String
    var menuPrompt: String
    var itemPrompt: String
    var keptHint: String
    var networkHint: String
    var menuHint: String
    var itemHint: String
    var firstQuestionHint: String
    var dontKnow: String
    var current: String
    var saved: String
    var resumeWith: String
    var nothingSaved: String
    var finished: String
    var reportTitle: String
    var phaseLabel: String
    var elementsHeading: String
    var recommendationsHeading: String
    var noRecommendations: String
    var tooFewAnswers: String
    var htmlQuestion: String
    var htmlSaved: String

    /// The texts in `language`.
    static func `in`(_ language: Language) -> SelfEvaluationStrings {
        language == .dutch ? dutch : english
    }

    static let dutch = SelfEvaluationStrings(
        welcome: "Zelfevaluatie van een leernetwerk (vragen afgeleid van de LISO-werkzame elementen)",
        networkQuestion: "Hoe heet het netwerk?",
        roleQuestion: "Wat is uw rol in het netwerk?",
        perspectiveQuestion: "Vanuit welk perspectief kijkt u?",
        phaseQuestion: "In welke fase is het netwerk nu?",
        menuPrompt: "keuze (nummer, b = terug, q = opslaan en stoppen): ",
        itemPrompt: "antwoord (1-5 of woorden, ? = weet niet, b = terug, q = opslaan en stoppen): ",
        keptHint: "Enter = huidig antwoord houden",
        networkHint: "typ de naam van het netwerk (of q om te stoppen)",
        menuHint: "kies een nummer uit de lijst",
        itemHint: "typ 1 tot en met 5, de woorden van de schaal, ? voor weet niet, b voor terug of q om te stoppen",
        firstQuestionHint: "dit is de eerste vraag",
        dontKnow: "weet niet",
        current: "huidig antwoord",
        saved: "antwoorden opgeslagen in",
        resumeWith: "verder gaan met",
        nothingSaved: "niets opgeslagen",
        finished: "Klaar, dank u wel.",
        reportTitle: "Uw persoonlijke rapport",
        phaseLabel: "fase",
        elementsHeading: "Kernelementen, van sterk naar zwak (gemiddelde op 1-5):",
        recommendationsHeading: "Om te bespreken in deze fase:",
        noRecommendations: "Geen elementen onder 4,0: bespreek wat het netwerk sterk maakt en hoe u dat vasthoudt.",
        tooFewAnswers: "te weinig antwoorden",
        htmlQuestion: "Het rapport ook als HTML-bestand opslaan? (j/n): ",
        htmlSaved: "HTML-rapport opgeslagen in")

    static let english = SelfEvaluationStrings(
        welcome: "Self-evaluation of a learning network (items derived from LISO working elements)",
        networkQuestion: "What is the network called?",
        roleQuestion: "What is your role in the network?",
        perspectiveQuestion: "From which perspective do you look at it?",
        phaseQuestion: "Which phase is the network in now?",
        menuPrompt: "choice (number, b = back, q = save and quit): ",
        itemPrompt: "answer (1-5 or words, ? = don't know, b = back, q = save and quit): ",
        keptHint: "Enter = keep the current answer",
        networkHint: "type the network's name (or q to quit)",
        menuHint: "choose a number from the list",
        itemHint: "type 1 to 5, the words of the scale, ? for don't know, b for back or q to quit",
        firstQuestionHint: "this is the first question",
        dontKnow: "don't know",
        current: "current answer",
        saved: "answers saved to",
        resumeWith: "continue with",
        nothingSaved: "nothing saved",
        finished: "Done, thank you.",
        reportTitle: "Your personal report",
        phaseLabel: "phase",
        elementsHeading: "Core elements, strongest to weakest (mean on 1-5):",
        recommendationsHeading: "To discuss in this phase:",
        noRecommendations: "No element below 4.0: discuss what makes the network strong and how to keep it so.",
        tooFewAnswers: "too few answers",
        htmlQuestion: "Also save the report as an HTML file? (y/n): ",
        htmlSaved: "HTML report saved to")
}
