/// Every fixed text of the meeting report, Dutch and English side by side; templates mark their
/// blanks with `{name}`. Read through ``MeetingWords``.
package struct MeetingText: LocalizedTable {
    package static let shared = MeetingText()

    let title = LocalizedText(nl: "Voor de bijeenkomst", en: "For the meeting")
    let titleOfNetwork = LocalizedText(nl: "Voor de bijeenkomst: {network}", en: "For the meeting: {network}")
    let subtitle = LocalizedText(
        nl: "De uitkomst van de vragenlijst, om samen te bespreken",
        en: "The outcome of the questionnaire, to discuss together")
    let allMembers = LocalizedText(nl: "Alle deelnemers", en: "All members")
    let date = LocalizedText(nl: "Datum", en: "Date")
    let wave = LocalizedText(nl: "Meting", en: "Wave")
    let filledIn = LocalizedText(nl: "Ingevuld", en: "Filled in")
    let people = CountedWord(nl: ("persoon", "personen"), en: ("person", "people"))
    let phase = LocalizedText(nl: "Fase", en: "Phase")
    let phaseBy = LocalizedText(nl: "volgens de meeste deelnemers", en: "as most members see it")
    let unknown = LocalizedText(nl: "onbekend", en: "unknown")
    let blank = LocalizedText(nl: "…………………………", en: "…………………………")

    // Where the perspectives differ.
    let disagreement = LocalizedText(
        nl: "Waar de perspectieven het meest verschillen", en: "Where the perspectives differ most")
    let disagreementIntro = LocalizedText(
        nl: "Hier zien de groepen het netwerk het meest verschillend. Begin het gesprek hier.",
        en: "Here the groups see the network most differently. Start the conversation here.")
    let disagreementLine = LocalizedText(
        nl: "{element}: {highest} {highestMean}, {lowest} {lowestMean} (verschil {difference})",
        en: "{element}: {highest} {highestMean}, {lowest} {lowestMean} (gap {difference})")
    let largeGap = LocalizedText(nl: "groot verschil", en: "large gap")
    let noDisagreement = LocalizedText(
        nl: "Dit rapport vergelijkt de perspectieven hier niet. Daarvoor zijn minstens twee perspectieven nodig "
            + "met elk {minimum} of meer ingevulde vragenlijsten.",
        en: "This report does not compare the perspectives here. That needs at least two perspectives with "
            + "{minimum} or more questionnaires each.")

    // The elements at a glance.
    let glance = LocalizedText(nl: "De kernelementen in één oogopslag", en: "The core elements at a glance")
    let glanceIntro = LocalizedText(
        nl: "Het gemiddelde op de schaal {scale}: hoger is beter. Bij ‘waarschijnlijk tussen’ staat waar het "
            + "gemiddelde met 95% zekerheid ligt. Sterk punt vanaf {strength}, aandachtspunt vanaf {attention}, "
            + "daaronder zorgpunt.",
        en: "The mean on the {scale} scale: higher is better. ‘Likely between’ gives where the mean lies with 95% "
            + "certainty. Strength from {strength}, needs attention from {attention}, concern below that.")
    let glanceOrder = LocalizedText(
        nl: "Bovenaan staat waar de perspectieven het meest verschillen.",
        en: "Where the perspectives differ most comes first.")
    let element = LocalizedText(nl: "Kernelement", en: "Core element")
    let mean = LocalizedText(nl: "Gemiddelde", en: "Mean")
    let likelyBetween = LocalizedText(nl: "Waarschijnlijk tussen", en: "Likely between")
    let between = LocalizedText(nl: "{low} en {high}", en: "{low} and {high}")
    let band = LocalizedText(nl: "Oordeel", en: "Band")
    let onTheScale = LocalizedText(nl: "Op de schaal {scale}", en: "On the {scale} scale")
    let spread = LocalizedText(nl: "Verschil perspectieven", en: "Gap between perspectives")
    let answered = LocalizedText(nl: "Aantal", en: "Number")
    let barLabel = LocalizedText(
        nl: "{element}: gemiddelde {mean}, waarschijnlijk tussen {low} en {high}",
        en: "{element}: mean {mean}, likely between {low} and {high}")

    // The lead and the members.
    let trekker = LocalizedText(nl: "Trekker en andere deelnemers", en: "The lead and the other members")
    let trekkerIntro = LocalizedText(
        nl: "Hier ziet de trekker het netwerk duidelijk anders dan de andere deelnemers: een verschil van meer "
            + "dan {gap} (een derde van de schaal).",
        en: "Here the lead sees the network clearly differently from the other members: a gap of more than {gap} "
            + "(a third of the scale).")
    let blindSpot = LocalizedText(
        nl: "Blinde vlek: de trekker is positiever dan de andere deelnemers",
        en: "Blind spot: the lead is more positive than the other members")
    let hiddenStrength = LocalizedText(
        nl: "Verborgen kracht: de andere deelnemers zijn positiever dan de trekker",
        en: "Hidden strength: the other members are more positive than the lead")
    let gapLine = LocalizedText(
        nl: "{element}: trekker {trekker}, andere deelnemers {others}",
        en: "{element}: lead {trekker}, other members {others}")
    let noGap = LocalizedText(
        nl: "De trekker en de andere deelnemers zien de kernelementen ongeveer hetzelfde: nergens een verschil "
            + "van meer dan {gap}.",
        en: "The lead and the other members see the core elements about the same: nowhere a gap of more than "
            + "{gap}.")
    let trekkerHidden = LocalizedText(
        nl: "Het beeld van de trekker staat niet apart in dit rapport. Dat kan pas als er minstens {minimum} "
            + "trekkers en {minimum} andere deelnemers zijn, anders is het antwoord van één trekker terug te "
            + "rekenen. Tip voor de trekker: leg uw eigen persoonlijke rapport (‘liso self-evaluate’) naast deze "
            + "cijfers.",
        en: "The lead's view is not shown apart in this report. That needs at least {minimum} leads and "
            + "{minimum} other members; otherwise one lead's answers could be worked out. Tip for the lead: put "
            + "your own personal report (‘liso self-evaluate’) next to these figures.")

    // Questions and agreements.
    let questions = LocalizedText(nl: "Vragen om samen te bespreken", en: "Questions to discuss together")
    let questionsIntro = LocalizedText(
        nl: "Gekozen bij de fase van het netwerk en bij wat het zwakst is of waar de meningen verschillen.",
        en: "Chosen for the network's phase and for what is weakest or where views differ.")
    let generalIntro = LocalizedText(
        nl: "Zonder cijfers: vragen die in elk netwerk helpen.",
        en: "Without figures: questions that help in any network.")
    let actions = LocalizedText(nl: "Afspraken", en: "Agreements")
    let actionsIntro = LocalizedText(
        nl: "Vul samen in tijdens de bijeenkomst.", en: "Fill in together during the meeting.")
    let what = LocalizedText(nl: "Wat gaan we doen?", en: "What will we do?")
    let who = LocalizedText(nl: "Wie?", en: "Who?")
    let when = LocalizedText(nl: "Wanneer klaar?", en: "Done by when?")
    let nextMeeting = LocalizedText(nl: "Volgende bijeenkomst:", en: "Next meeting:")

    // The footer.
    let privacyRule = LocalizedText(
        nl: "Cijfers van groepen met minder dan {minimum} personen staan niet in dit rapport, zodat niemand "
            + "herkenbaar is. Open antwoorden staan er nooit in.",
        en: "Figures of groups of fewer than {minimum} people are not in this report, so nobody can be "
            + "recognised. Open answers never appear.")
    let madeWith = LocalizedText(nl: "Gemaakt met {tool} {version}", en: "Made with {tool} {version}")
    let provenance = LocalizedText(
        nl: "De stellingen zijn door dit project afgeleid van de werkzame elementen van LISO.",
        en: "Items derived from LISO working elements by this project.")
}

/// The meeting report's words in one language.
package typealias MeetingWords = Localized<MeetingText>
