/// Where the self-evaluation reads its answers, one line at a time: the terminal, a pipe, or a
/// list of lines in tests.
package protocol LineSource {
    /// The next line without its line break, or `nil` at the end of input.
    mutating func readLine() -> String?
}

/// Standard input, line by line; works for a terminal and for a pipe.
package struct StandardInputLines: LineSource {
    /// Creates a reader of standard input.
    package init() {}

    /// The next line of standard input.
    package mutating func readLine() -> String? { Swift.readLine(strippingNewline: true) }
}

/// A fixed list of lines, for tests and scripts.
package struct ScriptedLines: LineSource {
    /// The lines not read yet.
    package var remaining: ArraySlice<String>

    /// Creates a source that yields `lines`, then the end of input.
    package init(_ lines: [String]) { remaining = lines[...] }

    /// The next line, or `nil` when all are read.
    package mutating func readLine() -> String? { remaining.popFirst() }
}
