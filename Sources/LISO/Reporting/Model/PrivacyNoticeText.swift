/// The words of a ``PrivacyNotice``, Dutch and English side by side; templates mark their blanks
/// with `{name}`.
package struct PrivacyNoticeText: LocalizedTable {
    package static let shared = PrivacyNoticeText()

    let heading = LocalizedText(nl: "Waarom hier geen cijfers staan", en: "Why there are no figures here")
    let noneHeading = LocalizedText(nl: "Nog geen antwoorden", en: "No answers yet")
    let questionnaires = CountedWord(nl: ("vragenlijst", "vragenlijsten"), en: ("questionnaire", "questionnaires"))
    let were = CountedWord(nl: ("is", "zijn"), en: ("was", "were"))
    let none = LocalizedText(
        nl: "Er zijn nog geen ingevulde vragenlijsten, dus er zijn nog geen cijfers.",
        en: "No questionnaire has been filled in yet, so there are no figures yet.")
    let smallGroup = LocalizedText(
        nl: "Er {were} {questionnaires} ingevuld. Cijfers tonen we pas vanaf {minimum} personen. Zo kan niemand "
            + "uit de cijfers afleiden wat één persoon heeft geantwoord.",
        en: "{questionnaires} {were} filled in. We show figures only from {minimum} people on. That way nobody can "
            + "work out from the figures what one person answered.")
    let onePerson = LocalizedText(
        nl: "Er is 1 vragenlijst ingevuld. De antwoorden van één persoon tonen we niet in een rapport voor een "
            + "groep.",
        en: "1 questionnaire was filled in. We do not show the answers of one person in a report for a group.")
    let complementary = LocalizedText(
        nl: "Er {were} {questionnaires} ingevuld. Dat is genoeg, maar de cijfers zijn toch verborgen: anders "
            + "kan iemand de cijfers van een kleinere groep uitrekenen.",
        en: "{questionnaires} {were} filled in. That is enough, but the figures are hidden all the same: otherwise "
            + "someone could work out the figures of a smaller group.")
    let whatYouCanDo = LocalizedText(nl: "Wat u kunt doen:", en: "What you can do:")
    let askMore = LocalizedText(
        nl: "Vraag meer deelnemers om de vragenlijst in te vullen, en maak het rapport daarna opnieuw.",
        en: "Ask more members to fill in the questionnaire, then make the report again.")
    let lowerMinimum = LocalizedText(
        nl: "Of kies een lagere grens, bijvoorbeeld ‘{option}’. Dan ziet u wel cijfers, maar kunnen deelnemers "
            + "elkaars antwoorden makkelijker herkennen. Doe dat alleen als iedereen die meedeed het goed vindt.",
        en: "Or choose a lower limit, for example ‘{option}’. You then see figures, but members can recognise "
            + "each other's answers more easily. Only do so when everyone who took part agrees.")
    let ownAnswers = LocalizedText(
        nl: "Wilt u uw eigen antwoorden zien? Die staan in het persoonlijke rapport van ‘liso self-evaluate’.",
        en: "Want to see your own answers? They are in the personal report of ‘liso self-evaluate’.")
}

/// The privacy notice's words in one language.
package typealias PrivacyNoticeWords = Localized<PrivacyNoticeText>
