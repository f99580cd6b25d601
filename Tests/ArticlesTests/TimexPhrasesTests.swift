@testable import Articles
import XCTest

/// The catalogue of time phrases made of words alone: each family on sentences written for the project, and the
/// catalogue's own promises (every row reachable, the longest phrase wins).
final class TimexPhrasesTests: XCTestCase {
    /// The time values of one sentence dated Thursday, June 2, 2022.
    func values(_ body: String) -> [String: String] { FixtureCorpus.timexValues(of: body) }

    func testEveryRowStartsAtAWordTheRecogniserLooksAt() {
        for family in TimexPhrases.families {
            for row in family {
                guard case .word(let w) = row.elements[0] else {
                    if case .oneOf(let ws) = row.elements[0] { XCTAssertTrue(ws.isSubset(of: TimexRecognizer.startWords)) }
                    continue
                }
                XCTAssertTrue(TimexRecognizer.startWords.contains(w), "\(w) starts a phrase the recogniser never looks at")
            }
        }
    }

    func testRelativeDays() {
        let v = values("The ferry left yesterday morning, returns tomorrow and sails again tonight; last night the crew slept.")
        XCTAssertEqual(v["yesterday morning"], "2022-06-01TMO")
        XCTAssertEqual(v["tomorrow"], "2022-06-03")
        XCTAssertEqual(v["tonight"], "2022-06-02TNI")
        XCTAssertEqual(v["last night"], "2022-06-01TNI")
    }

    func testTheYearOfTheReport() {
        let v = values("Sales for the full year rose, and the current fiscal year began well; the board meets at the end of the year.")
        XCTAssertEqual(v["the full year"], "2022")
        XCTAssertEqual(v["the current fiscal year"], "2022", "the longest phrase wins over `the current year`-like rows")
        XCTAssertEqual(v["the end of the year"], "2022")
    }

    func testDaysNamedAgain() {
        let v = values("The pier opened on May 3, 2019. The same day a storm came, and the following year it was rebuilt. "
            + "Repairs over the next year cost more.")
        XCTAssertEqual(v["The same day"], "2019-05-03")
        XCTAssertEqual(v["the following year"], "2020")
        XCTAssertEqual(v["the next year"], "P1Y", "over the next year: a span, not a year named again")
    }

    func testVagueReferences() {
        let v = values("Nowadays the harbour is busy; in the past it was not, and in the near future it may be again. "
            + "Ships will soon return, as soon as the ice melts.")
        XCTAssertEqual(v["Nowadays"], "PRESENT_REF")
        XCTAssertEqual(v["the past"], "PAST_REF")
        XCTAssertEqual(v["the near future"], "FUTURE_REF")
        XCTAssertEqual(v["soon"], "FUTURE_REF")
        XCTAssertEqual(v.values.filter { $0 == "FUTURE_REF" }.count, 2, "`as soon as` is no time")
    }

    func testSets() {
        let v = values("Boats sail every Tuesday, the pilots train each month and twice a year; the Harbour Daily reports nightly.")
        XCTAssertEqual(v["every Tuesday"], "XXXX-WXX-2")
        XCTAssertEqual(v["each month"], "P1M")
        XCTAssertEqual(v["twice a year"], "P1Y")
        XCTAssertEqual(v["nightly"], "P1D")
        XCTAssertNil(v["Daily"], "a name, not a set")
    }

    func testTheWeekend() {
        let v = values("Over the weekend the harbour flooded.")
        XCTAssertEqual(v["the weekend"], "2022-W21-WE", "the one before a Thursday")
    }
}
