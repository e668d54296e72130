// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "portal",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "portal", targets: ["portal"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        // FluentSQL turns a record query into SQL to nest inside another statement (the front page's counts).
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        // E-mail: no SMTP package is available, so the portal speaks SMTP over NIO itself.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.86.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.30.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        // Operational metrics, exported in the Prometheus text format at /metrics.
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // zlib's raw DEFLATE for SMART Health Cards; its headers come with what Vapor already needs.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "PortalCore", dependencies: ["CZlib", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")]
        ),
        .target(name: "PortalHTML"),
        // FHIR R4 bundles read into the portal's clinical records; no Vapor, no database.
        .target(name: "PortalFHIR", dependencies: ["PortalCore"]),
        // The clinical record: its models are internal, so every read goes through
        // `PatientRecord` and the access decision it is opened with.
        .target(
            name: "PortalRecord",
            dependencies: [
                "PortalCore",
                "PortalFHIR",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Portal",
            dependencies: [
                "PortalCore",
                "PortalHTML",
                "PortalFHIR",
                "PortalRecord",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.process("Resources")]
        ),
        .executableTarget(name: "portal", dependencies: ["Portal"]),
        .testTarget(
            name: "PortalCoreTests",
            dependencies: ["PortalCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "PortalHTMLTests", dependencies: ["PortalHTML"]),
        .testTarget(name: "PortalFHIRTests", dependencies: ["PortalFHIR"]),
        .testTarget(
            name: "PortalTests",
            dependencies: [
                "Portal",
                "PortalFHIR",
                "PortalRecord",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            // HTML snapshots of the pages, read by the tests from the source tree.
            exclude: ["__Snapshots__"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
