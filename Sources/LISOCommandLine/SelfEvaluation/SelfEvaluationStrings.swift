import LISO

/// The fixed texts of the self-evaluation, Dutch and English side by side; templates mark their
/// blanks with `{name}`. Read through ``SelfEvaluationStrings``.
package struct SelfEvaluationText: LocalizedTable {
    package static let shared = SelfEvaluationText()

    let welcome = LocalizedText(
        nl: "Vragenlijst over uw leernetwerk. De stellingen zijn afgeleid van de werkzame elementen van LISO.",
        en: "Questionnaire about your learning network. The statements are derived from LISO working elements.")
    let howTo = LocalizedText(
        nl: "Typ uw antwoord en druk op Enter. Uw antwoorden worden steeds bewaard: typ {stop} om te stoppen en "
            + "later verder te gaan, {back} om terug te gaan.",
        en: "Type your answer and press Enter. Your answers are saved as you go: type {stop} to stop and go on "
            + "later, {back} to go back.")
    let networkQuestion = LocalizedText(nl: "Hoe heet het netwerk?", en: "What is the network called?")
    let roleQuestion = LocalizedText(nl: "Wat is uw rol in het netwerk?", en: "What is your role in the network?")
    let perspectiveQuestion = LocalizedText(
        nl: "Vanuit welk perspectief kijkt u?",
        en: "From which perspective do you look at it?")
    let phaseQuestion = LocalizedText(nl: "In welke fase is het netwerk nu?", en: "Which phase is the network in now?")
    let progress = LocalizedText(nl: "Vraag {number} van {total}", en: "Question {number} of {total}")
    let menuPrompt = LocalizedText(
        nl: "uw keuze ({first} t/m {last}, {back} = terug, {stop} = stoppen): ",
        en: "your choice ({first}–{last}, {back} = back, {stop} = stop): ")
    let itemPrompt = LocalizedText(
        nl: "uw antwoord ({first} t/m {last}, ? = weet niet, {back} = terug, {stop} = stoppen): ",
        en: "your answer ({first}–{last}, ? = don't know, {back} = back, {stop} = stop): ")
    let keptHint = LocalizedText(
        nl: "druk op Enter om het te houden", en: "press Enter to keep it")
    let networkHint = LocalizedText(
        nl: "typ de naam van het netwerk (of {stop} om te stoppen)",
        en: "type the network's name (or {stop} to stop)")
    let menuHint = LocalizedText(
        nl: "kies een nummer van {first} tot en met {last}, of typ wat er staat",
        en: "choose a number from {first} to {last}, or type what it says")
    let itemHint = LocalizedText(
        nl: "typ een getal van {first} tot en met {last}, of een antwoord in woorden zoals ‘eens’ of ‘weet niet’",
        en: "type a number from {first} to {last}, or an answer in words such as ‘agree’ or ‘don't know’")
    let resumed = LocalizedText(
        nl: "U gaat verder waar u was gebleven, bij vraag {number} van {total}.",
        en: "You go on where you stopped, at question {number} of {total}.")
    let firstQuestionHint = LocalizedText(nl: "dit is de eerste vraag", en: "this is the first question")
    let dontKnow = LocalizedText(nl: "weet niet", en: "don't know")
    let current = LocalizedText(nl: "uw antwoord tot nu toe", en: "your answer so far")
    let back = LocalizedText(nl: "t", en: "b")
    let stop = LocalizedText(nl: "s", en: "q")
    let saved = LocalizedText(nl: "Uw antwoorden zijn bewaard in", en: "Your answers are saved in")
    let resumeWith = LocalizedText(nl: "Later verder? Typ dan", en: "To go on later, type")
    let nothingSaved = LocalizedText(nl: "Er is niets bewaard.", en: "Nothing was saved.")
    let finished = LocalizedText(nl: "Klaar, dank u wel.", en: "Done, thank you.")
    let htmlQuestion = LocalizedText(
        nl: "Wilt u dit rapport ook bewaren als pagina om in uw browser te openen en te printen? (j/n): ",
        en: "Also save this report as a page to open in your browser and print? (y/n): ")
    let htmlSaved = LocalizedText(nl: "Het rapport staat ook in", en: "The report is also saved in")
    let fileNetwork = LocalizedText(nl: "netwerk", en: "network")
    let fileSuffix = LocalizedText(nl: "-zelfevaluatie.csv", en: "-self-evaluation.csv")
}

/// The self-evaluation's texts in one language.
typealias SelfEvaluationStrings = Localized<SelfEvaluationText>
