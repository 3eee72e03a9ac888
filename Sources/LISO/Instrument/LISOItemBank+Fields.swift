extension LISOItemBank {
    /// The background questions: the first column of each is the header of the blank response
    /// template; the others are the headers and question texts exports use.
    static let fields = InstrumentFields(
        respondent: .init(columns: [
            "respondent", "respondent-id", "Respondent ID", "Response ID", "ResponseId", "id", "respondentnummer",
        ]),
        network: .init(columns: [
            "network", "netwerk", "Naam netwerk", "Network name", "Naam van het netwerk",
            "Aan welk netwerk doet u mee?", "Which network do you take part in?",
        ]),
        perspective: .init(
            columns: [
                "perspective", "perspectief", "Vanuit welk perspectief neemt u deel aan het netwerk?",
                "From which perspective do you take part in the network?",
            ],
            values: [
                "policy": ["Beleid", "Gemeente", "Beleidsmaker", "Policy", "Municipality", "Policy maker", "1", "A1"],
                "education": ["Onderwijs", "Docent", "Student", "Education", "Lecturer", "2", "A2"],
                "practice": ["Praktijk", "Professional", "Practice", "Practitioner", "3", "A3"],
                "research": ["Onderzoek", "Onderzoeker", "Research", "Researcher", "4", "A4"],
                "families": [
                    "Gezinnen", "Gezin", "Ouder", "Jongere", "Cliënt", "Ervaringsdeskundige", "Families", "Family",
                    "Parent", "Young person", "Client", "Expert by experience", "5", "A5",
                ],
            ]),
        role: .init(
            columns: ["role", "rol", "Wat is uw rol in het netwerk?", "What is your role in the network?"],
            values: [
                "trekker": ["Trekker", "Netwerktrekker", "Network lead", "1", "A1"],
                "initiator": ["Initiatiefnemer", "Boegbeeld", "Initiator", "Founder", "2", "A2"],
                "kwartiermaker": ["Kwartiermaker", "Set-up lead", "3", "A3"],
                "coordinator": ["Coördinator", "Coordinator", "4", "A4"],
                "member": ["Lid", "Deelnemer", "Member", "Participant", "5", "A5"],
                "vision-group": [
                    "Visiegroep", "Lid visiegroep", "Stuurgroep", "Vision group", "Steering group", "6", "A6",
                ],
            ]),
        phase: .init(
            columns: [
                "phase", "fase", "In welke fase zit het netwerk volgens u?",
                "Which phase do you think the network is in?",
            ],
            values: [
                "forming": ["Opstarten", "Formeren", "Opstart", "Opstartfase", "Forming", "Start-up", "1", "A1"],
                "maintaining": ["Onderhouden", "Onderhoud", "Maintaining", "Maintenance", "2", "A2"],
                "institutionalising": [
                    "Verankeren", "Institutionaliseren", "Borgen", "Eindfase", "Institutionalising",
                    "Institutionalizing", "End phase", "3", "A3",
                ],
            ]),
        wave: .init(columns: ["wave", "meting", "Meetmoment", "ronde", "Measurement", "round"])
    )
}
