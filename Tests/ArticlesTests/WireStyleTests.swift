import Articles
import Foundation
import XCTest

/// A wire story (dateline, `(NASDAQ: X)`, credit line) and an undated follow-up's date inference.
final class WireStyleTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["wire.txt", "wire-followup.txt"])
    var wire: Article { Self.corpus.articles[0] }

    func entity(_ text: String) -> Entity? { wire.entities.first { $0.text == text } }

    func testSurnameThatIsAlsoAPlaceNamesThePerson() {
        XCTAssertEqual(entity("Warren")?.type, .person)
        XCTAssertEqual(entity("Warren")?.canonical, "Elizabeth Warren")
        XCTAssertEqual(wire.quotes.first { $0.text.hasPrefix("This deal") }?.speaker, "Elizabeth Warren")
        XCTAssertEqual(wire.quotes.first { $0.text.hasPrefix("Regulators") }?.speaker, "Elizabeth Warren", "continuation")
        XCTAssertEqual(wire.quotes.first { $0.text.hasPrefix("use every tool") }?.speaker, "Elizabeth Warren", "she said → the last woman named")
    }

    func testInstitutionsTickersAndCredits() {
        XCTAssertEqual(entity("Securities and Exchange Commission")?.type, .organization)
        XCTAssertEqual(entity("Acme Corp")?.type, .organization)
        XCTAssertEqual(entity("Globex Inc")?.type, .organization)
        XCTAssertEqual(entity("GLBX")?.type, .ticker)
        XCTAssertEqual(entity("FTC")?.canonical, "Federal Trade Commission", "an acronym takes the full name")
        XCTAssertEqual(entity("WASHINGTON")?.type, .place)
        XCTAssertEqual(wire.byline, "John Smith")
        XCTAssertTrue(wire.subheadings.isEmpty, "a credit line is not a subheading")
        XCTAssertEqual(entity("Mary Jones")?.type, .person)
        XCTAssertNil(entity("Massachusetts Democrat"), "a description, not a name")
    }

    func testUndatedArticleTakesTheDateOfTheArticleItSharesMostWith() {
        XCTAssertEqual(wire.dateSource, .inferred)
        XCTAssertEqual(wire.date?.description, "2024-02-02")
        XCTAssertEqual(wire.timexes.first { $0.text == "Thursday" }?.value, "2024-02-01")
        XCTAssertEqual(wire.timexes.first { $0.text == "Jan. 5" }?.value, "2024-01-05")
        XCTAssertFalse(wire.quotes.contains { $0.kind == .reported && $0.text == "In a statement" })
    }
}
