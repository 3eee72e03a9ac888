/// The scorers that one part of an input adds its rows to: one for the whole, or, with a
/// partition by key, one per set and one for the rows in no set.
struct SetSinks: Sendable {
    /// How a row finds its scorer.
    enum Routing: Sendable {
        /// Every row to the one scorer.
        case one
        /// The row to the scorer of the set its key names, else to the last scorer.
        case byKey(names: [String], key: @Sendable (Response) -> String?)

        /// How many scorers the routing needs.
        var count: Int {
            switch self {
            case .one: 1
            case .byKey(let names, _): names.count + 1
            }
        }
    }

    /// How a row finds its scorer.
    let routing: Routing
    /// The scorers, one per set the routing may choose.
    var scorers: [Scorer]
    /// With a routing by key: respondents per key value.
    var respondentsByKey: [String: Int] = [:]

    /// Empty scorers for `routing`, each made by `makeScorer` so that no two parts share tables.
    init(routing: Routing, makeScorer: () -> Scorer) {
        self.routing = routing
        scorers = (0..<routing.count).map { _ in makeScorer() }
    }

    /// Adds one row to the scorer its routing chooses.
    ///
    /// - Complexity: one scorer's ``Scorer/add(_:)``, plus a key and a look-up among the names
    ///   with a routing by key.
    mutating func add(_ response: Response) {
        switch routing {
        case .one:
            scorers[0].add(response)
        case .byKey(let names, let key):
            let value = key(response)
            if let value, response.isRespondent { respondentsByKey[value, default: 0] += 1 }
            scorers[value.flatMap { names.firstIndex(of: $0) } ?? names.count].add(response)
        }
    }

    /// Adds the rows of another part of the same input.
    mutating func merge(_ other: SetSinks) {
        for index in scorers.indices { scorers[index].merge(other.scorers[index]) }
        respondentsByKey.merge(other.respondentsByKey, uniquingKeysWith: +)
    }
}
