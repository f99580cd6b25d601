import Articles
import ArticlesProperties
import Foundation
import SeedArticles
import XCTest

/// Every input the fuzzer found (Fixtures/fuzz) and the committed hostile seeds (Fixtures/hostile), through the
/// fuzzer's own checks (`AnnotationCheck`): no crash, every span inside its file and on UTF-8 boundaries, spans
/// of one kind ordered and apart, a valid JSON export, and time per byte within budget. See docs/fuzzing.md.
final class FuzzRegressionTests: XCTestCase {
    /// The budget here is looser than the fuzzer's: tests run unoptimised, beside other builds.
    static let budget = TimeBudget(fixed: 5, perByte: 500e-6)

    func inputs(_ folder: String) throws -> [URL] {
        let name = folder.isEmpty ? "Fixtures" : "Fixtures/\(folder)"
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: nil), name)
        return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func check(_ folder: String) throws {
        let files = try inputs(folder)
        XCTAssertFalse(files.isEmpty, "no inputs in Fixtures/\(folder)")
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            let report = AnnotationCheck.run(bytes, budget: Self.budget)
            XCTAssertEqual(report.violations, [], "\(folder)/\(file.lastPathComponent)")
        }
    }

    func testEveryFuzzFindingKeepsEveryProperty() throws { try check("fuzz") }

    func testEveryHostileSeedKeepsEveryProperty() throws { try check("hostile") }

    /// The whole fixture corpus at once, so the cross-article stages (names, inferred dates, the timeline) meet
    /// many articles.
    func testTheFixturesAndSeedsKeepEveryProperty() throws {
        let fixtures = try inputs("").filter { $0.pathExtension == "txt" }
        let files = try fixtures.map { (path: $0.lastPathComponent, bytes: [UInt8](try Data(contentsOf: $0))) } + SeedArticles.files
        let corpus = CorpusBuilder().build(files)
        XCTAssertFalse(corpus.timeline.isEmpty)
        XCTAssertEqual(SpanProperties.violations(corpus), [])
        XCTAssertNil(JSONCheck.problem(CorpusExporter.json(corpus)))
    }

    // MARK: - Findings, named

    /// Fixtures/fuzz/percent-with-a-capital-cent.txt: `Cent` was a name inside the percentage as well.
    func testAnAmountKeepsTheCapitalisedWordInsideIt() {
        let corpus = CorpusBuilder().build([(path: "a.txt", bytes: Array("Fares\n\nFares rise by 5 per Cent and $5 Billion.\n".utf8))])
        let entities = corpus.articles[0].entities.map { "\($0.type.rawValue) \($0.text)" }
        XCTAssertEqual(entities, ["percent 5 per Cent", "money $5 Billion"])
    }

    // MARK: - The checks themselves find what they look for

    func testTheChecksReportOverlapsBoundariesAndRanges() {
        let bytes = Array("Ann Lee met Bo Chan in Köln.".utf8)
        var a = ArticleReader().read(path: "x.txt", bytes: bytes)
        a.entities = [Entity(span: ByteSpan(0, 7), text: "Ann Lee", type: .person, canonical: "Ann Lee"),
                      Entity(span: ByteSpan(4, 10), text: "Lee met", type: .person, canonical: "Lee met")]
        a.timexes = [Timex(span: ByteSpan(25, 27), text: "öl", kind: .date, value: nil, pattern: TimexPattern(shape: .fixed("P1D")))]
        a.quotes = [Quote(span: ByteSpan(20, 99), text: "", kind: .direct)]
        let found = SpanProperties.violations(Corpus(articles: [a], timeline: [], speakers: []))
        XCTAssertTrue(found.contains { $0.contains("entity 1") && $0.contains("overlaps") }, found.joined(separator: "\n"))
        XCTAssertTrue(found.contains { $0.contains("timex 0") && $0.contains("boundaries") }, found.joined(separator: "\n"))
        XCTAssertTrue(found.contains { $0.contains("quote 0") && $0.contains("outside") }, found.joined(separator: "\n"))
    }

    func testTheJSONCheckRefusesBrokenJSON() {
        XCTAssertNil(JSONCheck.problem("{\"a\": [1, -2.5e3, true, null, \"x\\u00e9\\n\"], \"b\": {}}\n"))
        for bad in ["{\"a\": 1,}", "[\"raw \u{1B} escape\"]", "{\"a\" 1}", "[1] [2]", "\"unterminated", "[01]", "{\"a\": \"\\x\"}"] {
            XCTAssertNotNil(JSONCheck.problem(bad), bad)
        }
    }

    func testInputsSplitIntoArticlesAtNUL() {
        let files = AnnotationCheck.files(Array("a\0b\0\0c\0d".utf8))
        XCTAssertEqual(files.map(\.path), ["fuzz/0.txt", "fuzz/1.txt", "fuzz/2.txt", "fuzz/3.txt"])
        XCTAssertEqual(files.map { String(decoding: $0.bytes, as: UTF8.self) }, ["a", "b", "", "c\0d"])
    }
}
