extension Recommendation {
    /// Recommendations for one group: every element in attention or concern, weakest first
    /// (ties in framework order), each with the working elements to discuss.
    ///
    /// The working elements are those ``workingElements(of:phase:framework:)`` chooses.
    static func recommendations(
        network: String?, phase: Phase.ID?, elements: [ElementResult], framework: EvaluationFramework
    ) -> [Recommendation] {
        let weak = elements.enumerated().compactMap { position, element -> (Int, ElementResult, Double, Band)? in
            guard let mean = element.mean, let band = element.band, band != .strength else { return nil }
            return (position, element, mean, band)
        }
        return weak.sorted { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 < $1.0 }.map { _, element, mean, band in
            Recommendation(
                network: network, phase: phase, element: element.id, band: band, mean: mean,
                workingElements: workingElements(of: element.id, phase: phase, framework: framework))
        }
    }

    /// The working elements of an element to discuss in a phase, most relevant first: those the
    /// phase's relevance lists that belong to the element, in the relevance's order; when the
    /// phase is unknown or lists none of them, the working elements of the element's top-three
    /// themes.
    ///
    /// - Complexity: O(*w*) in the number of working elements of the element and the phase.
    package static func workingElements(
        of element: CoreElement.ID, phase: Phase.ID?, framework: EvaluationFramework
    ) -> [WorkingElement.ID] {
        let core = framework.element(element)
        let own = Set(core?.workingElements.map(\.id) ?? [])
        let relevance = phase.flatMap { framework.phase($0) }?.relevance
        let chosen = relevance?.workingElements.filter { own.contains($0) } ?? []
        guard chosen.isEmpty else { return chosen }
        return core?.themes.filter(\.isTopThree).flatMap(\.workingElements).map(\.id) ?? []
    }
}
