@testable import Articles
import XCTest

/// Marked phrases nobody says (scare quotes, titles, teasers, pull-quotes) against speech, on sentences written
/// for these tests. The classifier is run on every found quotation with the speaker given here, so the rules
/// are tested apart from attribution; one test runs the whole pipeline.
final class PhraseClassifierTests: XCTestCase {
    /// Each quotation's text and kind after classification; `speakers` maps a quotation's text to its speaker.
    func kinds(_ body: String, speakers: [String: String] = [:]) -> [String: Quote.Kind] {
        let a = ArticleReader().read(path: "p.txt", bytes: Array("A headline for the test\n\n\(body)\n".utf8))
        let found = QuoteFinder.find(a).map { f in
            Quote(span: f.span, text: a.text(f.span), kind: .direct, speaker: speakers[a.text(f.span)])
        }
        var out: [String: Quote.Kind] = [:]
        for q in PhraseClassifier.classify(found, in: a) { out[q.text] = q.kind }
        return out
    }

    func testShortScareQuotesMidSentenceArePhrases() {
        let k = kinds("Growers in the delta fear the “water grab” will ruin them. The studio’s so-called “growth sprint” ended in March, and staff must stop “hot-desking” at once.")
        XCTAssertEqual(k["water grab"], .phrase)
        XCTAssertEqual(k["growth sprint"], .phrase)
        XCTAssertEqual(k["hot-desking"], .phrase)
    }

    func testAShortQuoteWithASpeakerStaysDirect() {
        let k = kinds("Officials called the levy “reckless,” Ortiz said on Monday.", speakers: ["reckless,": "Rosa Ortiz"])
        XCTAssertEqual(k["reckless,"], .direct)
    }

    func testANameNearbyWithoutAVerbOfSayingDoesNotMakeAPhraseSpeech() {
        let k = kinds("Pia Lund watched the “kitchen wars” on television, then streamed “Night at the Depot” with friends.",
                      speakers: ["kitchen wars": "Pia Lund", "Night at the Depot": "Pia Lund"])
        XCTAssertEqual(k["kitchen wars"], .phrase)
        XCTAssertEqual(k["Night at the Depot"], .phrase)
    }

    func testAReportingVerbOrANamedPossessorKeepsAPhraseAsSomeonesWords() {
        let k = kinds("A union steward described the offer as “a slap in the face” on Friday. To avoid Harlow’s “crunch months” the studio hired forty artists. “Too late” is how one artist put it, writing that the pay was “barely legal”.")
        XCTAssertEqual(k["a slap in the face"], .direct)
        XCTAssertEqual(k["crunch months"], .direct)
        XCTAssertEqual(k["barely legal"], .direct, "writing governs it")
    }

    func testLongerStretchesAndQuotesOpeningASentenceStayDirect() {
        let k = kinds("The board promised to “review every contract signed since the merger” by June. “We are ready,” came the reply. Her verdict: “Not good.”")
        XCTAssertEqual(k["review every contract signed since the merger"], .direct)
        XCTAssertEqual(k["We are ready,"], .direct)
        XCTAssertEqual(k["Not good."], .direct, "a colon introduces speech")
    }

    func testAnExclamationOrQuestionIsSpeech() {
        let k = kinds("The house rule on refills is … “Never!” laughs the cook. Then a guest asked “Why?” and left.")
        XCTAssertEqual(k["Never!"], .direct)
        XCTAssertEqual(k["Why?"], .direct)
    }

    func testTitlesAndNicknamesInTitleCaseArePhrases() {
        let k = kinds("She told the story on “Morning at the Ledger” last week. “Rain on Harbour Street” opens Friday at the Grand, starring the boxer known as “Iron Lou.”")
        XCTAssertEqual(k["Morning at the Ledger"], .phrase)
        XCTAssertEqual(k["Rain on Harbour Street"], .phrase, "a title opening its sentence, a verb after it")
        XCTAssertEqual(k["Iron Lou."], .phrase)
    }

    func testATitleInsideASentenceIsAPhraseWhoeverSpeaksInIt() {
        let k = kinds("Ruiz said on WKRT’s “Morning at the Depot” that fares would rise. The rally ended with “Never Again,” said Ortiz. “Absolutely,” he said.",
                      speakers: ["Morning at the Depot": "Ana Ruiz", "Never Again,": "Luis Ortiz", "Absolutely,": "Luis Ortiz"])
        XCTAssertEqual(k["Morning at the Depot"], .phrase, "the show she spoke on")
        XCTAssertEqual(k["Never Again,"], .direct, "the attribution follows the words")
        XCTAssertEqual(k["Absolutely,"], .direct)
    }

    func testEveryMarkedSpanInALinkTeaserIsAPhrase() {
        let k = kinds("""
        The vote is set for Tuesday.

        READ MORE: Council says the city budget is ‘close to breaking’ after the second storm this year

        Related: “We were never told,” says a tenant as the towers rise along the old rail yards

        Watch: Premier calls the plan for northern clinics ‘a start’ as doctors leave the region
        """, speakers: ["We were never told,": "READ MORE"])
        XCTAssertEqual(k["close to breaking"], .phrase)
        XCTAssertEqual(k["We were never told,"], .phrase, "a teaser's marks are a headline's, whoever it names")
        XCTAssertEqual(k["a start"], .phrase)
    }

    /// (A line of ten words or fewer is already a subheading to the reader, not a quotation.)
    func testAParagraphOfOneUnpunctuatedQuotedLineIsAHeading() {
        let k = kinds("""
        The shelter opened in May.

        ‘We had nowhere else to go, and nobody at the council would listen’

        “We had nowhere else to go, and nobody at the council would listen.”
        """)
        XCTAssertEqual(k["We had nowhere else to go, and nobody at the council would listen"], .phrase)
        XCTAssertEqual(k["We had nowhere else to go, and nobody at the council would listen."], .direct,
                       "a line of speech ends with its punctuation")
    }

    func testAPullQuoteCarryingTheSpeakerAboveIsStillAHeading() {
        let body = "“We stayed because the rent was low,” Amir Haddad said.\n\n‘We had nowhere else to go, and nobody at the council would listen’\n"
        let a = ArticleReader().read(path: "p.txt", bytes: Array("A headline for the test\n\n\(body)".utf8))
        let found = QuoteFinder.find(a).map { f in
            Quote(span: f.span, text: a.text(f.span), kind: .direct, speaker: "Amir Haddad", speakerKind: f.paragraph == 1 ? .name : .continuation)
        }
        XCTAssertEqual(PhraseClassifier.classify(found, in: a).map(\.kind), [.direct, .phrase])
    }

    func testThePipelineGivesPhrasesNoSpeakerAndLeavesThemOutOfSpeakers() {
        let text = "Headline\n\nMarta Voss runs the “night market” in Tarrow.\n\n“We open at nine,” Voss said.\n"
        let c = CorpusBuilder().build([(path: "m.txt", bytes: Array(text.utf8))])
        let quotes = c.articles[0].quotes
        XCTAssertEqual(quotes.first { $0.text == "night market" }?.kind, .phrase)
        XCTAssertNil(quotes.first { $0.text == "night market" }?.speaker)
        XCTAssertEqual(quotes.first { $0.text == "We open at nine," }?.kind, .direct)
        XCTAssertEqual(c.speakers.map(\.quotes).reduce(0, +), 1)
    }

    func testTeaserLabelsAreKnownWhateverTheirCaseAndSpacing() {
        for label in ["Read More", "read  more ", "READ ALSO", " Watch", "Photo Gallery"] {
            XCTAssertTrue(PhraseClassifier.isTeaserOpener(label), label)
        }
        for name in ["Read Moreau", "Read", "Réad More", "More Read", "", "Watch Live Now"] {
            XCTAssertFalse(PhraseClassifier.isTeaserOpener(name), name)
        }
    }
}
