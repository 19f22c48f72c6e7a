// swift-tools-version: 6.1
// Placeworks — governance and delivery platform for place-based health and care partnerships.
//
// Layers (dependencies point one way, downwards in this file is never imported upwards):
//   core domain  ←  plugins (extensions)  ←  feature modules  ←  wiring  ←  executables
import PackageDescription

/// One set of Swift settings for every target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// The extensions (plugins): each is a target `Plugins/<name>` that imports the core only, and a
/// test target `Tests/<name>Tests`; `requires` names the extension targets its tests register it
/// with. The one list of extensions the executables run is `Modules/PlaceworksBootstrap/Extensions.swift`.
/// `place new-extension` adds a line to both.
let extensions: [(name: String, requires: [String])] = [
    // South East London ICS: its bodies, provider collaboratives, places, trusts and SEL rules.
    (name: "SouthEastLondon", requires: []),
    // Southwark: Partnership Southwark, the PSSB, the recovery plan, the 2009 Southwark Alliance, SWK and ALL rules.
    (name: "Southwark", requires: ["SouthEastLondon"]),
    // Lewisham: the LCP Board, its leadership team, Section 75 delegations and LEW rules.
    (name: "Lewisham", requires: ["SouthEastLondon"]),
]

let package = Package(
    name: "Placeworks",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "place", targets: ["place"]),
        .executable(name: "place-import", targets: ["place-import"]),
        .executable(name: "place-server", targets: ["place-server"]),
        .executable(name: "place-report", targets: ["place-report"]),
        .library(name: "PlaceworksDomain", targets: ["PlaceworksDomain"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // MARK: - Core domain

        /// The domain model, the rule engine, the extension protocol and registry, the national rules. No I/O.
        .target(
            name: "PlaceworksDomain",
            path: "Modules/PlaceworksDomain",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        // MARK: - Extensions (plugins: import the core only), from the list above

    ] + extensions.map { ext in
        .target(name: ext.name, dependencies: ["PlaceworksDomain"], path: "Plugins/\(ext.name)", exclude: ["README.md"],
                swiftSettings: swiftSettings)
    } + [
        // MARK: - Feature modules

        /// Reading and writing datasets and proposed arrangements as JSON or YAML files.
        .target(
            name: "PlaceworksInterchange",
            dependencies: [
                "PlaceworksDomain",
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Modules/PlaceworksInterchange",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        /// A deterministic generator of national-scale fictional data, for benchmarks and scale tests.
        .target(
            name: "PlaceworksSynthetic",
            dependencies: ["PlaceworksDomain"],
            path: "Modules/PlaceworksSynthetic",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        /// Board packs and ICS reports: a report document computed from the data, its findings and
        /// its audit log, rendered as HTML (Mustache templates), PDF, Markdown, CSV and JSON.
        .target(
            name: "PlaceworksReports",
            dependencies: [
                "PlaceworksDomain",
                "PlaceworksStore",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            path: "Modules/PlaceworksReports",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        // MARK: - Store (interface, then one module per backend: only these import their drivers)

        /// The store interface: versioned records, batched writes, the hash-chained audit log, migrations.
        .target(
            name: "PlaceworksStore",
            dependencies: [
                "PlaceworksDomain",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Modules/PlaceworksStore",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        /// The embedded store: one SQLite file in WAL mode, through GRDB and Debian's libsqlite3.
        .target(
            name: "PlaceworksStoreSQLite",
            dependencies: [
                "PlaceworksStore",
                "PlaceworksDomain",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Modules/PlaceworksStoreSQLite",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        /// The shared store: PostgreSQL through PostgresNIO, given a connection URL.
        .target(
            name: "PlaceworksStorePostgres",
            dependencies: [
                "PlaceworksStore",
                "PlaceworksDomain",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Modules/PlaceworksStorePostgres",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        // MARK: - Wiring

        /// The one explicit list of extensions, built into the registry every executable uses.
        .target(
            name: "PlaceworksBootstrap",
            dependencies: [
                "PlaceworksDomain", "PlaceworksStore", "PlaceworksStoreSQLite", "PlaceworksStorePostgres",
            ] + extensions.map { .target(name: $0.name) },
            path: "Modules/PlaceworksBootstrap",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        // MARK: - Application layer

        /// What every executable does, through the same calls: the live snapshot of the store, the
        /// check with its provenance, `place init`'s seeding plan and the typed write operations.
        .target(
            name: "PlaceworksApplication",
            dependencies: [
                "PlaceworksDomain",
                "PlaceworksStore",
                "PlaceworksBootstrap",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            path: "Modules/PlaceworksApplication",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        // MARK: - Feature modules over the application layer

        /// The `place` command line: check, list, rules, assess, init, db, audit and the update commands.
        .target(
            name: "PlaceworksCommands",
            dependencies: [
                "PlaceworksDomain",
                "PlaceworksApplication",
                "PlaceworksImport",
                "PlaceworksInterchange",
                "PlaceworksBootstrap",
                "PlaceworksStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Modules/PlaceworksCommands",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        /// Importing spreadsheets and public data files (CSV, xlsx, JSON, YAML) into the store.
        .target(
            name: "PlaceworksImport",
            dependencies: [
                "PlaceworksDomain",
                "PlaceworksApplication",
                "PlaceworksInterchange",
                "PlaceworksBootstrap",
                "PlaceworksStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Modules/PlaceworksImport",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        /// The web front end: the ICS dashboard, place pages, public transparency pages, meeting
        /// calendars and editing in the browser, as server-rendered HTML the server mounts.
        .target(
            name: "PlaceworksWeb",
            dependencies: [
                "PlaceworksDomain",
                "PlaceworksApplication",
                "PlaceworksStore",
                "PlaceworksReports",
                "PlaceworksBootstrap",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Modules/PlaceworksWeb",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        /// The JSON API over HTTP: routes, access control with API tokens, ETags, problem details, health.
        .target(
            name: "PlaceworksServer",
            dependencies: [
                "PlaceworksDomain",
                "PlaceworksApplication",
                "PlaceworksWeb",
                "PlaceworksStore",
                "PlaceworksBootstrap",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Modules/PlaceworksServer",
            exclude: ["README.md"],
            resources: [.copy("openapi.json")],
            swiftSettings: swiftSettings
        ),

        // MARK: - Executables (one file each)

        .executableTarget(
            name: "place",
            dependencies: ["PlaceworksCommands"],
            path: "Modules/Executables/place",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "place-import",
            dependencies: ["PlaceworksImport"],
            path: "Modules/Executables/place-import",
            swiftSettings: swiftSettings
        ),

        .executableTarget(
            name: "place-server",
            dependencies: [
                "PlaceworksServer", "PlaceworksApplication", "PlaceworksBootstrap", "PlaceworksStore", "PlaceworksWeb",
                "PlaceworksDomain", "PlaceworksInterchange",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            path: "Modules/Executables/place-server",
            swiftSettings: swiftSettings
        ),

        .executableTarget(
            name: "place-report",
            dependencies: [
                "PlaceworksReports", "PlaceworksDomain", "PlaceworksInterchange", "PlaceworksBootstrap", "PlaceworksStore",
                "PlaceworksApplication",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Modules/Executables/place-report",
            swiftSettings: swiftSettings
        ),

        // MARK: - Developer tools

        /// Writes the synthetic national dataset to a file.
        .executableTarget(
            name: "placeworks-synth",
            dependencies: ["PlaceworksSynthetic", "PlaceworksInterchange"],
            path: "Tools/placeworks-synth",
            swiftSettings: swiftSettings
        ),
        /// Times loading the national dataset and running every check, on SQLite and PostgreSQL (not a test).
        .executableTarget(
            name: "placeworks-bench",
            dependencies: [
                "PlaceworksBootstrap", "PlaceworksSynthetic", "PlaceworksInterchange", "PlaceworksDomain",
                "PlaceworksStore", "PlaceworksStoreSQLite", "PlaceworksStorePostgres", "PlaceworksApplication",
            ],
            path: "Tools/placeworks-bench",
            swiftSettings: swiftSettings
        ),
        /// A Hummingbird hello-world: the baseline the server benchmark compares with (not a product).
        .executableTarget(
            name: "placeworks-hello",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            path: "Tools/placeworks-hello",
            swiftSettings: swiftSettings
        ),
        /// Times the board pack and the ICS report, for SEL and the synthetic nation (not a test).
        .executableTarget(
            name: "placeworks-report-bench",
            dependencies: ["PlaceworksReports", "PlaceworksBootstrap", "PlaceworksInterchange", "PlaceworksSynthetic",
                           "PlaceworksDomain", "PlaceworksApplication"],
            path: "Tools/placeworks-report-bench",
            swiftSettings: swiftSettings
        ),
        /// Writes a batch, runs `place init` or a migration on a SQLite store, and can pause at a known point inside the transaction: the crash-safety tests kill it there.
        .executableTarget(
            name: "placeworks-store-writer",
            dependencies: ["PlaceworksStoreSQLite", "PlaceworksStore", "PlaceworksDomain", "PlaceworksApplication",
                           "PlaceworksBootstrap"],
            path: "Tools/placeworks-store-writer",
            swiftSettings: swiftSettings
        ),

        /// Times place-import on a generated 1,000,000-row Fingertips-shaped file beside sqlite3 .import and sqlite-utils (not a test).
        .executableTarget(
            name: "placeworks-import-bench",
            dependencies: ["PlaceworksImport", "PlaceworksBootstrap", "PlaceworksStore", "PlaceworksDomain"],
            path: "Tools/placeworks-import-bench",
            swiftSettings: swiftSettings
        ),

        // MARK: - Test support

        /// Fixture builders shared by the test targets.
        .target(
            name: "PlaceworksTestSupport",
            dependencies: ["PlaceworksDomain"],
            path: "Modules/PlaceworksTestSupport",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        /// The store conformance suite every backend runs, and its sample data.
        .target(
            name: "PlaceworksStoreTestSupport",
            dependencies: ["PlaceworksStore", "PlaceworksStorePostgres", "PlaceworksDomain", "PlaceworksTestSupport"],
            path: "Modules/PlaceworksStoreTestSupport",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),

        // MARK: - Tests (one target per module)

        .testTarget(
            name: "PlaceworksDomainTests",
            dependencies: ["PlaceworksDomain", "PlaceworksTestSupport"],
            path: "Tests/PlaceworksDomainTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksInterchangeTests",
            dependencies: ["PlaceworksInterchange", "PlaceworksDomain", "PlaceworksTestSupport"],
            path: "Tests/PlaceworksInterchangeTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksBootstrapTests",
            dependencies: ["PlaceworksBootstrap", "PlaceworksInterchange", "PlaceworksDomain", "PlaceworksTestSupport"],
            path: "Tests/PlaceworksBootstrapTests",
            resources: [],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksSyntheticTests",
            dependencies: ["PlaceworksSynthetic", "PlaceworksDomain"],
            path: "Tests/PlaceworksSyntheticTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksCommandsTests",
            dependencies: ["PlaceworksCommands", "PlaceworksDomain", "PlaceworksBootstrap", "PlaceworksInterchange",
                           "PlaceworksStore", "PlaceworksStorePostgres", "PlaceworksStoreSQLite", "PlaceworksTestSupport"],
            path: "Tests/PlaceworksCommandsTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksReportsTests",
            dependencies: ["PlaceworksReports", "PlaceworksDomain", "PlaceworksBootstrap", "PlaceworksInterchange",
                           "PlaceworksStore", "PlaceworksStoreSQLite", "PlaceworksTestSupport", "PlaceworksApplication"],
            path: "Tests/PlaceworksReportsTests",
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksApplicationTests",
            dependencies: ["PlaceworksApplication", "PlaceworksStore", "PlaceworksStoreSQLite", "PlaceworksStorePostgres",
                           "PlaceworksBootstrap", "PlaceworksDomain", "PlaceworksTestSupport", "PlaceworksStoreTestSupport",
                           "PlaceworksInterchange"],
            path: "Tests/PlaceworksApplicationTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksImportTests",
            dependencies: ["PlaceworksImport", "PlaceworksApplication", "PlaceworksDomain", "PlaceworksBootstrap",
                           "PlaceworksStore", "PlaceworksTestSupport"],
            path: "Tests/PlaceworksImportTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksServerTests",
            dependencies: ["PlaceworksServer", "PlaceworksApplication", "PlaceworksStore", "PlaceworksStoreSQLite",
                           "PlaceworksStorePostgres", "PlaceworksBootstrap", "PlaceworksDomain", "PlaceworksTestSupport",
                           "PlaceworksStoreTestSupport",
                           .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "Logging", package: "swift-log")],
            path: "Tests/PlaceworksServerTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksWebTests",
            dependencies: ["PlaceworksWeb", "PlaceworksServer", "PlaceworksApplication", "PlaceworksStore",
                           "PlaceworksStoreSQLite", "PlaceworksBootstrap", "PlaceworksDomain", "PlaceworksInterchange",
                           "PlaceworksStoreTestSupport", .product(name: "HummingbirdTesting", package: "hummingbird")],
            path: "Tests/PlaceworksWebTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksStoreTests",
            dependencies: ["PlaceworksStore", "PlaceworksStoreTestSupport", "PlaceworksDomain", "PlaceworksTestSupport",
                           "PlaceworksSynthetic"],
            path: "Tests/PlaceworksStoreTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksStoreSQLiteTests",
            dependencies: ["PlaceworksStoreSQLite", "PlaceworksStore", "PlaceworksStoreTestSupport", "PlaceworksDomain",
                           "PlaceworksTestSupport", "PlaceworksApplication", "PlaceworksBootstrap"],
            path: "Tests/PlaceworksStoreSQLiteTests",
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PlaceworksStorePostgresTests",
            dependencies: ["PlaceworksStorePostgres", "PlaceworksStore", "PlaceworksStoreTestSupport", "PlaceworksDomain"],
            path: "Tests/PlaceworksStorePostgresTests",
            swiftSettings: swiftSettings
        ),
    ] + extensions.map { ext in
        // Each extension's tests: its rules against fixtures, with the extensions it requires.
        .testTarget(name: "\(ext.name)Tests",
                    dependencies: [.target(name: ext.name), "PlaceworksDomain", "PlaceworksTestSupport"]
                        + ext.requires.map { .target(name: $0) },
                    path: "Tests/\(ext.name)Tests", swiftSettings: swiftSettings)
    }
)
