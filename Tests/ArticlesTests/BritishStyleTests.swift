import Articles
import XCTest

/// British style: single-mark speech, `Mr Shapps`, `24 October 2022`, `per cent`, a `Published:` header,
/// a role in apposition.
final class BritishStyleTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["rail.txt"])
    var a: Article { Self.corpus.articles[0] }
    func entity(_ t: String) -> Entity? { a.entities.first { $0.text == t } }

    func testHeaderAndByline() {
        XCTAssertEqual(a.date?.description, "2022-10-24")
        XCTAssertEqual(a.byline, "Oliver Hughes")
        XCTAssertTrue(a.subheadings.isEmpty)
    }

    func testPeopleAndSpeakers() {
        XCTAssertEqual(entity("Mick Lynch")?.type, .person, "a role in apposition")
        XCTAssertEqual(entity("Shapps")?.canonical, "Grant Shapps")
        let speakers = a.quotes.filter { $0.kind == .direct }.map { $0.speaker ?? "nil" }
        XCTAssertEqual(speakers, ["Grant Shapps", "Grant Shapps", "Mick Lynch"])
        XCTAssertEqual(entity("5 per cent")?.type, .percent)
    }

    func testDayMonthYearAndFutureMonth() {
        let v = FixtureCorpus.timexValues(a)
        XCTAssertEqual(v["Tuesday night"], "2022-10-18TNI")
        XCTAssertEqual(v["January"], "2023-01", "rates will rise in January: the next one")
        XCTAssertEqual(v["3 November"], "2022-11-03")
        XCTAssertEqual(v["Christmas"], "2022-12-25")
    }
}
