import Articles
import XCTest

/// A tech-business story: capitals dateline, `Inc. (NYSE: X)`, a quotation across paragraphs, `Jr.` and initials
/// inside a speaker's name, `next Monday`.
final class TechStyleTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["layoffs.txt"])
    var a: Article { Self.corpus.articles[0] }
    func entity(_ t: String) -> Entity? { a.entities.first { $0.text == t } }

    func testEntities() {
        XCTAssertEqual(entity("SAN FRANCISCO")?.canonical, "San Francisco")
        XCTAssertEqual(entity("ZTX")?.type, .ticker)
        XCTAssertEqual(entity("ZTX")?.canonical, "Zentrix Labs Inc")
        XCTAssertEqual(entity("Zentrix")?.canonical, "Zentrix Labs Inc")
        XCTAssertEqual(entity("Robert L. Chambers Jr")?.type, .person)
    }

    func testSpeakers() {
        let direct = a.quotes.filter { $0.kind == .direct }
        XCTAssertEqual(direct.map { $0.speaker ?? "nil" }, ["Priya Natarajan", "Priya Natarajan", "Priya Natarajan", "Robert Chambers Jr"])
        let reported = a.quotes.first { $0.kind == .reported && $0.speaker == "Priya Natarajan" }
        XCTAssertEqual(reported.map { String($0.text.prefix(7)) }, "Zentrix", "the dateline is not part of what was said")
    }

    func testTimes() {
        let v = FixtureCorpus.timexValues(a)
        XCTAssertEqual(v["Tuesday"], "2020-11-03")
        XCTAssertEqual(v["next Monday"], "2020-11-09")
        XCTAssertEqual(v["this month"], "2020-11")
    }
}
