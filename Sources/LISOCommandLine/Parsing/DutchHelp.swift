/// The Dutch words of `liso --help` and `liso <command> --help`, beside the English help that
/// each command declares with its options: looked up by command and option name, so that a
/// command or option without Dutch words still shows its English help.
enum DutchHelp {
    /// The headings and fixed words of help.
    static let overview = "OVERZICHT"
    static let usage = "GEBRUIK"
    static let arguments = "ARGUMENTEN"
    static let options = "OPTIES"
    static let subcommands = "OPDRACHTEN"
    static let values = "waarden"
    static let defaultWord = "standaard"
    static let seeHelp = "Zie 'liso help <opdracht>' voor meer uitleg."
    static let rootUsage = "liso <opdracht>"

    /// What `liso` does, for the top-level overview.
    static let root = "Evalueer leernetwerken in het sociaal domein met het LISO-kader."

    /// Each command's one sentence, by command name.
    static let abstracts: [String: String] = [
        "framework": "Toon het LISO-kader: kernelementen, thema's, werkzame elementen, fasen, rollen en perspectieven.",
        "questionnaire":
            "Toon de vragenlijst; 'json' is een vragenlijstbestand, 'csv' een leeg sjabloon voor antwoorden, 'html' "
            + "een formulier dat deelnemers in elke browser invullen.",
        "self-evaluate":
            "Vul de vragenlijst voor uw netwerk in, in het terminalvenster, en zie daarna uw eigen rapport.",
        "score": "Verwerk de antwoorden uit vragenlijsten en maak het rapport.",
        "compare": "Toon per kernelement de verandering tussen twee metingen, met betrouwbaarheidsintervallen.",
        "validate": "Lees de bestanden helemaal, reken niets uit en noem elk probleem.",
    ]

    /// More text under a command's overview, by command name.
    static let discussions: [String: String] = [
        "self-evaluate":
            "Uw antwoorden worden na elke vraag bewaard. Stop met 's' (of door de invoer te sluiten) en ga later "
            + "verder met '--resume BESTAND'. Het bewaarde bestand is een rij antwoorden die 'liso score' leest.",
        "score":
            "Leest bestanden uit LimeSurvey, Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms of het eigen "
            + "sjabloon, rekent elk kernelement per groep uit en maakt één rapport. Meldingen staan op "
            + "standaardfout (stderr).",
        "compare":
            "Geef twee bestanden (voor en na), of één bestand en '--waves A,B' om twee metingen daarin te vergelijken.",
        "validate":
            "Afsluitcode 0 als de bestanden in orde zijn, 1 als rijen problemen hebben, 65 als een bestand niet "
            + "bruikbaar is en 66 als er een ontbreekt.",
    ]

    /// The help of positional arguments, by `command.argument`.
    static let argumentHelp: [String: String] = [
        "score.file": "De bestanden met antwoorden; '-' leest standaardinvoer.",
        "validate.file": "De bestanden om na te kijken; '-' leest standaardinvoer.",
        "compare.before": "Het eerdere bestand, of het enige.",
        "compare.after": "Het latere bestand.",
    ]

    /// The help of options, by `command.option`, else by option name.
    static let optionHelp: [String: String] = [
        "help": "Toon deze uitleg.",
        "version": "Toon het versienummer.",
        "lang": "De taal van wat liso toont; zonder deze optie kiest LC_ALL of LANG die met 'nl' begint Nederlands, "
            + "anders Engels.",
        "output": "Schrijf het resultaat in dit bestand (in één keer: alles of niets) in plaats van op het scherm.",
        "strict": "Stop met afsluitcode 1 als er een waarschuwing was, nadat het resultaat is geschreven.",
        "form": "De vragenlijst: de volledige (alle stellingen) of de korte (16 stellingen).",
        "instrument": "Een eigen vragenlijstbestand (liso-instrument JSON); standaard de ingebouwde vragenlijst.",
        "layout": "Het programma dat het bestand maakte; standaard herkend aan de kopregels.",
        "delimiter": "Het teken tussen de velden; standaard herkend aan de eerste regel.",
        "format": "De vorm van het rapport.",
        "by": "Groepeer naar één kenmerk, of naar een combinatie met komma's (network,perspective); herhaal de optie "
            + "voor aparte indelingen; standaard netwerk, perspectief en rol, voor zover die in de gegevens staan.",
        "min-group-size": "Groepen met minder personen tonen alleen hun aantal, nooit een cijfer.",
        "report": "Het rapport: 'full' met alle tabellen, voor onderzoek; 'meeting' geeft elk netwerk hooguit twee "
            + "afgedrukte pagina's voor de volgende bijeenkomst (markdown of html).",
        "waves": "Vergelijk deze twee metingen in één bestand.",
        "framework.format": "De vorm van de uitvoer.",
        "questionnaire.format": "De vorm van de uitvoer.",
        "questionnaire.network": "Met '--format html': het netwerk waarvoor het formulier is; het staat bij elk "
            + "antwoord.",
        "self-evaluate.form": "De vragenlijst: de korte (16 stellingen) of de volledige.",
        "self-evaluate.network": "De naam van het netwerk; zonder deze optie wordt ernaar gevraagd.",
        "self-evaluate.resume": "Ga verder met een bewaarde vragenlijst.",
        "self-evaluate.output": "Waar de antwoorden worden bewaard; standaard <netwerk>-zelfevaluatie.csv in deze map.",
        "self-evaluate.html": "Schrijf uw rapport ook als pagina (HTML) in dit bestand.",
    ]

    /// The Dutch help of an option of a command, when there is one.
    static func help(of option: String, in command: String?) -> String? {
        command.flatMap { optionHelp["\($0).\(option)"] } ?? optionHelp[option]
    }
}
