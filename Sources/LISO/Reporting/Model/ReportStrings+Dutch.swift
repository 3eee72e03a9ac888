extension ReportStrings {
    /// The Dutch texts.
    package static let dutch = ReportStrings(
        title: "Evaluatie van leernetwerken", subtitle: "Rapport volgens de kernelementen van LISO",
        summary: "Samenvatting", whoAnswered: "Wie heeft geantwoord", elements: "Kernelementen",
        comparisons: "Groepen naast elkaar", divergence: "Waar de beelden verschillen",
        trekkersAndMembers: "Trekkers en leden", recommendations: "Vragen voor de volgende bijeenkomst",
        waves: "Verandering tussen metingen", dataQuality: "Kwaliteit van de gegevens", method: "Werkwijze",
        element: "Kernelement", mean: "Gemiddelde", ci95: "95%-BI", score100: "Score 0–100", band: "Oordeel",
        n: "n", sd: "SD", alpha: "Alfa", rwg: "rwg", item: "Stelling", group: "Groep",
        respondents: "Respondenten", itemRest: "Item-rest", alphaIfDeleted: "Alfa zonder", statements: "Stellingen",
        reverseKeyed: "omgekeerd gescoord", figure: "Gegeven", value: "Waarde", yes: "ja", no: "nee",
        allRespondents: "Alle respondenten", strongest: "Sterkste elementen", weakest: "Zwakste elementen",
        phase: "Fase", unknown: "onbekend", rowsRead: "Gelezen rijen", rowsRejected: "Niet meegeteld",
        network: "Netwerk", perspective: "Perspectief", role: "Rol", wave: "Meting", strength: "sterk punt",
        attention: "aandachtspunt", concern: "zorgpunt", dontKnow: "Weet niet", unanswered: "Niet ingevuld",
        invalid: "Ongeldig",
        scaleLabels: ["Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens"],
        suppressionRule:
            "Groepen met minder dan {n} respondenten tonen alleen hun aantal; van zo’n groep staat nergens in dit rapport een cijfer.",
        suppressedCell: "verborgen (n = {n})",
        complementary: "verborgen, zodat een kleine groep niet terug te rekenen is",
        overallSuppressed: "Er zijn te weinig respondenten om cijfers te tonen.",
        elementsIntro:
            "Per kernelement: het gemiddelde op de schaal 1–5 met het 95%-betrouwbaarheidsinterval, de score op 0–100, het oordeel en het aantal respondenten (n). Sterk punt vanaf {strength}, aandachtspunt vanaf {attention}, daaronder zorgpunt.",
        question: "Hoe zorgen we ervoor dat dit in ons netwerk geldt: ‘{statement}’?",
        fallbackQuestion: "Wat is er nodig om ‘{element}’ in ons netwerk te versterken?",
        recommendationsIntro:
            "Voor elk element dat aandacht of zorg vraagt: de werkzame elementen die in de fase van het netwerk het meest tellen, als vragen om samen te bespreken. Zwakste element eerst.",
        noRecommendations: "Geen element vraagt nu om aandacht.",
        divergenceIntro:
            "Een verschil van {threshold} of meer tussen de hoogste en de laagste groep is gemarkeerd (⚑).",
        perspectivesKind: "Perspectieven", trekkersKind: "Trekkers min andere deelnemers", difference: "Verschil",
        highest: "Hoogst", lowest: "Laagst", flagged: "Gemarkeerd", noDivergence: "Geen verschillen berekend.",
        per: "Per {dimension}",
        wavesIntro:
            "Verandering per element van ‘{before}’ naar ‘{after}’, met het 95%-betrouwbaarheidsinterval van het verschil (Welch).",
        before: "Voor", after: "Na", change: "Verandering", hedgesG: "Hedges’ g", likelyReal: "Waarschijnlijk echt",
        files: "Bestanden", file: "Bestand", layout: "Indeling", encoding: "Tekenset", cells: "Cellen",
        straightliners: "Steeds hetzelfde antwoord (vanaf {n} stellingen)", duplicateIds: "Dubbele respondent-id’s",
        multiSelect: "Meer dan één keuze bij {dimension}", diagnostics: "Meldingen", severity: "Ernst",
        kind: "Soort", count: "Aantal", noDiagnostics: "Geen meldingen.", note: "opmerking",
        warning: "waarschuwing", error: "fout", instrument: "Vragenlijst", framework: "Kader", tool: "Programma",
        provenance:
            "De stellingen zijn door dit project afgeleid van de werkzame elementen van LISO; de LISO-publicaties bevatten zelf geen vragenlijst.",
        methodText:
            "Een respondent krijgt een score op een element als die minstens {fraction} van de stellingen van dat element heeft beantwoord; de score is het gemiddelde van die antwoorden (negatief geformuleerde stellingen omgekeerd). Per groep: gemiddelde, standaarddeviatie en 95%-betrouwbaarheidsinterval volgens Student’s t; score 0–100 = (gemiddelde − minimum) / (maximum − minimum) × 100; alfa van Cronbach op respondenten die alle stellingen van het element beantwoordden. ‘Weet niet’ telt nooit als score.",
        minimumAnsweredFraction: "Minimaal beantwoord deel per element", minimumGroupSize: "Minimale groepsgrootte",
        divergenceThreshold: "Drempel voor een verschil", strengthThreshold: "Grens sterk punt",
        attentionThreshold: "Grens aandachtspunt",
        straightlinerMinimumItems: "Stellingen voor de controle op steeds hetzelfde antwoord",
        madeWith: "Gemaakt met {tool} {version}", tooFewRespondents: "te weinig volledige antwoorden",
        tooFewItems: "te weinig stellingen", zeroVariance: "geen spreiding",
        lollipopCaption: "Gemiddelde per kernelement met 95%-betrouwbaarheidsinterval (schaal 1–5)",
        comparisonCaption: "Gemiddelde per kernelement, per {dimension}",
        distributionCaption: "Antwoorden per stelling van ‘{element}’",
        waveCaption: "Verandering per kernelement met 95%-betrouwbaarheidsinterval",
        changeScale: "verschil op de schaal 1–5", changeLegend: "gevulde stip: het interval bevat geen nul",
        networks: "Netwerken", strongestOne: "Sterkste: {element}", weakestOne: "Zwakste: {element}",
        itemCount: "{n} stellingen", hidden: "verborgen", otherMembers: "Andere deelnemers",
        moreQuestions: "En nog {n} werkzame elementen in het JSON-rapport.",
        titleOfOne: "Evaluatie van het leernetwerk ‘{network}’")
}
