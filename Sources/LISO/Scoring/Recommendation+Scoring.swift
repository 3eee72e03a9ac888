extension Recommendation {
    /// Recommendations for one group: every element in attention or concern, weakest first
    /// (ties in framework order), each with the working elements to discuss.
    ///
    /// The working elements are those the phase's relevance lists that belong to the element,
    /// in the relevance's order; when the phase is unknown or lists none of them, the working
    /// elements of the element's top-three themes.
    static func recommendations(
        network: String?, phase: Phase.ID?, elements: [ElementResult], framework: EvaluationFramework
    ) -> [Recommendation] {
        let weak = elements.enumerated().compactMap { position, element -> (Int, ElementResult, Double, Band)? in
            guard let mean = element.mean, let band = element.band, band != .strength else { return nil }
            return (position, element, mean, band)
        }
        let relevance = phase.flatMap { framework.phase($0) }?.relevance
        return weak.sorted { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 < $1.0 }.map { _, element, mean, band in
            let core = framework.element(element.id)
            let own = Set(core?.workingElements.map(\.id) ?? [])
            var chosen = relevance?.workingElements.filter { own.contains($0) } ?? []
            if chosen.isEmpty {
                chosen = core?.themes.filter(\.isTopThree).flatMap(\.workingElements).map(\.id) ?? []
            }
            return Recommendation(
                network: network, phase: phase, element: element.id, band: band, mean: mean, workingElements: chosen)
        }
    }
}
