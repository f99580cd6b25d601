import Articles
import XCTest

/// Headers after a byline, AP state abbreviations, `X for Y and Z` institutions, a quote split by its
/// attribution, `according to`, possessives before names.
final class SenateStyleTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["senate.txt"])
    var a: Article { Self.corpus.articles[0] }
    func entity(_ t: String) -> Entity? { a.entities.first { $0.text == t } }
    func speaker(_ prefix: String) -> String? { a.quotes.first { $0.kind == .direct && $0.text.hasPrefix(prefix) }?.speaker }

    func testMetadataAfterTheByline() {
        XCTAssertEqual(a.byline, "Maria Gonzalez")
        XCTAssertEqual(a.date?.description, "2021-03-10")
        XCTAssertFalse(a.timexes.contains { $0.text == "2021-03-10" }, "the header is not body text")
    }

    func testEntities() {
        XCTAssertEqual(entity("Centers for Disease Control and Prevention")?.type, .organization)
        XCTAssertEqual(entity("N.Y.")?.canonical, "New York")
        XCTAssertEqual(entity("Goldman Sachs")?.type, .organization)
        XCTAssertEqual(entity("Apple")?.type, .organization)
        XCTAssertEqual(entity("Tim Cook")?.type, .person)
        XCTAssertEqual(entity("Fauci")?.canonical, "Anthony Fauci")
    }

    func testSpeakers() {
        XCTAssertEqual(speaker("We are seeing"), "Anthony Fauci")
        XCTAssertEqual(speaker("and that is worrying"), "Anthony Fauci", "the second half of a split quote")
        XCTAssertEqual(speaker("It is a fragile"), "Centers for Disease Control and Prevention", "the agency → the organisation")
        XCTAssertEqual(speaker("We will not wait"), "Chuck Schumer", "colon introduction")
    }

    func testTimes() {
        let v = FixtureCorpus.timexValues(a)
        XCTAssertEqual(v["Tuesday"], "2021-03-09")
        XCTAssertEqual(v["last month"], "2021-02")
        XCTAssertEqual(v["March 26"], "2021-03-26")
        XCTAssertEqual(v["2019"], "2019")
    }
}
