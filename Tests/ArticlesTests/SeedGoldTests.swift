import Articles
import Foundation
import SeedArticles
import XCTest

/// The seed gold's bars, checked on the bundled seeds (the same bars as score-export --bars).
final class SeedGoldTests: XCTestCase {
    static let corpus: Corpus = CorpusBuilder().build(SeedArticles.files)

    func testSeedExportMeetsEveryGoldBar() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/seeds-gold", withExtension: "json"))
        let gold = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let f = GoldScorer.score(gold: gold, corpus: Self.corpus)
        let detail = f.misses.joined(separator: "\n")
        XCTAssertGreaterThanOrEqual(f.entityF1, 0.95, detail)
        XCTAssertGreaterThanOrEqual(f.entityStrictF1, 0.90, detail)
        XCTAssertGreaterThanOrEqual(f.canonical, 0.95, detail)
        XCTAssertEqual(f.quoteRecall, 1.0, detail)
        XCTAssertGreaterThanOrEqual(f.quotePrecision, 0.95, detail)
        XCTAssertEqual(f.speaker, 1.0, detail)
        XCTAssertGreaterThanOrEqual(f.timeRecall, 0.95, detail)
        XCTAssertGreaterThanOrEqual(f.timePrecision, 0.90, detail)
        XCTAssertEqual(f.timeValue, 1.0, detail)   // the corrected gold (its `May` no longer points into `Mayer`): every value right
        XCTAssertEqual(f.meta, 1.0, detail)
        XCTAssertEqual(f.timeline, 1.0, detail)
    }

    func testExportIsValidJSONWithTheContractFields() throws {
        let json = CorpusExporter.json(Self.corpus)
        let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let articles = try XCTUnwrap(obj["articles"] as? [[String: Any]])
        XCTAssertEqual(articles.count, 2)
        for key in ["path", "title", "titleDerived", "date", "dateSource", "byline", "subheadings", "captions", "entities", "quotes", "timexes"] {
            XCTAssertNotNil(articles[0][key], key)
        }
        XCTAssertNotNil(obj["timeline"] as? [[String: Any]])
        let speakers = try XCTUnwrap(obj["speakers"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        XCTAssertEqual(Set(speakers), ["Microsoft", "Mike Pompeo", "Vanessa Pappas", "Daniel Castro", "Peter Navarro", "Alex Stamos"])
    }

    func testReportedSpeechIsAKindOfItsOwn() {
        let a = Self.corpus.articles.first { $0.path.hasSuffix("000_14825bd3f1b8d812.txt") }!
        let reported = a.quotes.filter { $0.kind == .reported }
        XCTAssertTrue(reported.contains { $0.speaker == "Steven Mnuchin" && $0.text.hasPrefix("TikTok should be sold") },
                      reported.map { "\($0.speaker ?? "nil"): \($0.text)" }.joined(separator: "\n"))
    }
}

/// The seeds compiled into the program are the files in `seeds/`, byte for byte (run tools/embed-seeds.py
/// after changing them).
final class BundledSeedsTests: XCTestCase {
    func testCompiledSeedsEqualTheSeedFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(SeedArticles.files.map(\.path), names.map { "seeds/" + $0 })
        for (name, file) in zip(names, SeedArticles.files) {
            let disk = try Data(contentsOf: folder.appendingPathComponent(name))
            XCTAssertEqual(file.bytes, [UInt8](disk), name)
        }
    }

    func testLoadingTheSeedsFolderGivesTheSameArticles() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loaded = ArticleLoader().load([root.appendingPathComponent("seeds").path])
        XCTAssertTrue(loaded.problems.isEmpty)
        XCTAssertEqual(loaded.files.map(\.bytes), SeedArticles.files.map(\.bytes))
    }
}
