@testable import Reader
import Articles
import SeedArticles
import XCTest

/// The seeds rendered headless at the sizes people use, checking text and styles on the grid.
final class RenderTests: XCTestCase {
    func testWideScreenShowsThreePanesTitlesTimelineAndColouredEntities() throws {
        let g = Render.screen(Fixture.state(160, 48))
        let text = g.text
        XCTAssertTrue(text.contains("Articles") && text.contains("Article 1/2") && text.contains("Timeline"))
        XCTAssertTrue(text.contains("Microsoft Exploring TikTok"))
        XCTAssertTrue(text.contains("There’s still a chance"))
        for label in ["Sep 2016", "2017", "Oct 2018", "May 2020", "Fri 31 Jul 2020", "Sat 1 Aug 2020", "Sun 2 Aug 2020", "Tue 15 Sep 2020"] {
            XCTAssertTrue(text.contains(label), "timeline lacks \(label)")
        }
        let trump = try XCTUnwrap(Fixture.find(g, "President Donald Trump"))
        XCTAssertEqual(g[trump.x + 10, trump.y].style.role, .person, "Donald Trump is coloured as a person")
        let sunday = try XCTUnwrap(Fixture.find(g, "announced on Sunday"))
        XCTAssertEqual(g[sunday.x + 13, sunday.y].style.role, .date)
        let bar = g.row(47)
        XCTAssertTrue(bar.contains("? help"))
    }

    func testMediumScreenHidesTimelineUntilToggled() {
        var s = Fixture.state(100, 30)
        XCTAssertFalse(Render.screen(s).text.contains("Timeline"))
        s = Fixture.press([.char("t")], s)
        let text = Render.screen(s).text
        XCTAssertTrue(text.contains("Timeline"))
        XCTAssertEqual(s.focus, .timeline)
    }

    func testTheStatusBarCountsTheAnnotationsProgress() {
        var s = Fixture.state(160, 30)
        s.annotating = true
        XCTAssertTrue(Render.screen(s).text.contains("finding names, quotes and dates…"))
        s.annotationPercent = 45
        XCTAssertTrue(Render.screen(s).text.contains("finding names, quotes and dates… 45%"))
        s.annotating = false
        XCTAssertFalse(Render.screen(s).text.contains("45%"), "done: no count left behind")
    }

    func testNarrowScreenShowsOnePaneAndTabSwitches() {
        var s = Fixture.state(60, 20)
        XCTAssertTrue(Render.screen(s).text.contains(" Articles "))
        XCTAssertFalse(Render.screen(s).text.contains("Article 1/2"))
        s = Fixture.press([.tab], s)
        XCTAssertTrue(Render.screen(s).text.contains("Article 1/2"))
        s = Fixture.press([.tab], s)
        XCTAssertTrue(Render.screen(s).text.contains("Timeline"))
    }

    func testTinyScreenSaysTooSmall() {
        let g = Render.screen(Fixture.state(30, 8))
        XCTAssertTrue(g.text.contains("terminal too small (30×8)"))
        XCTAssertEqual(g.width, 30)
        XCTAssertTrue(Render.screen(Fixture.state(1, 1)).text.count >= 1, "no crash at 1×1")
    }

    func testTimelineDatesAreLabelledForPeople() {
        XCTAssertEqual(DateLabel.of("2020-07-31"), "Fri 31 Jul 2020")
        XCTAssertEqual(DateLabel.of("2020-05"), "May 2020")
        XCTAssertEqual(DateLabel.of("2016"), "2016")
        XCTAssertEqual(DateLabel.of("2020-W31-WE"), "weekend 1–2 Aug 2020")
        XCTAssertEqual(DateLabel.of("2025-Q2"), "Q2 2025")
        XCTAssertEqual(DateLabel.of("199"), "1990s", "a decade")
        XCTAssertEqual(DateLabel.of("19"), "1900s", "a century")
        XCTAssertEqual(DateLabel.of("1990-H1"), "first half 1990")
        XCTAssertEqual(DateLabel.of("2024-SU"), "summer 2024")
        XCTAssertEqual(DateLabel.of("2023-WI"), "winter 2023")
    }

    func testTimelineSummariesLeaveOutTheDateline() {
        XCTAssertEqual(TimelineView.withoutDateline("WASHINGTON (Reuters) - U.S. Senator Elizabeth Warren on Thursday urged"),
                       "U.S. Senator Elizabeth Warren on Thursday urged")
        XCTAssertEqual(TimelineView.withoutDateline("ERIE, Pa. — Freezing rain coated power lines"), "Freezing rain coated power lines")
        XCTAssertEqual(TimelineView.withoutDateline("SANTA CLARA, California, June 5 (Reuters) - Nvidia rose"), "Nvidia rose")
        XCTAssertEqual(TimelineView.withoutDateline("U.S. officials — who declined to be named — said"), "U.S. officials — who declined to be named — said",
                       "a sentence with a dash is not a dateline")
        XCTAssertEqual(TimelineView.withoutDateline("The announcement came after Trump said Friday"), "The announcement came after Trump said Friday")
    }

    func testCountsOfOneAreSingular() {
        let bytes = Array("Mayor opens bridge\n\nMayor Ana Ruiz opened the bridge on Friday, March 3, 2023. \u{201C}It is ours,\u{201D} Ruiz said.\n".utf8)
        let s = ReaderState(corpus: CorpusBuilder().build([(path: "one.txt", bytes: bytes)]), width: 120, height: 30)
        let text = Render.screen(s).text
        XCTAssertTrue(text.contains("1 article · 1 quote · 1 speaker · "), text.split(separator: "\n").first.map(String.init) ?? "")
        XCTAssertFalse(text.contains("1 articles"))
    }

    func testControlCharactersNeverReachTheGridRaw() {
        let bytes = Array("Title\n\nA line with \u{1B}[2J an escape and a bell\u{07} inside.\n".utf8)
        let corpus = CorpusBuilder().build([(path: "evil.txt", bytes: bytes)])
        var s = ReaderState(corpus: corpus, width: 120, height: 30)
        s.focus = .article
        let g = Render.screen(s)
        XCTAssertFalse(g.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 } })
        XCTAssertTrue(g.text.contains("␛[2J"))
    }

    func testWideAndCombiningCharactersTakeTheirDisplayWidth() {
        var g = Grid(width: 10, height: 1)
        let used = g.put("日本e\u{301}x", x: 0, y: 0, style: .plain)
        XCTAssertEqual(used, 6)
        XCTAssertEqual(g[0, 0].text, "日")
        XCTAssertEqual(g[1, 0].text, "", "the right half of a wide character")
        XCTAssertEqual(g[4, 0].text, "e\u{301}")
    }

    func testTextOfOneColumnCharactersIsMeasuredAndCutAsWithGraphemes() {
        // measured by scalars when each is a column of its own; by graphemes otherwise
        for text in ["Sun 2 Aug 2020? · Melina Richardson · 13 ❝", "“Ça suffit,” déclara Zoë — à Århus…", "→ ←│▐ ● ◦ •",
                     "e\u{301}tude", "日本 · x", "café\u{200B}x", "plain ascii"] {
            let byGraphemes = text.reduce(0) { $0 + DisplayWidth.of($1) }
            XCTAssertEqual(DisplayWidth.of(text), byGraphemes, text)
            for width in 1...12 {
                let cut = DisplayWidth.ellipsize(text, width)
                XCTAssertLessThanOrEqual(DisplayWidth.of(cut), width, "\(text) in \(width)")
                if byGraphemes > width {
                    XCTAssertTrue(cut.hasSuffix("…"), "\(text) in \(width): \(cut)")
                    // full, or a column short where a wide character did not fit
                    XCTAssertGreaterThanOrEqual(DisplayWidth.of(cut), width - 1, "\(text) in \(width): \(cut)")
                }
            }
        }
        XCTAssertEqual(DisplayWidth.ellipsize("Zoë Müller · Århus", 8), "Zoë Mül…")
    }

    func testTheFirstScreenIsTheSameWhetherOrNotTheWholeArticleWasLaidOut() {
        let seed = SeedArticles.files[0]
        let more = Array("\n\nAnother paragraph of the long story, said Jane Doe on Monday.".utf8)
        let long = seed.bytes + Array(repeating: more, count: 3000).flatMap { $0 }
        // each state has a layout cache of its own
        func state(_ c: Corpus, _ w: Int, _ h: Int) -> ReaderState {
            var s = ReaderState(corpus: c, width: w, height: h)
            s.focus = .article
            return s
        }
        for corpus in [Fixture.corpus, CorpusBuilder().build([(path: "long.txt", bytes: long)])] {
            for (w, h) in [(160, 48), (100, 30), (60, 20)] {
                let first = Render.screen(state(corpus, w, h))
                let whole = state(corpus, w, h)
                let textWidth = (Update.layout(whole).article?.width ?? w) - 2
                let full = whole.layout(width: textWidth)   // laid out whole, and kept for the render below
                XCTAssertTrue(full.isComplete)
                XCTAssertEqual(first, Render.screen(whole), "\(w)×\(h)")
                if corpus.articles[0].bytes.count > 100_000 {
                    let top = state(corpus, w, h).layout(width: textWidth, rows: h)
                    XCTAssertFalse(top.isComplete, "the first screen of a long article does not wait for all of it")
                    XCTAssertLessThan(top.lines.count, full.lines.count / 10)
                }
            }
        }
    }
}
