@testable import Reader
import Articles
import SeedArticles
import XCTest

/// The reader shows the articles' text before annotation finishes, and takes the annotations without
/// losing the reader's place.
final class LoadingTests: XCTestCase {
    static let files = SeedArticles.files

    func plainState() -> ReaderState {
        var s = ReaderState(corpus: Corpus(articles: CorpusBuilder.read(Self.files), timeline: [], speakers: []), width: 160, height: 48)
        s.annotating = true
        return s
    }

    func testFirstFrameShowsTitlesAndTextWhileAnnotating() throws {
        let text = Render.screen(plainState()).text
        XCTAssertTrue(text.contains("Microsoft Exploring TikTok"))
        XCTAssertTrue(text.contains("There’s still a chance"))
        XCTAssertTrue(text.contains("Microsoft announced on Sunday"), "the article's text is there at once")
        XCTAssertTrue(text.contains("gathering dates…"))
        XCTAssertTrue(text.contains("annotating…"))
        XCTAssertFalse(text.contains("0 quotes"), "no quote count is claimed before quotes are found")
        XCTAssertFalse(text.contains("undated"), "no article is called undated before dates are inferred")
    }

    func testQuoteKeysWaitForAnnotationsWithAMessage() {
        let s = Fixture.press([.char("]")], plainState())
        XCTAssertNil(s.currentQuote)
        XCTAssertTrue(Render.screen(s).row(47).contains("still finding quotes"))
    }

    func testQuoteKeysStepThroughTheOpenArticleAnnotatedAloneAndStayInIt() throws {
        // both articles annotated alone (opened meanwhile), the corpus not yet
        let annotated = Fixture.corpus.articles
        var s = plainState().replacing([(0, annotated[0]), (1, annotated[1])])
        XCTAssertTrue(s.annotating)
        let direct = annotated[0].quotes.filter { $0.kind == .direct }.count
        XCTAssertGreaterThan(direct, 1)
        s = Fixture.press([.char("]")], s)
        XCTAssertEqual(s.currentQuote?.article, 0, "the open article's first quote, before the corpus is done")
        s = Fixture.press(Array(repeating: .char("]"), count: direct + 2), s)
        XCTAssertEqual(s.selected, 0, "stepping does not leave the article while the others' quotes are unknown")
        XCTAssertTrue(Render.screen(s).row(47).contains("no more quotes here yet"), Render.screen(s).row(47))
        XCTAssertNotNil(Fixture.press([.char("}")], s).currentQuote)
        // when the corpus lands the quote shown stays the current one, and stepping goes on from it
        let shown = try XCTUnwrap(s.currentQuote)
        let landed = s.annotated(with: Fixture.corpus)
        XCTAssertEqual(landed.currentQuote.map { landed.quote($0).span }, s.quote(shown).span)
        XCTAssertEqual(Fixture.press([.char("]")], landed).currentQuote?.article, 1, "past the first article's last quote, into the second")
        // an article not yet annotated has nothing to step through, and says why
        var t = plainState().replacing([(1, annotated[1])])
        t = Fixture.press([.char("]")], t)
        XCTAssertNil(t.currentQuote)
        XCTAssertTrue(Render.screen(t).row(47).contains("still finding quotes"))
    }

    func testAnnotationsArriveWithoutLosingThePlace() throws {
        var s = Fixture.press([.enter, .char("j"), .char("j"), .char("j")], plainState())
        let anchor = s.anchor
        XCTAssertGreaterThan(anchor, 0)
        s = s.annotated(with: Fixture.corpus)
        XCTAssertFalse(s.annotating)
        XCTAssertEqual(s.anchor, anchor)
        XCTAssertEqual(s.focus, .article)
        let g = Render.screen(s)
        XCTAssertTrue(g.text.contains("dated events"))
        XCTAssertTrue(g.text.contains("Fri 31 Jul 2020"))
        let pappas = try XCTUnwrap(Fixture.find(g, "Vanessa Pappas"))
        XCTAssertEqual(g[pappas.x + 1, pappas.y].style.role, .person, "entities are coloured once they arrive")
        // and the quote keys work now
        XCTAssertNotNil(Fixture.press([.char("]")], s).currentQuote)
    }

    func testArticleGlyphsKeepOffsetsAcrossWideCombiningAndInvalidBytes() {
        // "Cafe" + combining acute, a wide character, an invalid byte between x and y
        let bytes: [UInt8] = Array("Title\n\nCafe\u{301} 日 x".utf8) + [0xFF] + Array("y ends.\n".utf8)
        let a = CorpusBuilder.read([(path: "mixed.txt", bytes: bytes)])[0]
        let body = a.paragraphs.first { $0.role == .body }!.span
        let glyphs = GlyphScanner.glyphs(a.bytes, body)
        XCTAssertEqual(glyphs.map { $0.text(in: a.bytes) }.joined(), "Cafe\u{301} 日 x\u{FFFD}y ends.")
        let e = glyphs[3]
        XCTAssertEqual(e.text(in: a.bytes), "e\u{301}")
        XCTAssertEqual(e.width, 1)
        let wide = glyphs.first { $0.text(in: a.bytes) == "日" }!
        XCTAssertEqual(wide.width, 2)
        XCTAssertEqual(wide.offset, bytes.firstIndex(of: 0xE6))
        let bad = glyphs.first { $0.text(in: a.bytes) == "\u{FFFD}" }!
        XCTAssertEqual(bad.offset, bytes.firstIndex(of: 0xFF))
        XCTAssertEqual(glyphs.first { $0.text(in: a.bytes) == "y" }?.offset, bad.offset + 1)
    }

    func testAccentedLettersAndPunctuationAreOneGlyphEachWithTrueOffsets() {
        let text = "Zoë’s “élan” — 5\u{A0}‰, e\u{301}."
        let bytes = Array(text.utf8)
        let glyphs = GlyphScanner.glyphs(bytes, ByteSpan(0, bytes.count))
        XCTAssertEqual(glyphs.map { $0.text(in: bytes) }, text.map { String($0) }, "one glyph per character as a person reads them")
        var offset = 0
        for (g, c) in zip(glyphs, text) {
            XCTAssertEqual(g.offset, offset, "\(c) starts where its bytes do")
            XCTAssertEqual(g.length, c.utf8.count)
            XCTAssertEqual(g.width, 1)
            offset += c.utf8.count
        }
        XCTAssertEqual(glyphs.filter(\.isSpace).map { $0.text(in: bytes) }, [" ", " ", " ", "\u{A0}", " "], "a no-break space is space")
        XCTAssertEqual(glyphs[glyphs.count - 2].text(in: bytes), "e\u{301}", "a mark joins the letter before it")
    }
}

/// Annotation on its own thread, handed over once.
final class BackgroundWorkTests: XCTestCase {
    func testAnnotationJobHandsTheCorpusOverOnce() {
        let job = AnnotationJob(articles: CorpusBuilder.read(SeedArticles.files))
        var corpus: Corpus?
        for _ in 0..<500 where corpus == nil {
            corpus = job.take()
            if corpus == nil { usleep(10_000) }
        }
        XCTAssertEqual(corpus?.speakers.map(\.name).prefix(2), ["Microsoft", "Mike Pompeo"])
        XCTAssertNil(job.take())
        XCTAssertEqual(corpus?.articles.map(\.tokens.count).reduce(0, +), 0, "the tokens are let go: the reader never shows them")
        XCTAssertFalse(corpus?.articles.first?.sentences.isEmpty ?? true, "the sentences stay")
    }

    /// Of a large folder, the open article's names and quotes come with the whole articles, before the corpus.
    func testTheOpenArticleIsAnnotatedBeforeTheRest() {
        let files = (0..<80).map { k in
            (path: "s\(k).txt", bytes: Array(("Talks day \(k)\n\nMay 3, 2024\n\n" + String(repeating: "Mayor Ada Brook met Vostrex Holdings. ", count: 40)
                + "\n\n“We will build it,” Brook said.\n").utf8))
        }
        let first = CorpusBuilder.readForFirstScreen(files, visible: 5)
        let job = AnnotationJob(articles: first.articles, files: files)
        var whole: [Article]?
        for _ in 0..<500 where whole == nil {
            whole = job.takeWhole()
            if whole == nil { usleep(10_000) }
        }
        XCTAssertEqual(whole?.count, 80)
        XCTAssertTrue(whole?[0].entities.contains { $0.text == "Ada Brook" } == true, "the open article's names, highlighted at once")
        XCTAssertEqual(whole?[0].quotes.filter { $0.kind == .direct }.first?.speaker, "Ada Brook")
        XCTAssertEqual(whole?[1].entities.count, 0, "the others wait for the corpus")
    }

    /// An article opened while the corpus is annotated is annotated alone, once, and takes its place in the view.
    func testAnArticleOpenedDuringAnnotationIsAnnotatedAtOnce() {
        let files = (0..<80).map { k in
            (path: "s\(k).txt", bytes: Array("Talks day \(k)\n\nMay 3, 2024\n\nMayor Ada Brook met Vostrex Holdings in Oslo.\n".utf8))
        }
        let onDemand = ArticleOnDemand(files: files)
        onDemand.ask(7)
        onDemand.ask(7)
        var done: [(index: Int, article: Article)] = []
        for _ in 0..<500 where done.isEmpty {
            done = onDemand.takeDone()
            if done.isEmpty { usleep(10_000) }
        }
        XCTAssertEqual(done.map(\.index), [7])
        XCTAssertTrue(done.first?.article.entities.contains { $0.text == "Ada Brook" } == true)
        usleep(50_000)
        XCTAssertTrue(onDemand.takeDone().isEmpty, "asked twice, annotated once")
        var state = ReaderState(corpus: Corpus(articles: CorpusBuilder.read(files), timeline: [], speakers: []), width: 120, height: 40)
        state.annotating = true
        state.selected = 7
        let shown = state.replacing(done)
        XCTAssertTrue(shown.annotating, "the corpus is still on its way")
        XCTAssertEqual(shown.selected, 7)
        XCTAssertFalse(shown.corpus.articles[7].entities.isEmpty)
        XCTAssertTrue(shown.corpus.articles[6].entities.isEmpty)
    }
}

