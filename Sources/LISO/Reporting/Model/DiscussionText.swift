/// The words of discussion questions, Dutch and English side by side; templates mark their
/// blanks with `{name}`. Read through ``DiscussionWords``.
package struct DiscussionText: LocalizedTable {
    package static let shared = DiscussionText()

    // Why a question was chosen.
    let weak = LocalizedText(nl: "{element} is een {band} ({mean}).", en: "{element}: {band} ({mean}).")
    let disputed = LocalizedText(
        nl: "Over {element} denken de perspectieven verschillend: {highest} {highestMean}, {lowest} {lowestMean}.",
        en: "The perspectives see {element} differently: {highest} {highestMean}, {lowest} {lowestMean}.")
    let blindSpot = LocalizedText(
        nl: "De trekker is positiever over {element} dan de andere deelnemers ({trekker} tegen {others}).",
        en: "The lead is more positive about {element} than the other members ({trekker} against {others}).")
    let hiddenStrength = LocalizedText(
        nl: "De andere deelnemers zijn positiever over {element} dan de trekker ({others} tegen {trekker}).",
        en: "The other members are more positive about {element} than the lead ({others} against {trekker}).")
    let strong = LocalizedText(nl: "{element} is een sterk punt ({mean}).", en: "{element} is a strength ({mean}).")

    // The questions.
    let statement = LocalizedText(
        nl: "Hoe zorgen we ervoor dat dit in ons netwerk geldt: ‘{statement}’?",
        en: "How do we make sure this holds in our network: ‘{statement}’?")
    let element = LocalizedText(
        nl: "Wat is er nodig om ‘{element}’ in ons netwerk sterker te maken?",
        en: "What would it take to strengthen ‘{element}’ in our network?")
    let disputedQuestion = LocalizedText(
        nl: "Wat ziet ieder van ons hier anders, en wat is er nodig zodat dit voor iedereen geldt: ‘{statement}’?",
        en: "What does each of us see differently here, and what is needed so that this holds for everyone: "
            + "‘{statement}’?")
    let blindSpotQuestion = LocalizedText(
        nl: "Wat merken de deelnemers bij ‘{element}’ dat de trekker misschien niet ziet?",
        en: "What do the members notice about ‘{element}’ that the lead may not see?")
    let hiddenStrengthQuestion = LocalizedText(
        nl: "Wat gaat er goed bij ‘{element}’ dat de trekker nog niet ziet, en hoe bouwen we daarop voort?",
        en: "What goes well with ‘{element}’ that the lead does not see yet, and how do we build on it?")
    let strongQuestion = LocalizedText(
        nl: "Wat maakt ‘{element}’ sterk in ons netwerk, en hoe houden we dat vast?",
        en: "What makes ‘{element}’ strong in our network, and how do we keep it so?")
    let generalGood = LocalizedText(
        nl: "Wat gaat goed in ons netwerk, en wat willen we zo houden?",
        en: "What goes well in our network, and what do we want to keep?")
    let generalBetter = LocalizedText(
        nl: "Wat kan beter, en wat is de eerste stap?", en: "What could be better, and what is the first step?")
    let generalPeople = LocalizedText(
        nl: "Wat heeft ieder van ons nodig om mee te blijven doen?",
        en: "What does each of us need to keep taking part?")
}

/// The discussion questions' words in one language.
package typealias DiscussionWords = Localized<DiscussionText>
