// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tiktok-reader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tiktok-reader", targets: ["Reader"]),
        .library(name: "Articles", targets: ["Articles"]),
        // Replays inputs through the annotation properties; built with -DFUZZING and libFuzzer it is the fuzzer
        // (docs/fuzzing.md).
        .executable(name: "articles-fuzz", targets: ["ArticlesFuzz"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "Articles"
        ),
        // The properties every annotated input must have, shared by the fuzzer and the tests.
        .target(name: "ArticlesProperties", dependencies: ["Articles"]),
        // libFuzzer's driver, declared for the fuzzing build of ArticlesFuzz (nothing is linked).
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(name: "ArticlesFuzz", dependencies: ["Articles", "ArticlesProperties", "CLibFuzzer"]),
        // The bundled seed articles, compiled in from `seeds/` by tools/embed-seeds.py.
        .target(name: "SeedArticles"),
        .executableTarget(
            name: "Reader",
            dependencies: ["Articles", "SeedArticles", "CNcurses"],
            // The reader uses threads and a mutex, none of Swift's concurrency: without the implicit import the
            // Concurrency library and libdispatch are not linked, and their start-up work (0.5 ms and more, most
            // of all on a busy machine) no longer comes before the first screen.
            swiftSettings: [.unsafeFlags(["-Xfrontend", "-disable-implicit-concurrency-module-import"])]
        ),
        .testTarget(
            name: "ArticlesTests",
            dependencies: ["Articles", "SeedArticles", "ArticlesProperties"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ReaderTests",
            dependencies: ["Reader", "Articles", "SeedArticles"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
