@testable import Reader
import Articles
import XCTest

/// Every list keeps its selection in range whatever its length, including none, and a key with nothing to act on
/// does nothing but say so; keys never act on what the screen does not show.
final class SelectionRangeTests: XCTestCase {
    /// Articles written for these tests: plain news paragraphs without a quotation mark or a date.
    static func plainArticles(_ n: Int) -> [(path: String, bytes: [UInt8])] {
        (0..<n).map { i in
            ("story-\(i).txt", Array("Story number \(i)\n\nThe council met to discuss the budget for roads and parks. Members asked for more time.\n".utf8))
        }
    }

    static let quietCorpus = CorpusBuilder().build(plainArticles(2))

    func testSpeakersListWithNoSpeakersTakesDownAndEnterWithoutTrapping() {
        XCTAssertTrue(Self.quietCorpus.speakers.isEmpty)
        let s = Fixture.press([.char("S"), .char("j"), .enter], ReaderState(corpus: Self.quietCorpus, width: 120, height: 40))
        if case .speakers(let sel) = s.overlay { XCTAssertEqual(sel, 0) }
        XCTAssertNil(s.speakerFilter)
        XCTAssertTrue(Render.screen(s).row(39).contains("no quoted speakers"), Render.screen(s).row(39))
    }

    func testEveryListKeyOnAnEmptyListSaysSo() {
        var s = ReaderState(corpus: Self.quietCorpus, width: 120, height: 40)
        s = Fixture.press([.char("t"), .char("j"), .enter], s)
        XCTAssertEqual(s.timelineSelected, 0)
        XCTAssertTrue(Render.screen(s).row(39).contains("no dated events"), Render.screen(s).row(39))
        s = Fixture.press([.char("n")], ReaderState(corpus: Self.quietCorpus, width: 120, height: 40))
        XCTAssertTrue(Render.screen(s).row(39).contains("/ to search"), Render.screen(s).row(39))
        s = Fixture.press([.char("]")], s)
        XCTAssertTrue(Render.screen(s).row(39).contains("no quotes"))
    }

    func testEntitiesListKeepsItsSelectionInRange() {
        let s = Fixture.press([.char("e")] + Array(repeating: .down, count: 500) + [.enter], Fixture.state(120, 40))
        XCTAssertNil(s.overlay, "Enter on the last entity marks it")
        XCTAssertNotNil(s.markedEntity)
    }

    func testAnEmptyCorpusRendersAndTakesKeys() {
        var s = ReaderState(corpus: Corpus(articles: [], timeline: [], speakers: []), width: 100, height: 30)
        for k in [Key.down, .enter, .char("]"), .char("}"), .char("S"), .enter, .escape, .char("e"), .enter, .escape,
                  .char("t"), .down, .enter, .char("/"), .char("x"), .enter, .char("n"), .click(x: 5, y: 3), .wheel(1), .tab] {
            s = Fixture.press([k], s)
            let g = Render.screen(s)
            XCTAssertEqual(g.width, 100)
            XCTAssertEqual(g.height, 30)
        }
        XCTAssertTrue(Render.screen(s).text.contains("0 articles"))
    }

    func testHelpScrollsWhenTheTerminalIsShortAndKeepsItsPlace() {
        var s = Fixture.press([.char("?")], Fixture.state(80, 12))
        XCTAssertFalse(Render.screen(s).text.contains("mouse"), "too short to show all of it")
        s = Fixture.press(Array(repeating: .down, count: 80), s)
        XCTAssertEqual(s.overlay, .help(top: OverlayView.maxHelpTop(s)))
        XCTAssertTrue(Render.screen(s).text.contains("nobody says"), "scrolled to the end")
        s = Fixture.press([.char("q")], s)
        XCTAssertNil(s.overlay)
    }

    func testTooSmallTerminalTakesOnlyQuitAndResize() {
        var s = Fixture.state(30, 8)
        s = Fixture.press([.char("/"), .char("q")], s)
        XCTAssertNil(s.search, "no search is typed into where it cannot be seen")
        XCTAssertTrue(s.quitting, "q quits")
        // a search open when the terminal shrank does not take q either
        s = Fixture.press([.char("/"), .char("a"), .resize(width: 30, height: 8), .char("q")], Fixture.state(160, 48))
        XCTAssertTrue(s.quitting)
        s = Fixture.press([.char("j"), .char("j"), .char("S"), .resize(width: 160, height: 48)], Fixture.state(30, 8))
        XCTAssertEqual(s.selected, 0, "j did not move an unseen selection")
        XCTAssertNil(s.overlay)
    }

    func testAClickInAScrolledArticleListOpensTheArticleUnderIt() throws {
        let corpus = Corpus(articles: CorpusBuilder.read(Self.plainArticles(300)), timeline: [], speakers: [])
        var s = ReaderState(corpus: corpus, width: 100, height: 30)
        s = Fixture.press([.char("G")], s)
        XCTAssertEqual(s.selected, 299)
        let g = Render.screen(s)
        let list = try XCTUnwrap(Update.layout(s).articles)
        // the second row of the list shows some article's title: a click there opens that one
        let shown = g.row(list.y + 1 + ArticlesListView.rowHeight)
        let title = try XCTUnwrap(shown.range(of: "Story number [0-9]+", options: .regularExpression).map { String(shown[$0]) })
        s = Fixture.press([.click(x: 3, y: list.y + 1 + ArticlesListView.rowHeight)], s)
        XCTAssertEqual(s.article.title, title)
    }
}
