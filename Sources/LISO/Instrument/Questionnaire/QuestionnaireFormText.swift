/// Every fixed text of the HTML questionnaire, Dutch and English side by side. Read through
/// ``QuestionnaireFormWords``; texts with `{name}` blanks are filled by the printer or, for the
/// script's texts, by the page's script.
package struct QuestionnaireFormText: LocalizedTable {
    package static let shared = QuestionnaireFormText()

    let statements = CountedWord(nl: ("stelling", "stellingen"), en: ("statement", "statements"))
    let minutes = CountedWord(nl: ("minuut", "minuten"), en: ("minute", "minutes"))
    let purpose = LocalizedText(
        nl: "Met deze vragenlijst kijkt uw netwerk terug op de samenwerking: wat gaat goed en wat kan beter? "
            + "De trekker van het netwerk legt de antwoorden van alle deelnemers naast elkaar en bespreekt "
            + "de uitkomst in een volgende bijeenkomst.",
        en: "With this questionnaire your network looks back on how it works together: what goes well and what "
            + "could be better? The network lead (trekker) puts the answers of all members together and "
            + "discusses the outcome at a next meeting.")
    let size = LocalizedText(
        nl: "Er zijn {statements}. Invullen duurt ongeveer {duration}.",
        en: "There are {statements}. Filling them in takes about {duration}.")
    let howToAnswer = LocalizedText(
        nl: "Geef bij elke stelling aan hoe eens of oneens u het ermee bent. Er zijn geen goede of foute "
            + "antwoorden. Weet u het niet, of past de stelling niet bij u? Kies dan ‘{dontKnow}’.",
        en: "For each statement, say how much you agree or disagree. There are no right or wrong answers. If you "
            + "do not know, or the statement does not fit you, choose ‘{dontKnow}’.")
    let privacyHeading = LocalizedText(nl: "Uw antwoorden blijven bij u", en: "Your answers stay with you")
    let privacy = LocalizedText(
        nl: "Uw antwoorden worden alleen op dit apparaat bewaard. Er gaat niets via internet. Klikt u op "
            + "‘{save}’, dan krijgt u één bestand in uw map Downloads. Dat bestand stuurt u zelf naar de "
            + "trekker, bijvoorbeeld per e-mail. Stopt u halverwege? Dan staan uw antwoorden er nog als u de "
            + "vragenlijst later op dit apparaat weer opent.",
        en: "Your answers are kept on this device only. Nothing is sent over the internet. When you click "
            + "‘{save}’, you get one file in your Downloads folder. You send that file to the network lead "
            + "yourself, for example by email. If you stop halfway, your answers are still there when you open "
            + "the questionnaire again on this device.")
    let noScript = LocalizedText(
        nl: "Om uw antwoorden op te slaan moet JavaScript aanstaan in uw browser.",
        en: "To save your answers, JavaScript must be turned on in your browser.")
    let backgroundHeading = LocalizedText(nl: "Over u", en: "About you")
    let fixedNetwork = LocalizedText(
        nl: "U vult deze vragenlijst in voor het netwerk", en: "You fill in this questionnaire for the network")
    let networkLabel = LocalizedText(nl: "Netwerk", en: "Network")
    let networkHint = LocalizedText(nl: "Typ de naam van het netwerk.", en: "Type the network's name.")
    let statementsHeading = LocalizedText(nl: "Stellingen", en: "Statements")
    let saveHeading = LocalizedText(nl: "Klaar?", en: "Done?")
    let saveExplanation = LocalizedText(
        nl: "Klik op ‘{save}’. U krijgt dan één bestand met uw antwoorden. Stuur dat bestand naar de trekker van "
            + "uw netwerk. Heeft u een stelling overgeslagen? Dat mag.",
        en: "Click ‘{save}’. You then get one file with your answers. Send that file to the lead of your network. "
            + "Did you skip a statement? That is fine.")
    let save = LocalizedText(nl: "Opslaan", en: "Save")
    let clear = LocalizedText(nl: "Antwoorden wissen", en: "Clear answers")
    let fallbackDontKnow = LocalizedText(nl: "Weet niet / niet van toepassing", en: "Don't know / not applicable")

    // The texts the page's script shows; `{answered}`, `{total}`, `{file}`, `{count}` are its blanks.
    let progress = LocalizedText(nl: "{answered} van {total} beantwoord", en: "{answered} of {total} answered")
    let saved = LocalizedText(nl: "Opgeslagen als ‘{file}’.", en: "Saved as ‘{file}’.")
    let send = LocalizedText(
        nl: "Stuur dit bestand naar de trekker van uw netwerk.", en: "Send this file to the lead of your network.")
    let nothing = LocalizedText(
        nl: "U heeft nog geen stelling beantwoord. Er is niets opgeslagen.",
        en: "You have not answered any statement yet. Nothing was saved.")
    let openOne = LocalizedText(nl: "U heeft 1 stelling niet beantwoord.", en: "You did not answer 1 statement.")
    let openOther = LocalizedText(
        nl: "U heeft {count} stellingen niet beantwoord.", en: "You did not answer {count} statements.")
    let kept = LocalizedText(
        nl: "Uw antwoorden staan nog op dit apparaat. Wilt u ze weghalen? Klik dan op ‘{clear}’.",
        en: "Your answers are still on this device. To remove them, click ‘{clear}’.")
    let cleared = LocalizedText(
        nl: "Uw antwoorden zijn gewist van dit apparaat.", en: "Your answers have been cleared from this device.")
    let restored = LocalizedText(
        nl: "Uw eerdere antwoorden zijn teruggezet. U kunt verder waar u was gebleven.",
        en: "Your earlier answers have been restored. You can go on where you left off.")
    let fileWord = LocalizedText(nl: "antwoorden", en: "answers")
    let fileNetwork = LocalizedText(nl: "netwerk", en: "network")
}

/// The HTML questionnaire's texts in one language.
package typealias QuestionnaireFormWords = Localized<QuestionnaireFormText>

extension Localized where Table == QuestionnaireFormText {
    /// The number of statements with its noun: `1 stelling`, `16 stellingen`.
    func statements(_ count: Int) -> String { phrase(\.statements, count) }

    /// About how long filling in takes: a minute for the background questions and 15 seconds a
    /// statement, rounded to 5 minutes above 5.
    func duration(items: Int) -> String {
        let exact = (60 + 15 * items + 59) / 60
        return phrase(\.minutes, exact > 5 ? max(5, (exact + 2) / 5 * 5) : exact)
    }

    /// How many statements there are and how long they take.
    func size(items: Int) -> String {
        self.size.filled(["statements": statements(items), "duration": duration(items: items)])
    }

    /// How to answer, naming the "don't know" choice.
    func howToAnswer(dontKnow: String) -> String { self.howToAnswer.filled(["dontKnow": dontKnow]) }

    /// Where the answers stay, naming the save button.
    var privacyText: String { self.privacy.filled(["save": self.save]) }

    /// What saving does, naming the save button.
    var saveExplanationText: String { self.saveExplanation.filled(["save": self.save]) }

    /// The texts the page's script shows, as `data-` attribute names and values.
    func scriptTexts() -> [(String, String)] {
        [
            ("text-progress", self.progress), ("text-saved", self.saved), ("text-send", self.send),
            ("text-nothing", self.nothing), ("text-open-one", self.openOne), ("text-open-other", self.openOther),
            ("text-kept", self.kept.filled(["clear": self.clear])), ("text-cleared", self.cleared),
            ("text-restored", self.restored), ("file-word", self.fileWord), ("file-network", self.fileNetwork),
        ]
    }
}
