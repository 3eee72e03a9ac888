/// Every text of the HTML questionnaire in Dutch and English, in one place. Texts with `{name}`
/// are filled in by the page's script.
struct QuestionnaireFormWords: PrinterWords {
    let language: Language

    /// The number of statements with its noun: `1 stelling`, `16 stellingen`.
    func statements(_ count: Int) -> String {
        count == 1 ? pick("1 stelling", "1 statement") : pick("\(count) stellingen", "\(count) statements")
    }

    /// About how long filling in takes: a minute for the background questions and 15 seconds a
    /// statement, rounded to 5 minutes above 5.
    func duration(items: Int) -> String {
        let exact = (60 + 15 * items + 59) / 60
        let minutes = exact > 5 ? max(5, (exact + 2) / 5 * 5) : exact
        return minutes == 1 ? pick("1 minuut", "1 minute") : pick("\(minutes) minuten", "\(minutes) minutes")
    }

    var purpose: String {
        pick(
            "Met deze vragenlijst kijkt uw netwerk terug op de samenwerking: wat gaat goed en wat kan beter? "
                + "De trekker van het netwerk legt de antwoorden van alle deelnemers naast elkaar en bespreekt "
                + "de uitkomst in een volgende bijeenkomst.",
            "With this questionnaire your network looks back on how it works together: what goes well and what "
                + "could be better? The network lead (trekker) puts the answers of all members together and "
                + "discusses the outcome at a next meeting.")
    }

    func size(items: Int) -> String {
        pick(
            "Er zijn \(statements(items)). Invullen duurt ongeveer \(duration(items: items)).",
            "There are \(statements(items)). Filling them in takes about \(duration(items: items)).")
    }

    func howToAnswer(dontKnow: String) -> String {
        pick(
            "Geef bij elke stelling aan hoe eens of oneens u het ermee bent. Er zijn geen goede of foute "
                + "antwoorden. Weet u het niet, of past de stelling niet bij u? Kies dan ‘\(dontKnow)’.",
            "For each statement, say how much you agree or disagree. There are no right or wrong answers. If you "
                + "do not know, or the statement does not fit you, choose ‘\(dontKnow)’.")
    }

    var privacyHeading: String { pick("Uw antwoorden blijven bij u", "Your answers stay with you") }

    var privacy: String {
        pick(
            "Uw antwoorden worden alleen op dit apparaat bewaard. Er gaat niets via internet. Klikt u op "
                + "‘\(save)’, dan krijgt u één bestand in uw map Downloads. Dat bestand stuurt u zelf naar de "
                + "trekker, bijvoorbeeld per e-mail. Stopt u halverwege? Dan staan uw antwoorden er nog als u de "
                + "vragenlijst later op dit apparaat weer opent.",
            "Your answers are kept on this device only. Nothing is sent over the internet. When you click "
                + "‘\(save)’, you get one file in your Downloads folder. You send that file to the network lead "
                + "yourself, for example by email. If you stop halfway, your answers are still there when you open "
                + "the questionnaire again on this device.")
    }

    var noScript: String {
        pick(
            "Om uw antwoorden op te slaan moet JavaScript aanstaan in uw browser.",
            "To save your answers, JavaScript must be turned on in your browser.")
    }

    var backgroundHeading: String { pick("Over u", "About you") }
    var fixedNetwork: String {
        pick("U vult deze vragenlijst in voor het netwerk", "You fill in this questionnaire for the network")
    }
    var networkLabel: String { pick("Netwerk", "Network") }
    var networkHint: String { pick("Typ de naam van het netwerk.", "Type the network's name.") }
    var statementsHeading: String { pick("Stellingen", "Statements") }
    var saveHeading: String { pick("Klaar?", "Done?") }

    var saveExplanation: String {
        pick(
            "Klik op ‘\(save)’. U krijgt dan één bestand met uw antwoorden. Stuur dat bestand naar de trekker van "
                + "uw netwerk. Heeft u een stelling overgeslagen? Dat mag.",
            "Click ‘\(save)’. You then get one file with your answers. Send that file to the lead of your network. "
                + "Did you skip a statement? That is fine.")
    }

    var save: String { pick("Opslaan", "Save") }
    var clear: String { pick("Antwoorden wissen", "Clear answers") }
    var fallbackDontKnow: String { pick("Weet niet / niet van toepassing", "Don't know / not applicable") }

    /// The texts the page's script shows, as `data-` attribute names and values.
    func scriptTexts() -> [(String, String)] {
        [
            ("text-progress", pick("{answered} van {total} beantwoord", "{answered} of {total} answered")),
            ("text-saved", pick("Opgeslagen als ‘{file}’.", "Saved as ‘{file}’.")),
            (
                "text-send",
                pick("Stuur dit bestand naar de trekker van uw netwerk.", "Send this file to the lead of your network.")
            ),
            (
                "text-nothing",
                pick(
                    "U heeft nog geen stelling beantwoord. Er is niets opgeslagen.",
                    "You have not answered any statement yet. Nothing was saved.")
            ),
            ("text-open-one", pick("U heeft 1 stelling niet beantwoord.", "You did not answer 1 statement.")),
            (
                "text-open-other",
                pick("U heeft {count} stellingen niet beantwoord.", "You did not answer {count} statements.")
            ),
            (
                "text-kept",
                pick(
                    "Uw antwoorden staan nog op dit apparaat. Wilt u ze weghalen? Klik dan op ‘\(clear)’.",
                    "Your answers are still on this device. To remove them, click ‘\(clear)’.")
            ),
            (
                "text-cleared",
                pick("Uw antwoorden zijn gewist van dit apparaat.", "Your answers have been cleared from this device.")
            ),
            (
                "text-restored",
                pick(
                    "Uw eerdere antwoorden zijn teruggezet. U kunt verder waar u was gebleven.",
                    "Your earlier answers have been restored. You can go on where you left off.")
            ),
            ("file-word", pick("antwoorden", "answers")),
            ("file-network", pick("netwerk", "network")),
        ]
    }
}
