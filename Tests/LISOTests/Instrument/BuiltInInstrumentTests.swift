import Testing

@testable import LISO

@Suite struct BuiltInInstrumentTests {
    let framework = EvaluationFramework.liso2023
    let full = Instrument.lisoFull
    let short = Instrument.lisoShort

    @Test func theFullFormHasAtLeastFortyItemsAndAtLeastFourPerElement() {
        #expect(full.items.count >= 40)
        for element in framework.elements {
            #expect(full.items.filter { $0.element == element.id }.count >= 4, "\(element.id)")
        }
    }

    @Test func theShortFormHasTwoItemsPerElementTakenUnchangedFromTheFullForm() {
        #expect(short.items.count == 16)
        for element in framework.elements {
            #expect(short.items.filter { $0.element == element.id }.count == 2, "\(element.id)")
        }
        for item in short.items {
            #expect(full.items.first { $0.id == item.id } == item, "\(item.id)")
        }
        #expect(short.scales == full.scales && short.fields == full.fields && short.framework == full.framework)
    }

    @Test func itemIdsAreThePublishedStableOnes() {
        // Exports and reports refer to these ids; changing one breaks people's data.
        let prefixes = ["cc", "ln", "org", "syn", "res", "mle", "imp", "pha"]
        #expect(full.items.map(\.id.rawValue) == prefixes.flatMap { prefix in (1...5).map { "\(prefix)-\($0)" } })
        #expect(
            zip(full.items.map(\.element), full.items.map(\.id)).allSatisfy { element, id in
                prefixes[framework.elements.firstIndex { $0.id == element } ?? 0]
                    == id.rawValue.split(separator: "-").first.map(String.init)
            })
    }

    @Test func everyPhaseHasAMeasuredWorkingElementForEachElementThatMattersInIt() {
        let measured = Set(full.items.compactMap(\.workingElement))
        for phase in framework.phases {
            for element in phase.relevance.elements {
                let relevant = phase.relevance.workingElements.filter { $0.rawValue.hasPrefix(element.rawValue + ".") }
                #expect(relevant.contains { measured.contains($0) }, "\(phase.id): \(element)")
            }
        }
    }

    @Test func builtInReturnsTheRequestedForm() {
        #expect(Instrument.builtIn(form: .full) == full)
        #expect(Instrument.builtIn(form: .short) == short)
        #expect(full.id != short.id)
    }

    @Test func everyItemCitesAnExistingWorkingElementUnderItsThemeAndElement() throws {
        for item in full.items {
            let element = try #require(framework.element(item.element), "\(item.id)")
            let theme = try #require(element.themes.first { $0.id == item.theme }, "\(item.id)")
            #expect(theme.workingElements.contains { $0.id == item.workingElement }, "\(item.id)")
            #expect(full.scale(of: item) != nil, "\(item.id)")
        }
    }

    @Test func threeToSixItemsAreNegativelyWordedAndReverseKeyed() {
        let reversed = full.items.filter(\.reverse)
        #expect((3...6).contains(reversed.count))
        #expect(short.items.contains { $0.reverse })
    }

    @Test func everyItemHasDistinctDutchAndEnglishText() {
        for item in full.items {
            #expect(!item.text.nl.isEmpty && !item.text.en.isEmpty && item.text.nl != item.text.en, "\(item.id)")
        }
        #expect(Set(full.items.map(\.text.nl)).count == full.items.count)
        #expect(Set(full.items.map(\.text.en)).count == full.items.count)
    }

    @Test func itemIdsAreUniqueAndEveryColumnAliasBelongsToOneItemOrField() {
        #expect(Set(full.items.map(\.id)).count == full.items.count)
        var aliases = full.items.flatMap(\.columns)
        let fields = [
            full.fields.respondent, full.fields.network, full.fields.perspective, full.fields.role,
            full.fields.phase, full.fields.wave,
        ]
        aliases += fields.compactMap { $0 }.flatMap(\.columns)
        let folded = aliases.map { $0.lowercased() }
        #expect(Set(folded).count == folded.count, "\(folded.filter { a in folded.filter { $0 == a }.count > 1 })")
        for item in full.items { #expect(item.columns.first == item.id.rawValue) }
    }

    @Test func theAgreementScaleRunsFromOneToFiveAndMissingCodesNeverClashWithValues() throws {
        #expect(full.scales.count == 1)
        let scale = try #require(full.scales.first)
        #expect(scale.id == "agree5")
        #expect(scale.values.map(\.value) == [1, 2, 3, 4, 5])
        for value in scale.values {
            let number = Int(value.value)
            #expect(value.codes.contains("\(number)") && value.codes.contains("A\(number)"))
            #expect(value.labels.count >= 2)
        }
        let scored = Set(scale.values.flatMap { $0.codes + $0.labels }.map { $0.lowercased() })
        let missing = scale.missing.flatMap { $0.codes + $0.labels }.map { $0.lowercased() }
        #expect(scored.isDisjoint(with: missing))
        for word in ["weet niet", "niet van toepassing", "n.v.t.", "don't know", "not applicable", "n/a"] {
            #expect(missing.contains(word), "\(word)")
        }
        for code in ["8", "9", "a8", "a9"] { #expect(missing.contains(code)) }
    }

    @Test func codedFieldsMapEveryCanonicalIdOfTheFramework() throws {
        let perspective = try #require(full.fields.perspective)
        let role = try #require(full.fields.role)
        let phase = try #require(full.fields.phase)
        #expect(Set(perspective.values.keys) == Set(framework.perspectives.map(\.id.rawValue)))
        #expect(Set(role.values.keys) == Set(framework.roles.map(\.id.rawValue)))
        #expect(Set(phase.values.keys) == Set(framework.phases.map(\.id.rawValue)))
        for field in [perspective, role, phase] {
            let words = field.values.values.flatMap { $0 }.map { $0.lowercased() }
            #expect(Set(words).count == words.count, "a label or code means two things: \(field.columns[0])")
        }
        #expect(perspective.values["policy"]?.contains("Gemeente") == true)
        #expect(perspective.values["families"]?.contains("Ervaringsdeskundige") == true)
        #expect(role.values["member"]?.contains("Deelnemer") == true)
        #expect(phase.values["forming"]?.contains("Opstart") == true)
    }

    @Test func everyBackgroundFieldHasColumnsInDutchAndEnglish() throws {
        let expected: [(InstrumentFields.Field?, String, String)] = [
            (full.fields.network, "network", "netwerk"), (full.fields.perspective, "perspective", "perspectief"),
            (full.fields.role, "role", "rol"), (full.fields.phase, "phase", "fase"),
            (full.fields.wave, "wave", "meting"), (full.fields.respondent, "respondent", "respondent"),
        ]
        for (field, english, dutch) in expected {
            let columns = try #require(field).columns
            #expect(columns.first == english)
            #expect(columns.contains(dutch))
        }
    }
}
