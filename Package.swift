// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "watchlist",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "WatchlistCore", targets: ["WatchlistCore"]),
        .library(name: "WatchlistParsers", targets: ["WatchlistParsers"]),
        .library(name: "WatchlistMatching", targets: ["WatchlistMatching"]),
        .library(name: "WatchlistArticles", targets: ["WatchlistArticles"]),
        .library(name: "WatchlistStore", targets: ["WatchlistStore"]),
        .library(name: "WatchlistScreening", targets: ["WatchlistScreening"]),
        .executable(name: "watchlist", targets: ["watchlist"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The entity model: plain values, no dependencies.
        .target(name: "WatchlistCore"),

        // libxml2, seen through one shim header (see shim.h for the ICU gotcha).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "WatchlistParsers",
            dependencies: [
                "WatchlistCore", "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(name: "WatchlistMatching", dependencies: ["WatchlistCore"]),
        .target(
            name: "WatchlistScreening",
            dependencies: [
                "WatchlistCore", "WatchlistMatching",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "WatchlistArticles", dependencies: ["WatchlistCore", "WatchlistMatching", "CLibXML2"]),
        .target(
            name: "WatchlistStore",
            dependencies: [
                "WatchlistCore", "WatchlistMatching", "WatchlistParsers", "WatchlistArticles",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            plugins: ["EmbedDefaultSources"]
        ),
        .executableTarget(
            name: "watchlist",
            dependencies: [
                "WatchlistCore", "WatchlistParsers", "WatchlistMatching", "WatchlistArticles", "WatchlistStore",
                "WatchlistScreening",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Build-time embedding of the repository's lists/ and seeds/ into the default watchlist.
        .executableTarget(name: "EmbedSourcesTool"),
        .plugin(name: "EmbedDefaultSources", capability: .buildTool(), dependencies: ["EmbedSourcesTool"]),

        .testTarget(name: "WatchlistCoreTests", dependencies: ["WatchlistCore"]),
        .testTarget(
            name: "WatchlistParsersTests",
            dependencies: ["WatchlistParsers"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "WatchlistMatchingTests", dependencies: ["WatchlistMatching"]),
        .testTarget(
            name: "WatchlistArticlesTests",
            dependencies: ["WatchlistArticles"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "WatchlistStoreTests", dependencies: ["WatchlistStore"]),
        .testTarget(
            name: "WatchlistScreeningTests",
            dependencies: ["WatchlistScreening", .product(name: "CSV", package: "CSV.swift")]
        ),
        .testTarget(name: "watchlistTests", dependencies: ["watchlist"]),
    ],
    swiftLanguageModes: [.v6]
)
