/// Scores responses into an ``EvaluationResult``, one response at a time.
///
/// A scorer keeps accumulators only (counts, value histograms, compensated sums and
/// cross-products per group and element), never the responses, so its memory does not grow with
/// the number of rows. Two scorers of the same instrument and policy ``merge(_:)`` exactly:
/// scoring chunks separately and merging gives the result of one pass.
///
/// ```swift
/// var scorer = Scorer(instrument: .lisoFull)
/// for response in responses { scorer.add(response) }
/// let result = scorer.result()
/// ```
public struct Scorer: Sendable {
    /// The index tables the scorer works from.
    package let plan: ScoringPlan
    /// The whole set.
    package var overall: GroupAccumulator
    /// One accumulator per group of every grouping, in order of first appearance.
    package var groups: [GroupAccumulator] = []
    /// The grouping of each accumulator in ``groups``, as an index into the plan's groupings.
    package var groupGrouping: [Int] = []
    /// The plan's tables as flat buffers, shared read-only between copies.
    let tables: ScoringTables
    /// Interned background values and the slot of every group.
    var index = GroupIndex()
    /// The current row, decoded; reused from row to row.
    var row: ScoredRow
    /// Positions over multi-select values while a row is added to a combination's groups.
    var odometer: [Int] = []
    /// The dimension index of every position of every grouping, grouping after grouping.
    let groupingDimensions: [Int]
    /// Where each grouping starts in ``groupingDimensions``, plus one end entry.
    let groupingStart: [Int]
    /// The current row's interned values per dimension.
    var rowIDs: [[Int32]] = Array(repeating: [], count: GroupDimension.allCases.count)
    /// Data rows added.
    package var rowsRead = 0
    /// Rows added that are respondents.
    package var respondents = 0
    /// Per dimension: respondents with more than one value.
    package var multiSelect = [Int](repeating: 0, count: GroupDimension.allCases.count)
    /// Per dimension: whether any respondent has a value.
    package var present = [Bool](repeating: false, count: GroupDimension.allCases.count)
    /// Respondents flagged as straightliners.
    package var straightliners = 0
    /// Respondent ids seen and ids seen more than once.
    package var identifiers = DuplicateIdentifiers()

    /// Creates a scorer for an instrument.
    ///
    /// - Parameters:
    ///   - instrument: The questionnaire the responses answer, items in answer order.
    ///   - framework: The framework whose elements, phases and roles the report uses.
    ///   - policy: The scoring rules.
    public init(instrument: Instrument, framework: EvaluationFramework = .liso2023, policy: ScoringPolicy = .standard) {
        plan = ScoringPlan(instrument: instrument, framework: framework, policy: policy)
        overall = GroupAccumulator(values: [], plan: plan)
        tables = ScoringTables(plan: plan)
        groupingDimensions = plan.groupings.flatMap { $0.dimensions.map(dimensionIndex) }
        groupingStart = plan.groupings.reduce(into: [0]) { $0.append($0.last! + $1.dimensions.count) }
        row = ScoredRow(tables: tables)
    }

    /// Adds one response. A response that answers nothing (no value, no "don't know") counts
    /// as a row read and rejected, not as a respondent.
    ///
    /// - Complexity: O(*items* + Σ *kₑ*²) per group the respondent belongs to, plus one hash
    ///   lookup per group.
    public mutating func add(_ response: Response) {
        rowsRead += 1
        row.decode(response.answers, tables: tables)
        guard row.isRespondent else { return }
        respondents += 1
        if row.answeredCount >= max(1, plan.policy.straightlinerMinimumItems) && row.allSameValue {
            straightliners += 1
        }
        if let id = response.respondentID, !id.isEmpty { identifiers.insert(id) }
        collectValues(of: response)
        let phase = rowIDs[dimensionIndex(.phase)].first.map(Int.init) ?? -1
        overall.add(row, phase: phase, tables: tables, exact: plan.exactItemSums)
        for grouping in 0..<groupingStart.count - 1 { addToGroups(of: grouping, phase: phase) }
    }

    /// Adds every response of a sequence, in order.
    public mutating func add(contentsOf responses: some Sequence<Response>) {
        for response in responses { add(response) }
    }

    private mutating func collectValues(of response: Response) {
        fill(dimensionIndex(.network), response.network)
        fill(dimensionIndex(.perspective), response.perspectives.lazy.map(\.rawValue))
        fill(dimensionIndex(.role), response.roles.lazy.map(\.rawValue))
        fill(dimensionIndex(.phase), response.phase?.rawValue)
        fill(dimensionIndex(.wave), response.wave)
    }

    private mutating func fill(_ dimension: Int, _ value: String?) {
        fill(dimension, CollectionOfOne(value).lazy.compactMap { $0 })
    }

    /// Interns the row's values of one dimension, without repeats and without empty text.
    private mutating func fill(_ dimension: Int, _ values: some Sequence<String>) {
        rowIDs[dimension].removeAll(keepingCapacity: true)
        for value in values where !value.isEmpty {
            let id = index.intern(value, dimension: dimension)
            if !rowIDs[dimension].contains(id) { rowIDs[dimension].append(id) }
        }
        let count = rowIDs[dimension].count
        if count > 0 { present[dimension] = true }
        if count > 1 { multiSelect[dimension] += 1 }
    }

    /// Adds the row to every group of one grouping it belongs to: the combinations of its values,
    /// or the "no value" group of a dimension it has no value for.
    private mutating func addToGroups(of grouping: Int, phase: Int) {
        let first = groupingStart[grouping]
        let width = groupingStart[grouping + 1] - first
        odometer.removeAll(keepingCapacity: true)
        for _ in 0..<width { odometer.append(0) }
        while true {
            var key = GroupIndex.Key(grouping: grouping)
            for position in 0..<width {
                let dimension = groupingDimensions[first + position]
                key[position] = rowIDs[dimension].isEmpty ? -1 : rowIDs[dimension][odometer[position]]
            }
            let slot = index.slot(for: key) ?? newSlot(for: key, grouping: grouping)
            groups[slot].add(row, phase: phase, tables: tables, exact: plan.exactItemSums)
            // Advance the odometer over multi-select values.
            var position = width - 1
            while position >= 0 {
                odometer[position] += 1
                if odometer[position] < rowIDs[groupingDimensions[first + position]].count { break }
                odometer[position] = 0
                position -= 1
            }
            if position < 0 { return }
        }
    }

    private mutating func newSlot(for key: GroupIndex.Key, grouping: Int) -> Int {
        let dimensions = plan.groupings[grouping].dimensions
        let slot = groups.count
        groups.append(
            GroupAccumulator(
                values: index.values(of: key, dimensions: dimensions), plan: plan,
                isLight: !plan.groupings[grouping].reported))
        groupGrouping.append(grouping)
        index.insert(key, slot: slot)
        return slot
    }

    /// Adds everything another scorer has accumulated, as if its responses had been added here.
    ///
    /// - Precondition: both scorers have the same instrument, framework and policy.
    /// - Complexity: O(*groups* × accumulator size), independent of the number of responses.
    public mutating func merge(_ other: Scorer) {
        precondition(
            plan.instrument == other.plan.instrument && plan.policy == other.plan.policy
                && plan.framework == other.plan.framework,
            "scorers with different instruments, frameworks or policies cannot be merged")
        rowsRead += other.rowsRead
        respondents += other.respondents
        straightliners += other.straightliners
        for d in multiSelect.indices {
            multiSelect[d] += other.multiSelect[d]
            present[d] = present[d] || other.present[d]
        }
        identifiers.merge(other.identifiers)
        let phaseDimension = dimensionIndex(.phase)
        let phaseMap = other.index.names[phaseDimension].map { Int(index.intern($0, dimension: phaseDimension)) }
        overall.merge(other.overall, phaseMap: phaseMap)
        for (position, accumulator) in other.groups.enumerated() {
            let grouping = other.groupGrouping[position]
            let dimensions = plan.groupings[grouping].dimensions
            var key = GroupIndex.Key(grouping: grouping)
            for (place, value) in accumulator.values.enumerated() {
                key[place] = value.map { index.intern($0, dimension: dimensionIndex(dimensions[place])) } ?? -1
            }
            let slot = index.slot(for: key) ?? newSlot(for: key, grouping: grouping)
            groups[slot].merge(accumulator, phaseMap: phaseMap)
        }
    }
}
