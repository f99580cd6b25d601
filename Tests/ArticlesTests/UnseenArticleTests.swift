import Articles
import Foundation
import XCTest

/// Articles of other stories, written for these tests, with hand-made expectations: straight quotes,
/// a quotation across paragraphs, bylines at the top, `Oct. 24` dates, tickers in parentheses.
final class UnseenArticleTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["harbor.txt", "council.txt"])
    var harbor: Article { Self.corpus.articles[0] }
    var council: Article { Self.corpus.articles[1] }

    func entity(_ a: Article, _ text: String) -> Entity? { a.entities.first { $0.text == text } }
    func quote(_ a: Article, startingWith s: String) -> Quote? { a.quotes.first { $0.kind == .direct && $0.text.hasPrefix(s) } }

    func testHeaderMetadataAndTopByline() {
        XCTAssertEqual(harbor.title, "Harbor Freight Lines Shares Jump After Port Deal")
        XCTAssertEqual(harbor.date?.description, "2023-10-24")
        XCTAssertEqual(harbor.dateSource, .metadata)
        XCTAssertEqual(harbor.byline, "Jane Okafor")
        XCTAssertEqual(council.title, "City Council Backs New Transit Plan")
        XCTAssertEqual(council.byline, "Priya Raman")
        XCTAssertEqual(council.dateSource, .none)
    }

    func testEntitiesTypesAndCanonicalNames() {
        XCTAssertEqual(entity(harbor, "Harbor Freight Lines")?.type, .organization)
        XCTAssertEqual(entity(harbor, "HFL")?.type, .ticker)
        XCTAssertEqual(entity(harbor, "HFL")?.canonical, "Harbor Freight Lines")
        XCTAssertEqual(entity(harbor, "Harbor")?.canonical, "Harbor Freight Lines", "a short form takes the full name")
        XCTAssertEqual(entity(harbor, "Delgado")?.canonical, "Marcus Delgado")
        XCTAssertEqual(entity(harbor, "Marcus Delgado")?.type, .person, "a title before a name is context")
        XCTAssertEqual(entity(harbor, "Morgan Stanley")?.type, .organization)
        XCTAssertEqual(entity(harbor, "Tacoma")?.type, .place)
        XCTAssertEqual(entity(council, "Laura Chen")?.type, .person)
        XCTAssertEqual(entity(council, "Chen")?.canonical, "Laura Chen")
        XCTAssertEqual(entity(council, "SPRINGFIELD")?.type, .place)
        XCTAssertNil(entity(council, "Thanksgiving"), "a holiday is a date, not a name")
        XCTAssertNil(entity(council, "Councilmember Laura Chen"), "titles are not part of the name")
    }

    func testStraightQuotesSingleQuotesAndParagraphContinuation() {
        XCTAssertEqual(quote(harbor, startingWith: "This gives us")?.speaker, "Marcus Delgado")
        XCTAssertEqual(quote(harbor, startingWith: "We expect")?.speaker, "Marcus Delgado", "a quote after the same speaker's")
        XCTAssertEqual(quote(harbor, startingWith: "We looked")?.speaker, "Marcus Delgado", "a quote running on into the next paragraph")
        XCTAssertEqual(quote(harbor, startingWith: "In the end")?.speaker, "Marcus Delgado", "he added → the last person")
        XCTAssertEqual(quote(council, startingWith: "a turning point")?.speaker, "Laura Chen", "a partial quote, credited to the subject")
        XCTAssertEqual(quote(council, startingWith: "We simply")?.speaker, "David Ortiz", "single-mark quote")
        let q = quote(harbor, startingWith: "This gives us")!
        XCTAssertEqual(String(decoding: harbor.bytes[q.span.start..<q.span.end], as: UTF8.self), q.text, "spans are byte offsets")
    }

    func testTimeValuesAgainstTheArticleDate() {
        let values = FixtureCorpus.timexValues(harbor)
        XCTAssertEqual(values["Tuesday"], "2023-10-24")
        XCTAssertEqual(values["Monday"], "2023-10-23")
        // said in October 2023: "We expect the terminals to be running … by the end of June" is the June to come
        XCTAssertEqual(values["the end of June"], "2024-06")
        XCTAssertEqual(values["the first quarter of 2024"], "2024-Q1")
        XCTAssertEqual(values["1987"], "1987")
        // without a date to infer, relative expressions stay unresolved rather than invented
        XCTAssertNil(council.timexes.first { $0.text == "Monday evening" }?.value)
        XCTAssertEqual(council.timexes.first { $0.text == "May 2019" }?.value, "2019-05")
    }

    func testReportedSpeech() {
        XCTAssertTrue(harbor.quotes.contains { $0.kind == .reported && $0.speaker == "Marcus Delgado" && $0.text.hasPrefix("the purchase") })
    }
}
