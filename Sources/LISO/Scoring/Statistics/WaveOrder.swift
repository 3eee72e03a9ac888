/// Orders wave labels in time instead of alphabetically.
///
/// The rules, applied to each label after ``TextNormalization`` (case, accents and punctuation do
/// not matter; letters and digits are read apart, so `2025Q1` is `2025 q 1`):
///
/// 1. An explicit order (`--wave-order a,b,c`, or the instrument's) comes first: its labels in
///    its order.
/// 2. Then labels with a year, in time (``WaveTime/dated(year:position:day:)``):
///    - a year alone, `2024`, before everything else in that year;
///    - dates: ISO `2025-03-01`, Dutch `1-3-2025` or `01-03-2025` (also with `/` or `.`), and
///      `1 maart 2025` or `March 1 2025`;
///    - a month: `maart 2025`, `2025 March`, `mrt 2025`, or a number after the year, `2025-03`;
///    - a number after the year, `2025-1`, `2025-2`: halves or numbered waves, placed on the
///      months by their number;
///    - a season, Dutch or English, before or after the year: `2025-voorjaar`, `voorjaar 2025`,
///      `lente`/`spring` (March), `zomer`/`summer` (June), `najaar`/`herfst`/`autumn`/`fall`
///      (September), `winter` (December);
///    - a quarter `2025-Q1`…`Q4` (months 1, 4, 7, 10) or half `2025-H1`, `H2` (months 1, 7);
///    - a school year `2024-2025` or `2024/25` (September of its first year).
/// 3. Then a month or season without a year (`maart`, `najaar`, `Q2`), in the order of the year.
/// 4. Then numbered waves: a plain number (`1`, `2`), `meting 1`, `peiling 2`, `ronde 3`,
///    `wave 1`, `round 2`, `T0`, `T1`; `nulmeting`, `voormeting` and `baseline` as 0,
///    `tussenmeting` after every number, `eindmeting` and `nameting` last.
/// 5. Anything else, alphabetically (by normalised text, then by the text itself).
///
/// Labels that fall in the same place (`2025-03` and `2025-voorjaar`) are ordered alphabetically;
/// equal labels keep their input order.
package struct WaveOrder: Hashable, Sendable {
    /// The labels given in order by the user; matched after normalisation.
    package var explicit: [String]

    /// Creates an order, with an optional explicit order that comes first.
    package init(explicit: [String] = []) { self.explicit = explicit }

    /// The place of one label: explicit rank, time, or neither.
    private enum Place: Comparable {
        case explicit(Int)
        case time(WaveTime)
        case other
    }

    /// `labels` in wave order.
    ///
    /// - Complexity: O(*n* log *n*) for *n* labels.
    package func sorted(_ labels: [String]) -> [String] {
        var ranks: [String: Int] = [:]
        for (rank, label) in explicit.enumerated() {
            let key = TextNormalization.normalized(label)
            if ranks[key] == nil { ranks[key] = rank }
        }
        let keyed = labels.enumerated().map { index, label in
            let normalized = TextNormalization.normalized(label)
            let place: Place =
                if let rank = ranks[normalized] {
                    .explicit(rank)
                } else if let time = WaveTime(label: label) {
                    .time(time)
                } else {
                    .other
                }
            return (place: place, normalized: normalized, label: label, index: index)
        }
        return keyed.sorted { lhs, rhs in
            if lhs.place != rhs.place { return lhs.place < rhs.place }
            if lhs.normalized != rhs.normalized { return lhs.normalized < rhs.normalized }
            if lhs.label != rhs.label { return lhs.label < rhs.label }
            return lhs.index < rhs.index
        }.map(\.label)
    }

    /// Whether `lhs` comes before `rhs` in wave order.
    package func precedes(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs != rhs else { return false }
        return sorted([lhs, rhs]).first == lhs
    }
}
