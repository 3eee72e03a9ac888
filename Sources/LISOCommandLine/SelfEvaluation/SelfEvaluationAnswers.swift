import Foundation
import LISO

/// What one person has answered so far in a self-evaluation: the network, their role and
/// perspective, the network's phase, and one answer per item (`unanswered` until given).
package struct SelfEvaluationAnswers: Hashable, Sendable {
    /// A random id, so that collected files of several members count as several respondents.
    package var respondentID: String
    /// The network's name.
    package var network: String?
    /// The person's role.
    package var role: Role.ID?
    /// The person's perspective.
    package var perspective: Perspective.ID?
    /// The phase the person thinks the network is in.
    package var phase: Phase.ID?
    /// One answer per item of the instrument, in its order.
    package var answers: [Answer]

    /// A fresh self-evaluation for `instrument`, with the network when it is already known.
    package init(instrument: Instrument, network: String? = nil) {
        respondentID = "self-" + UUID().uuidString.prefix(8).lowercased()
        self.network = network
        answers = Array(repeating: .unanswered, count: instrument.items.count)
    }

    /// The answers a saved file holds, read back as a response of `instrument`.
    package init(resuming response: Response, instrument: Instrument) {
        respondentID = response.respondentID ?? "self-" + UUID().uuidString.prefix(8).lowercased()
        network = response.network
        role = response.roles.first
        perspective = response.perspectives.first
        phase = response.phase
        answers = response.answers.map { $0 == .invalid ? .unanswered : $0 }
        if answers.count != instrument.items.count {
            answers = Array(repeating: .unanswered, count: instrument.items.count)
        }
    }

    /// The answers as a response the scorer takes.
    package var response: Response {
        Response(
            respondentID: respondentID, network: network, perspectives: perspective.map { [$0] } ?? [],
            roles: role.map { [$0] } ?? [], phase: phase, answers: answers)
    }

    /// How many items have an answer (a value or "don't know").
    package var answeredCount: Int { answers.count { $0 != .unanswered } }
}
