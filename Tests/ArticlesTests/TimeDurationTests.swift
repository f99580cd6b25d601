import Articles
import XCTest

/// Durations carry TIMEX3 values a reader and a scorer both read: years for decades and centuries.
final class TimeDurationTests: XCTestCase {
    func values(_ body: String) -> [String: String] {
        let c = CorpusBuilder().build([(path: "a.txt", bytes: Array("Dam report\n\nDate: June 2, 2022\n\n\(body)\n".utf8))])
        return FixtureCorpus.timexValues(c.articles[0])
    }

    func testADecadeIsTenYearsAndACenturyAHundred() {
        let v = values("The dam was planned for a decade and will last for two centuries, engineers said. Repairs ran for three weeks.")
        XCTAssertEqual(v["a decade"] ?? v["decade"], "P10Y", "not P1DE")
        XCTAssertEqual(v["two centuries"], "P200Y")
        XCTAssertEqual(v["three weeks"], "P3W")
    }

    func testHeadlinesAndSubheadingsAreScannedToo() {
        let c = CorpusBuilder().build([(path: "a.txt", bytes: Array(("Dam opens on March 3, 2023\n\nDate: March 1, 2023\n\n"
            + "The dam was finished early.\n\nWork Will Resume In April\n\nCrews return to the site.\n").utf8))])
        let v = FixtureCorpus.timexValues(c.articles[0])
        XCTAssertEqual(v["March 3, 2023"], "2023-03-03", "a date in the headline")
        XCTAssertEqual(v["April"] ?? v["In April"], "2023-04", "a month in a subheading")
    }
}
