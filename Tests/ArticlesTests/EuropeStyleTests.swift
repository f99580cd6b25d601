import Articles
import XCTest

/// Names with particles and hyphens, apostrophes, `Bank of America` opening a sentence, `mid-2023`.
final class EuropeStyleTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["energy.txt"])
    var a: Article { Self.corpus.articles[0] }
    func entity(_ t: String) -> Entity? { a.entities.first { $0.text == t } }

    func testNames() {
        XCTAssertEqual(entity("Ursula von der Leyen")?.type, .person)
        XCTAssertEqual(entity("Jean-Luc Mercier")?.type, .person)
        XCTAssertEqual(entity("Siobhan O'Brien")?.type, .person)
        XCTAssertEqual(entity("Bank of America")?.type, .organization)
        XCTAssertEqual(entity("University of Geneva")?.type, .organization)
        XCTAssertEqual(entity("BRUSSELS")?.canonical, "Brussels")
        XCTAssertEqual(a.quotes.first { $0.kind == .direct }?.speaker, "Ursula von der Leyen")
        XCTAssertEqual(a.quotes.first { $0.text.hasPrefix("It's not") }?.speaker, "Siobhan O'Brien")
    }

    func testTimes() {
        XCTAssertEqual(a.date?.description, "2022-12-16", "Date: Friday, Dec. 16, 2022")
        let v = FixtureCorpus.timexValues(a)
        XCTAssertEqual(v["Thursday"], "2022-12-15")
        XCTAssertEqual(v["mid-2023"], "2023")
        XCTAssertEqual(v["two weeks ago"], "2022-12-02")
    }
}
