/// Diagnostics collected while reading, capped in memory: the first ``limitPerKind`` of each kind
/// are kept, the rest only counted, so a million bad cells cannot exhaust memory.
public struct DiagnosticLog: Hashable, Sendable {
    /// How many diagnostics of one kind are kept.
    public let limitPerKind: Int
    /// The diagnostics kept, in the order they were found.
    public private(set) var kept: [Diagnostic] = []
    /// How many diagnostics of each kind were found, kept or not.
    public private(set) var countsByKind: [Diagnostic.Kind: Int] = [:]
    /// How many diagnostics of each severity were found, kept or not.
    public private(set) var countsBySeverity: [Diagnostic.Severity: Int] = [:]
    /// How many warnings and errors of each kind were found: the problems.
    public private(set) var problemsByKind: [Diagnostic.Kind: Int] = [:]

    /// Creates an empty log keeping at most `limitPerKind` diagnostics of each kind.
    public init(limitPerKind: Int = 100) {
        self.limitPerKind = max(0, limitPerKind)
    }

    /// The number of diagnostics found but not kept.
    public var omitted: Int { countsByKind.values.reduce(0, +) - kept.count }

    /// Whether any warning or error was found.
    public var hasProblems: Bool { !problemsByKind.isEmpty }

    /// Records a diagnostic.
    public mutating func append(_ diagnostic: Diagnostic) {
        append(kind: diagnostic.kind, severity: diagnostic.severity) { diagnostic }
    }

    /// Records a diagnostic of `kind` and `severity`, building it only when it is kept.
    ///
    /// - Complexity: Amortised O(1) plus the cost of `make` when the diagnostic is kept.
    public mutating func append(kind: Diagnostic.Kind, severity: Diagnostic.Severity, _ make: () -> Diagnostic) {
        let count = countsByKind[kind, default: 0]
        countsByKind[kind] = count + 1
        countsBySeverity[severity, default: 0] += 1
        if severity >= .warning { problemsByKind[kind, default: 0] += 1 }
        if count < limitPerKind { kept.append(make()) }
    }

    /// Records every diagnostic of `diagnostics`, in order.
    public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    /// Adds the diagnostics of `other`, found later in the same input, moving their lines down by
    /// `lineOffset`: the log of one range of a file read in parallel. Counts add up exactly;
    /// diagnostics are kept up to this log's limit per kind.
    public mutating func merge(_ other: DiagnosticLog, lineOffset: Int = 0) {
        for var diagnostic in other.kept {
            diagnostic.line = diagnostic.line.map { $0 + lineOffset }
            let count = countsByKind[diagnostic.kind, default: 0]
            if count < limitPerKind { kept.append(diagnostic) }
            countsByKind[diagnostic.kind] = count + 1
        }
        for (kind, count) in other.countsByKind {
            countsByKind[kind, default: 0] += count - other.kept.count { $0.kind == kind }
        }
        for (severity, count) in other.countsBySeverity { countsBySeverity[severity, default: 0] += count }
        for (kind, count) in other.problemsByKind { problemsByKind[kind, default: 0] += count }
    }

    /// Orders the kept diagnostics by place: those without a line (about a whole file) first,
    /// then by line and column; diagnostics at the same place keep their order.
    ///
    /// - Complexity: O(*k* log *k*) for *k* kept diagnostics.
    public mutating func sortByPlace() {
        kept = kept.enumerated().sorted { left, right in
            let a = (left.element.line ?? 0, left.element.column ?? 0, left.offset)
            let b = (right.element.line ?? 0, right.element.column ?? 0, right.offset)
            return a < b
        }.map(\.element)
    }

    /// The kept diagnostics followed, when some were dropped, by one note per kind saying how
    /// many more there were.
    public var report: [Diagnostic] {
        var result = kept
        for (kind, count) in countsByKind.sorted(by: { $0.key < $1.key }) where count > limitPerKind {
            result.append(
                Diagnostic(.note, kind: .omitted, .moreNotShown(count - limitPerKind, of: kind)))
        }
        return result
    }
}

extension Diagnostic.Kind {
    /// How many diagnostics of one kind a ``DiagnosticLog`` counted but did not keep.
    public static let omitted: Self = "omitted"
}

extension Diagnostic.Message {
    /// `12 more 'invalid-value' diagnostics not shown`.
    package static func moreNotShown(_ count: Int, of kind: Diagnostic.Kind) -> Self {
        Self(
            en: "\(count) more '\(kind)' diagnostics not shown",
            nl: "nog \(count) meldingen '\(kind.label(in: .dutch))' worden niet getoond")
    }
}
