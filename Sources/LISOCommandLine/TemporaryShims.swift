// TEMPORARY: stands in for library API that is being merged; delete on rebase.
import LISO

enum QuestionnaireForm: String, CaseIterable, Hashable, Sendable {
    case full
    case short
}

extension Instrument {
    static func builtIn(form: QuestionnaireForm) -> Instrument { .lisoFull }
}
