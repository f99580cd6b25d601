@testable import Reader
import Articles
import XCTest

/// Marked phrases are styled apart from quotations and skipped by the quote keys; the speakers overlay lists
/// names first, then descriptions under what they speak for. The quotes are set by hand (attribution has tests
/// of its own), on a story written for these tests.
final class PhraseAndSpeakerListTests: XCTestCase {
    static let text = """
    Harbour dredging to resume

    Nora Quist runs the “night ferry” between the islands.

    “We lost three sailings last week,” Quist said.

    “The channel is safe,” a spokesperson for the Harbour Authority said.

    “Two boats were turned back,” police said.

    “We will keep going,” Quist said.

    """

    static let corpus: Corpus = {
        var c = CorpusBuilder().build([(path: "harbour.txt", bytes: Array(text.utf8))])
        let a = c.articles[0]
        func span(_ s: String) -> ByteSpan {
            let bytes = Array(s.utf8), all = a.bytes
            let at = (0...(all.count - bytes.count)).first { Array(all[$0..<$0 + bytes.count]) == bytes } ?? 0
            return ByteSpan(at, at + bytes.count)
        }
        func q(_ words: String, _ kind: Quote.Kind, _ speaker: String?, _ sk: Quote.SpeakerKind? = nil, _ org: String? = nil) -> Quote {
            Quote(span: span(words), text: words, kind: kind, speaker: speaker, speakerKind: sk, speakerOrganization: org)
        }
        c.articles[0].quotes = [
            q("night ferry", .phrase, nil),
            q("We lost three sailings last week,", .direct, "Nora Quist", .name),
            q("The channel is safe,", .direct, "a spokesperson", .description, "Harbour Authority"),
            q("Two boats were turned back,", .direct, "police", .description),
            q("We will keep going,", .direct, "Nora Quist", .name),
        ]
        // in the order CorpusBuilder gives them: names, then descriptions by organisation, those of none last
        c.speakers = [Speaker(name: "Nora Quist", quotes: 2),
                      Speaker(name: "a spokesperson", quotes: 1, kind: .description, organization: "Harbour Authority"),
                      Speaker(name: "police", quotes: 1, kind: .description)]
        return c
    }()

    func state() -> ReaderState { ReaderState(corpus: Self.corpus, width: 160, height: 48) }

    func testAPhraseIsInTheQuoteColourDimmedAndAQuoteIsNot() throws {
        let g = Render.screen(Fixture.press([.tab], state()))
        let phrase = try XCTUnwrap(Fixture.find(g, "night ferry"))
        XCTAssertEqual(g[phrase.x, phrase.y].style.role, .quote)
        XCTAssertTrue(g[phrase.x, phrase.y].style.dim)
        let quote = try XCTUnwrap(Fixture.find(g, "We lost three"))
        XCTAssertEqual(g[quote.x, quote.y].style.role, .quote)
        XCTAssertFalse(g[quote.x, quote.y].style.dim)
        let before = try XCTUnwrap(Fixture.find(g, "runs the"))
        XCTAssertEqual(g[before.x, before.y].style.role, .normal, "the narration around the phrase is plain")
    }

    func testQuoteKeysSkipPhrasesAndTheCountsLeaveThemOut() {
        XCTAssertEqual(state().quotes.count, 4)
        var s = Fixture.press([.char("]")], state())
        XCTAssertEqual(s.currentQuote.map { s.quote($0).text }, "We lost three sailings last week,")
        s = Fixture.press([.char("["), .char("[")], s)
        XCTAssertEqual(s.currentQuote.map { s.quote($0).text }, "We lost three sailings last week,", "nothing before it: the phrase is skipped")
        XCTAssertTrue(Render.screen(s).text.contains("4 quotes"), "the header counts quotations, not phrases")
    }

    func testSpeakersListNamesFirstThenDescriptionsUnderWhatTheySpeakFor() throws {
        let g = Render.screen(Fixture.press([.char("S")], state()))
        let rows = ["Nora Quist  2 quotes", "described, for Harbour Authority", "a spokesperson  1 quote", "other descriptions", "police  1 quote"]
        let ys = try rows.map { try XCTUnwrap(Fixture.find(g, $0), $0).y }
        XCTAssertEqual(ys, ys.sorted(), "in that order")
        XCTAssertEqual(Set(ys).count, rows.count, "a line each")
        let heading = try XCTUnwrap(Fixture.find(g, "described, for Harbour Authority"))
        XCTAssertEqual(g[heading.x, heading.y].style.role, .organization)
    }

    func testFollowingADescriptionStepsThroughItsQuotesOnly() {
        // the selection moves over speakers, not headings: one down is the spokesperson
        var s = Fixture.press([.char("S"), .down, .enter], state())
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.currentQuote.map { s.quote($0).text }, "The channel is safe,")
        XCTAssertTrue(Render.screen(s).row(47).contains("quotes by a spokesperson (Harbour Authority)"), Render.screen(s).row(47))
        s = Fixture.press([.char("]")], s)
        XCTAssertEqual(s.message, "no more quotes")
        XCTAssertTrue(Render.screen(s).row(47).contains("no more quotes · “The channel is safe,” — a spokesperson"), Render.screen(s).row(47))
        XCTAssertTrue(Render.screen(Fixture.press([.char("j")], s)).row(47).contains("filter: a spokesperson (Harbour Authority)"))
        s = Fixture.press([.escape, .char("S"), .down, .down, .enter], s)
        XCTAssertEqual(s.currentQuote.map { s.quote($0).speaker }, "police")
    }

    func testTheHelpLegendShowsAPhraseAsItLooks() throws {
        let g = Render.screen(Fixture.press([.char("?")], state()))
        let quote = try XCTUnwrap(Fixture.find(g, "“quote”      words someone is quoted saying"), "the legend in the box")
        let phrase = try XCTUnwrap(Fixture.find(g, "“phrase”     marked words nobody says"))
        XCTAssertEqual(g[quote.x + 1, quote.y].style.role, .quote)
        XCTAssertFalse(g[quote.x + 1, quote.y].style.dim)
        XCTAssertEqual(g[phrase.x + 1, phrase.y].style.role, .quote)
        XCTAssertTrue(g[phrase.x + 1, phrase.y].style.dim)
    }
}
