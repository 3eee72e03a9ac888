/// Every fixed text of a report in one language: ``ReportText`` read through ``Localized``.
package typealias ReportStrings = Localized<ReportText>

extension Localized where Table == ReportText {
    /// The label of a band.
    package func label(_ band: Band) -> String {
        switch band {
        case .strength: self.strength
        case .attention: self.attention
        case .concern: self.concern
        }
    }

    /// The label of a severity.
    package func label(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .note: self.note
        case .warning: self.warning
        case .error: self.error
        }
    }

    /// The label of a grouping dimension.
    package func label(_ dimension: GroupDimension) -> String {
        switch dimension {
        case .network: self.network
        case .perspective: self.perspective
        case .role: self.role
        case .phase: self.phase
        case .wave: self.wave
        }
    }

    /// Why a change between waves is absent, in words.
    package func label(_ note: ChangeNote?) -> String {
        switch note {
        case .suppressed: self.hidden
        case .tooFewRespondents: self.tooFewRespondents
        case .zeroVariance: self.zeroVariance
        case nil: "–"
        }
    }

    /// The reason an alpha is absent, in words.
    package func label(_ note: AlphaNote?) -> String? {
        switch note {
        case .tooFewRespondents: self.tooFewRespondents
        case .tooFewItems: self.tooFewItems
        case .zeroVariance: self.zeroVariance
        case nil: nil
        }
    }
}
