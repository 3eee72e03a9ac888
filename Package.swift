// swift-tools-version: 6.2
import PackageDescription

/// Settings every target shares: Swift 6 language mode is the package default; public types
/// must state whether they are `Sendable`.
let strictSettings: [SwiftSetting] = [
    .treatWarning("ExplicitSendable", as: .error)
]

let package = Package(
    name: "liso",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LISO", targets: ["LISO"]),
        .executable(name: "liso", targets: ["liso-cli"]),
    ],
    targets: [
        .target(name: "LISO", swiftSettings: strictSettings),
        .target(name: "LISOCommandLine", dependencies: ["LISO"], swiftSettings: strictSettings),
        .executableTarget(
            name: "liso-cli",
            dependencies: ["LISOCommandLine"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "LISOBenchmarks",
            dependencies: ["LISO", "LISOCommandLine"],
            path: "Benchmarks/LISOBenchmarks",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "LISOTests", dependencies: ["LISO"], swiftSettings: strictSettings),
        .testTarget(
            name: "LISOCommandLineTests",
            dependencies: ["LISOCommandLine", "LISO", "liso-cli"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
