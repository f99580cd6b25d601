@testable import Reader
import Articles
import SeedArticles
import XCTest

/// Thousands of random keys, resizes and clicks through the pure `update` and `render`, on corpora of every
/// shape: no trap, every selection in range, every grid exactly the size asked for.
final class RandomKeyTests: XCTestCase {
    /// SplitMix64: the same sequence from the same seed, so a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    static let named: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .escape,
                               .backspace, .interrupt, .redraw, .wheel(1), .wheel(-1)]
    static let typed = Array("qjkgG bhl]}[{SetnN/?x1é日\u{1B}")
    static let sizes = [(0, 0), (1, 1), (20, 5), (39, 9), (40, 10), (41, 11), (79, 24), (80, 24), (119, 30), (120, 40), (160, 48), (250, 70)]

    func key(_ r: inout Random, _ s: ReaderState) -> Key {
        switch r.below(10) {
        case 0..<4: return .char(Self.typed[r.below(Self.typed.count)])
        case 4..<7: return Self.named[r.below(Self.named.count)]
        case 7:
            let (w, h) = Self.sizes[r.below(Self.sizes.count)]
            return .resize(width: w, height: h)
        default: return .click(x: r.below(s.width + 4) - 2, y: r.below(s.height + 4) - 2)
        }
    }

    func assertInRange(_ s: ReaderState, _ step: String) {
        let n = s.corpus.articles.count
        XCTAssertTrue(n == 0 ? s.selected == 0 : s.corpus.articles.indices.contains(s.selected), "selected \(s.selected) of \(n) \(step)")
        XCTAssertTrue(s.events.isEmpty ? s.timelineSelected == 0 : s.events.indices.contains(s.timelineSelected), "timeline \(step)")
        XCTAssertTrue((0...s.article.bytes.count).contains(s.anchor), "anchor \(s.anchor) \(step)")
        switch s.overlay {
        case .speakers(let i)?: XCTAssertTrue(s.corpus.speakers.isEmpty ? i == 0 : s.corpus.speakers.indices.contains(i), "speaker \(i) \(step)")
        case .entities(let i)?:
            let rows = EntityGroups(article: s.article).rows.count
            XCTAssertTrue(rows == 0 ? i == 0 : (0..<rows).contains(i), "entity \(i) of \(rows) \(step)")
        case .help(let top)?: XCTAssertTrue((0...OverlayView.maxHelpTop(s)).contains(top) || top == 0, "help \(top) \(step)")
        case nil: break
        }
        if let q = s.currentQuote {
            XCTAssertTrue(s.corpus.articles.indices.contains(q.article) && s.corpus.articles[q.article].quotes.indices.contains(q.quote), step)
        }
        if let m = s.marked { XCTAssertTrue(s.corpus.articles.indices.contains(m.article), step) }
    }

    func drive(_ start: ReaderState, steps: Int, seed: UInt64, annotateAt: Int? = nil, with annotated: Corpus? = nil) {
        var r = Random(state: seed)
        var s = start
        for i in 0..<steps {
            if i == annotateAt, let annotated { s = s.annotated(with: annotated) }
            let k = key(&r, s)
            s = Update.apply(KeyMap.action(for: k, in: s), to: s)
            s.quitting = false   // a q that quits would end the sequence: keep going
            let step = "after step \(i) (\(k)), seed \(seed)"
            assertInRange(s, step)
            let g = Render.screen(s)
            XCTAssertEqual(g.width, max(0, s.width), step)
            XCTAssertEqual(g.height, max(0, s.height), step)
            if g.width != max(0, s.width) || g.height != max(0, s.height) { return }
        }
    }

    func testEmptyCorpus() {
        drive(ReaderState(corpus: Corpus(articles: [], timeline: [], speakers: []), width: 100, height: 30), steps: 1500, seed: 1)
    }

    func testCorpusWithoutQuotesOrDates() {
        drive(ReaderState(corpus: SelectionRangeTests.quietCorpus, width: 120, height: 40), steps: 1500, seed: 2)
    }

    func testSeedsWhileAnnotatingAndAfter() {
        var s = ReaderState(corpus: Corpus(articles: CorpusBuilder.read(SeedArticles.files), timeline: [], speakers: []), width: 160, height: 48)
        s.annotating = true
        drive(s, steps: 2500, seed: 3, annotateAt: 300, with: Fixture.corpus)
    }

    func testALargeCorpus() {
        let files = SelectionRangeTests.plainArticles(3000) + SeedArticles.files
        drive(ReaderState(corpus: Corpus(articles: CorpusBuilder.read(files), timeline: [], speakers: []), width: 130, height: 40),
              steps: 1500, seed: 4)
    }
}
