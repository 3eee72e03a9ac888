/// Writes the rows of a ``SyntheticExport``: the latent model drawn once from the seed, then
/// one row after another from a second random stream, so a smaller file is a prefix of a
/// larger one.
struct SyntheticExportWriter {
    /// The text of every choice, precomputed as bytes.
    private struct Cells {
        var items: [[[UInt8]]]
        var perspectives: [[UInt8]]
        var roles: [[UInt8]]
        var phases: [[UInt8]]
        var networks: [[UInt8]]
        var waves: [[UInt8]]
    }

    private let export: SyntheticExport
    private let cells: Cells
    private let itemElement: [Int]
    private let itemReverse: [Bool]
    private let elementCount: Int
    /// Level of each network per element, `network * elementCount + element`.
    private let networkEffect: [Double]
    /// Offset of each perspective per element, `perspective * elementCount + element`.
    private let perspectiveEffect: [Double]
    /// The phase most members of each network report.
    private let networkPhase: [Int]
    /// Cumulative weights of the roles: most respondents are members.
    private let roleThresholds: [Double]
    private var random: SplitMix64

    init(export: SyntheticExport) {
        self.export = export
        let instrument = export.instrument
        let framework = export.framework
        var elementIndex: [CoreElement.ID: Int] = [:]
        itemElement = instrument.items.map { item in
            if let index = elementIndex[item.element] { return index }
            elementIndex[item.element] = elementIndex.count
            return elementIndex.count - 1
        }
        elementCount = max(elementIndex.count, 1)
        itemReverse = instrument.items.map(\.reverse)
        let fields = instrument.fields
        func coded(_ field: InstrumentFields.Field?, _ id: String, _ name: LocalizedText) -> [UInt8] {
            SyntheticExportWriter.field(field?.values[id]?.first ?? name.nl)
        }
        cells = Cells(
            items: instrument.items.map { item in
                let values = instrument.scale(of: item)?.values.map(\.value).sorted() ?? [1, 2, 3, 4, 5]
                return values.map { Array(ResponseScale.text(of: $0).utf8) }
            },
            perspectives: framework.perspectives.map { coded(fields.perspective, $0.id.rawValue, $0.name) },
            roles: framework.roles.map { coded(fields.role, $0.id.rawValue, $0.name) },
            phases: framework.phases.map { coded(fields.phase, $0.id.rawValue, $0.name) },
            networks: (0..<export.networks).map { SyntheticExportWriter.field("Netwerk \($0 + 1)") },
            waves: (0..<export.waves).map { Array(String(2025 + $0).utf8) })
        var latent = SplitMix64(seed: export.seed ^ 0x5EED_1A7E_4750_0000)
        networkEffect = (0..<(export.networks * elementCount)).map { _ in latent.nextNormal() * 0.45 }
        perspectiveEffect = (0..<(max(cells.perspectives.count, 1) * elementCount)).map { _ in
            latent.nextNormal() * 0.25
        }
        let phaseCount = max(framework.phases.count, 1)
        networkPhase = (0..<export.networks).map { _ in latent.nextIndex(below: phaseCount) }
        let weights = framework.roles.map { $0.id == "member" ? 6.0 : 1.0 }
        let total = weights.reduce(0, +)
        var running = 0.0
        roleThresholds = weights.map { weight in
            running += weight / total
            return running
        }
        random = SplitMix64(seed: export.seed)
    }

    /// A CSV field as bytes, quoted where needed.
    static func field(_ text: String) -> [UInt8] { Array(CSVField.quoted(text).utf8) }

    /// Appends the header row.
    func appendHeader(to block: inout [UInt8]) {
        for (index, name) in export.header.enumerated() {
            if index > 0 { block.append(UInt8(ascii: ",")) }
            block.append(contentsOf: Self.field(name))
        }
        block.append(UInt8(ascii: "\n"))
    }

    /// Appends data row `row` (0-based).
    mutating func appendRow(_ row: Int, to block: inout [UInt8]) {
        let comma = UInt8(ascii: ",")
        let network = random.nextIndex(below: export.networks)
        let perspective = cells.perspectives.isEmpty ? 0 : random.nextIndex(below: cells.perspectives.count)
        let unit = random.nextUnit()
        let role = roleThresholds.firstIndex { unit < $0 } ?? max(roleThresholds.count - 1, 0)
        let phase =
            random.nextUnit() < 0.8 || cells.phases.isEmpty
            ? networkPhase[network] : random.nextIndex(below: cells.phases.count)
        let wave = random.nextIndex(below: export.waves)
        let level = 3.3 + random.nextNormal() * 0.5 + Double(wave) * 0.15

        Self.appendIdentifier(row + 1, to: &block)
        block.append(comma)
        block.append(contentsOf: cells.networks[network])
        block.append(comma)
        if !cells.perspectives.isEmpty { block.append(contentsOf: cells.perspectives[perspective]) }
        block.append(comma)
        if !cells.roles.isEmpty { block.append(contentsOf: cells.roles[role]) }
        block.append(comma)
        if !cells.phases.isEmpty { block.append(contentsOf: cells.phases[phase]) }
        block.append(comma)
        block.append(contentsOf: cells.waves[wave])

        let dontKnow = export.dontKnowRate
        let missing = export.dontKnowRate + export.emptyRate
        for item in cells.items.indices {
            block.append(comma)
            let draw = random.nextUnit()
            let noise = random.nextNormal() * 0.8
            if draw < dontKnow {
                block.append(contentsOf: SyntheticExport.dontKnowText.utf8)
                continue
            }
            if draw < missing { continue }
            let element = itemElement[item]
            let latent =
                level + networkEffect[network * elementCount + element]
                + perspectiveEffect[perspective * elementCount + element] + noise
            let choices = cells.items[item]
            var index = min(max(Int(latent.rounded()) - 1, 0), choices.count - 1)
            if itemReverse[item] { index = choices.count - 1 - index }
            block.append(contentsOf: choices[index])
        }
        block.append(UInt8(ascii: "\n"))
    }

    /// Appends a respondent id such as `R0000042`.
    private static func appendIdentifier(_ number: Int, to block: inout [UInt8]) {
        block.append(UInt8(ascii: "R"))
        var digits: [UInt8] = []
        var rest = number
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        for _ in digits.count..<max(7, digits.count) { block.append(UInt8(ascii: "0")) }
        block.append(contentsOf: digits.reversed())
    }
}
