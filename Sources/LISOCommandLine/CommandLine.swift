import Foundation
import LISO

/// The `liso` command: parses the arguments, runs one command and returns its exit status.
public enum LISOCommandLine: Sendable {
    /// Runs the command line with the given arguments (without the program name).
    public static func run(arguments: [String]) -> Int32 {
        print(LISOVersion.current)
        return 0
    }
}
