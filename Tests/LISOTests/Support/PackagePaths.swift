import Foundation

/// Places the tests read, found from this file's place in the package.
enum PackagePaths {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `shared` folder beside the package; tests that read it skip when it is absent.
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
}
