extension ResponseScale {
    /// The answer a person typed, read as an export's cell is read (``AnswerLookup``): a value by
    /// its number, code or label, "don't know" by a missing word (`weet niet`, `weet ik niet`,
    /// `nvt`, `n.v.t.`, …); case, accents and punctuation do not matter. `nil` for an empty text,
    /// a number off the scale, or words that match nothing.
    ///
    /// - Complexity: O(*n*) in the number of the scale's codes and labels; meant for one answer
    ///   at a time, as the self-evaluation reads them.
    package func answer(typed text: String) -> Answer? {
        let lookup = AnswerLookup(scale: self)
        var scratch: [UInt8] = []
        var bytes = Array(text.utf8)
        let outcome = bytes.withUnsafeMutableBufferPointer { buffer in
            lookup.decode(UnsafeBufferPointer(buffer), scratch: &scratch)
        }
        switch outcome {
        case .answer(.unanswered), .answer(.invalid), .offScale, .unknown: return nil
        case .answer(let answer): return answer
        }
    }
}
