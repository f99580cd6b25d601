@testable import Reader
import Articles
import SeedArticles
import XCTest

/// Key sequences a reader would type, checked on the state and the screen.
final class KeySequenceTests: XCTestCase {
    func speaker(_ s: ReaderState) -> String? { s.currentQuote.flatMap { s.quote($0).speaker } }

    func testNextSpeakerStepsThroughDifferentSpeakers() {
        var s = Fixture.state(160, 48)
        var seen: [String] = []
        for _ in 0..<4 {
            s = Fixture.press([.char("}")], s)
            seen.append(speaker(s) ?? "nil")
        }
        XCTAssertEqual(seen, ["Microsoft", "Mike Pompeo", "Vanessa Pappas", "Daniel Castro"])
        XCTAssertTrue(Render.screen(s).row(47).contains("Daniel Castro (6/13)"))
        s = Fixture.press([.char("{")], s)
        XCTAssertEqual(speaker(s), "Vanessa Pappas")
    }

    func testSpaceOnTheListPagesTheOpenArticleAsInLess() {
        let s0 = Fixture.state(160, 48)
        XCTAssertEqual(s0.focus, .articles)
        let s = Fixture.press([.char(" ")], s0)
        XCTAssertEqual(s.selected, 0, "still the first article")
        XCTAssertEqual(s.focus, .articles, "the focus stays")
        XCTAssertGreaterThan(s.anchor, 0, "its text paged down")
        XCTAssertNil(Fixture.find(Render.screen(s), "Microsoft announced on Sunday", in: Update.layout(s).article), "the first lines scrolled away")
        XCTAssertNotNil(Fixture.find(Render.screen(s0), "Microsoft announced on Sunday", in: Update.layout(s0).article))
        XCTAssertEqual(Fixture.press([.char("b")], s).anchor, 0, "and b pages back")
        // with one pane at a time, the list has no text beside it: Space pages the list
        XCTAssertEqual(Fixture.press([.char(" ")], Fixture.state(60, 30)).anchor, 0)
    }

    func testNextQuoteRunsOnIntoTheNextArticle() {
        var s = Fixture.state(160, 48)
        let total = s.quotes.filter { $0.article == 0 }.count
        s = Fixture.press(Array(repeating: Key.char("]"), count: total + 1), s)
        XCTAssertEqual(s.selected, 1)
        XCTAssertEqual(s.currentQuote?.article, 1)
        s = Fixture.press([.char("[")], s)
        XCTAssertEqual(s.selected, 0)
    }

    func testSpeakersOverlayAndFollowingOneSpeaker() {
        var s = Fixture.press([.char("S")], Fixture.state(160, 48))
        let text = Render.screen(s).text
        for name in ["Microsoft", "Mike Pompeo", "Vanessa Pappas", "Daniel Castro", "Peter Navarro", "Alex Stamos"] {
            XCTAssertTrue(text.contains(name), name)
        }
        let pappas = Fixture.corpus.speakers.firstIndex { $0.name == "Vanessa Pappas" }!
        s = Fixture.press(Array(repeating: Key.down, count: pappas) + [.enter], s)
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.speakerFilter?.name, "Vanessa Pappas")
        XCTAssertEqual(speaker(s), "Vanessa Pappas")
        s = Fixture.press([.char("]")], s)
        XCTAssertEqual(speaker(s), "Vanessa Pappas")
        XCTAssertEqual(s.selected, 1, "her next quote is in the other article")
        s = Fixture.press([.escape], s)
        XCTAssertNil(s.speakerFilter)
    }

    func testTimelineEnterOpensTheArticleAtTheSentence() throws {
        var s = Fixture.press([.char("t")], Fixture.state(160, 48))
        XCTAssertEqual(s.focus, .timeline)
        let target = try XCTUnwrap(s.events.firstIndex { Fixture.corpus.timeline[$0.row].date == "2020-07-31" })
        s = Fixture.press(Array(repeating: Key.down, count: target) + [.enter], s)
        XCTAssertEqual(s.focus, .article)
        let marked = try XCTUnwrap(s.marked)
        let sentence = s.corpus.articles[marked.article].text(marked.span)
        XCTAssertTrue(sentence.contains("Friday"), sentence)
        let g = Render.screen(s)
        let at = try XCTUnwrap(Fixture.find(g, String(sentence.prefix(20)), in: Update.layout(s).article))
        XCTAssertEqual(g[at.x, at.y].style.role, .mark, "the sentence is highlighted")
    }

    func testIncrementalSearchAndNextMatch() {
        var s = Fixture.press([.char("/")] + Fixture.keys("pompeo"), Fixture.state(160, 48))
        XCTAssertNotNil(s.search?.current)
        XCTAssertTrue(Render.screen(s).row(47).contains("/pompeo"))
        s = Fixture.press([.enter], s)
        XCTAssertEqual(s.search?.editing, false)
        let first = s.search?.current
        s = Fixture.press([.char("n")], s)
        XCTAssertNotNil(s.search?.current)
        XCTAssertEqual(s.search?.current, first, "one mention of Pompeo: n wraps to it")
        s = Fixture.press([.char("q")], s)
        XCTAssertNil(s.search)
        XCTAssertFalse(s.quitting, "q closes the search first")
    }

    func testResizeKeepsTheReadingPosition() {
        var s = Fixture.press([.char("}"), .char("}"), .char("}")], Fixture.state(160, 48))
        let quote = s.quote(s.currentQuote!)
        s = Fixture.press([.resize(width: 90, height: 24)], s)
        XCTAssertTrue(Render.screen(s).text.contains("Vanessa Pappas"))
        XCTAssertLessThanOrEqual(s.anchor, quote.span.start)
        s = Fixture.press([.resize(width: 30, height: 8)], s)
        XCTAssertTrue(Render.screen(s).text.contains("too small"))
        s = Fixture.press([.resize(width: 160, height: 48)], s)
        XCTAssertTrue(Render.screen(s).text.contains("We don’t want to go anywhere"))
    }

    func testEntitiesOverlayMarksMentions() {
        var s = Fixture.press([.char("e")], Fixture.state(160, 48))
        XCTAssertTrue(Render.screen(s).text.contains("Donald Trump"))
        s = Fixture.press([.enter], s)
        XCTAssertNotNil(s.markedEntity)
        let before = s.marked?.span
        s = Fixture.press([.char("n")], s)
        XCTAssertNotEqual(s.marked?.span, before)
    }

    func testScrollingFromTheTopMovesPastTheLinesTheReaderAdds() {
        var s = Fixture.press([.tab], Fixture.state(160, 48))
        XCTAssertEqual(s.focus, .article)
        s = Fixture.press([.char("j")], s)
        XCTAssertGreaterThan(s.anchor, 0, "j scrolls even over the metadata line")
        let after = s.anchor
        s = Fixture.press([.char("j")], s)
        XCTAssertGreaterThan(s.anchor, after)
        s = Fixture.press([.char("g")], s)
        XCTAssertEqual(s.anchor, 0)
    }

    func testQuitAndHelp() {
        var s = Fixture.press([.char("?")], Fixture.state(160, 48))
        let help = Render.screen(s)
        XCTAssertTrue(help.text.contains("} / {        next / previous quote by another speaker"), "each key with what it does")
        XCTAssertTrue(help.text.contains("the wheel scrolls"), "the mouse is in the help too")
        // the legend names each colour in that colour, once
        XCTAssertEqual(help.text.components(separatedBy: "organisation ").count, 2)
        if let at = Fixture.find(help, "person       a person's name") {
            XCTAssertEqual(help[at.x, at.y].style.role, .person)
        } else {
            XCTFail("no colour legend")
        }
        s = Fixture.press([.char("q")], s)
        XCTAssertNil(s.overlay)
        XCTAssertFalse(s.quitting)
        s = Fixture.press([.char("q")], s)
        XCTAssertTrue(s.quitting)
    }

    func testArticlesStayMarkedUnreadUntilOpenedAndAcrossTheAnnotationHandOver() {
        let plain = Corpus(articles: CorpusBuilder.read(SeedArticles.files), timeline: [], speakers: [])
        var s = ReaderState(corpus: plain, width: 160, height: 48)
        XCTAssertTrue(Render.screen(s).text.contains("● There’s still a chance"), "the second article is unread")
        XCTAssertFalse(Render.screen(s).text.contains("● Microsoft Exploring"), "the first is open")
        s = Fixture.press(Fixture.keys("j"), s)
        s = s.annotated(with: Fixture.corpus)
        let text = Render.screen(s).text
        XCTAssertFalse(text.contains("● There’s still a chance"), "opened, it is read")
        XCTAssertFalse(text.contains("● Microsoft Exploring"))
    }

    func testSearchWrapsAtBothEndsOfTheArticle() throws {
        let corpus = CorpusBuilder().build([(path: "a.txt", bytes: Array("Alpha story\n\nThe alpha team met. Then alpha again.\n".utf8))])
        var s = Fixture.press([.char("/")] + Fixture.keys("alpha") + [.enter], ReaderState(corpus: corpus, width: 120, height: 30))
        XCTAssertEqual(s.search?.current, 0, "the title's first word")
        s = Fixture.press([.char("N")], s)
        let last = try XCTUnwrap(s.search?.current)
        XCTAssertGreaterThan(last, 20, "N before the first match wraps to the last")
        s = Fixture.press([.char("n")], s)
        XCTAssertEqual(s.search?.current, 0, "n after the last wraps to the first")
    }

    func testTheHelpFitsItsBoxAtEverySizeAndListsEveryKeyAndSymbol() {
        for (w, h) in [(40, 10), (60, 20), (80, 24), (200, 60)] {
            let s = Fixture.press([.char("?")], Fixture.state(w, h))
            let lines = OverlayView.helpLines(s, width: OverlayView.helpWidth(w))
            for (line, _) in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), OverlayView.helpWidth(w), "\(w)×\(h): \(line)") }
            XCTAssertLessThanOrEqual(OverlayView.helpWidth(w) + 4, w - 4, "the box within the screen")
            let text = lines.map(\.0).joined(separator: "\n")
            for e in s.bindings.entries { for k in e.keys { XCTAssertTrue(text.contains(KeyName.label(k)), "\(w)×\(h): \(e.name) \(k)") } }
            for sym in ["●", "❝", "?", "•", "◦", "[n]", "▐", "↓", "↑", "←", "→"] { XCTAssertTrue(text.contains(sym), "\(w)×\(h): \(sym)") }
        }
    }

    func testHelpClosesOnAnyKeyWhenItFitsAndPagesWithoutSkippingWhenItDoesNot() {
        XCTAssertNil(Fixture.press([.char("?"), .char(" ")], Fixture.state(160, 48)).overlay, "Space closes a help shown whole")
        var s = Fixture.press([.char("?")], Fixture.state(80, 10))
        var seen = Set<String>()
        for _ in 0..<30 {
            for y in 0..<10 { seen.insert(Render.screen(s).row(y)) }
            s = Fixture.press([.char(" ")], s)
        }
        for (line, _) in OverlayView.helpLines(s, width: OverlayView.helpWidth(80)) where !line.isEmpty {
            XCTAssertTrue(seen.contains { $0.contains(String(line.prefix(20))) }, "\(line) was shown")
        }
    }
}
