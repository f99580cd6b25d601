@testable import Articles
import XCTest

/// The time rules read a sentence's words in lower case, made only when a rule reads them; asked of the tokens'
/// bytes before that, a word must answer as its lower-case string would.
final class LowerWordsTests: XCTestCase {
    func words(_ text: String) -> LowerWords {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(bytes, 0..<bytes.count)
        return LowerWords(tokens, 0..<tokens.count)
    }

    func testWordsAreLowerCaseWhetherMadeOrNot() {
        let w = words("The Board MET on Ünter Tuesday")
        XCTAssertEqual(w.count, 6)
        XCTAssertTrue(w.isWord(0, "the"), "asked of the bytes, folded")
        XCTAssertFalse(w.isWord(0, "th"))
        XCTAssertEqual(w[0], "the")
        XCTAssertTrue(w.isWord(0, "the"), "asked of the made string")
        XCTAssertTrue(w.isIn(2, ["met", "meets"]))
        XCTAssertFalse(w.isIn(1, ["met", "meets"]))
        XCTAssertEqual(w[4], "ünter", "beyond ASCII, lower-cased as a string")
        XCTAssertTrue(w.isIn(4, ["ünter"]))
        XCTAssertEqual(Array(w), ["the", "board", "met", "on", "ünter", "tuesday"])
    }

    /// A token outside ASCII is compared in lower case as written (accents kept), and is no ASCII word in lower
    /// case but through the Kelvin sign, which lower-cases to `k`.
    func testATokenComparedInLowerCaseBeyondASCII() {
        let bytes = Array("ÉTÉ été As \u{212A}ilo OK\u{212A} Ünter Don’t".utf8)
        let t = Tokenizer.tokenize(bytes, 0..<bytes.count)
        XCTAssertFalse(t[0].lowerEquals("ete"), "accents are kept, not folded away")
        XCTAssertTrue(t[2].lowerEquals("as"))
        XCTAssertFalse(t[2].lowerEquals("a"))
        XCTAssertTrue(t[3].lowerEquals("kilo"), "the Kelvin sign lower-cases to k")
        XCTAssertTrue(t[4].lowerEquals("okk"))
        XCTAssertFalse(t[4].lowerEquals("ok"))
        XCTAssertFalse(t[5].lowerEquals("unter"))
        XCTAssertTrue(t[5].lowerEquals("ünter"))
        XCTAssertTrue(t.contains { $0.lowerEquals("don’t") })
        XCTAssertFalse(t.contains { $0.lowerEquals("dont") || $0.lowerEquals("don't") })
    }

    /// A token's lower case, and a word list asked for it, read as the Unicode lower-casing of its text does,
    /// whether it is ASCII, has typographic punctuation in it or letters beyond ASCII, short or long.
    func testLowerCaseAsUnicodeHasIt() {
        let text = "COMPANY’S Don’t “QUOTED” Wait—WHAT… INTERNATIONALIZATIONS’ CAFÉ’S Σίσυφος İstanbul ΟΔΟΣ’ \u{2030}PER"
            + " ‘Ⓐ’ ⅠⅡ €UR ₂O ‰ \u{212B}NGSTRÖM \u{2126}HM ⁿTH"
        let bytes = Array(text.utf8) + [0x20, 0xE2, 0x80, 0x41, 0x20, 0xE2, 0x80, 0x9C, 0x42]
        let t = Tokenizer.tokenize(bytes, 0..<bytes.count)
        for k in t.indices {
            XCTAssertEqual(t[k].lower, t[k].text.lowercased(), t[k].text)
            XCTAssertEqual(TimexRecognizer.clauseBreaks.contains(lowerOf: t[k]), TimexRecognizer.clauseBreaks.contains(t[k].text.lowercased()))
        }
        XCTAssertEqual(t[0].lower, "company")
        let set: WordSet = ["company", "’s", "don’t", "café", "σίσυφος", "wait—what…"]
        for k in t.indices { XCTAssertEqual(set.contains(lowerOf: t[k]), set.contains(t[k].text.lowercased()), t[k].text) }
        XCTAssertTrue(t.contains { $0.text == "CAFÉ" && $0.lower == "café" })
        XCTAssertTrue(t.contains { $0.text == "Don’t" && $0.lowerEquals("don’t") })
    }

    func testACountOfCharactersNotBytes() {
        XCTAssertTrue("added".hasAtLeast(5))
        XCTAssertFalse("used".hasAtLeast(5))
        XCTAssertFalse("fêté".hasAtLeast(5), "six bytes, four characters")
        XCTAssertTrue("fêtés".hasAtLeast(5))
    }
}

/// Names, dates and values are split on an ASCII byte as the standard `split` splits them, counts and empty
/// pieces included.
final class SplitASCIITests: XCTestCase {
    func testPiecesAreTheStandardSplitsPieces() {
        let texts = ["", "-", "--", "2020-06-30", "-2020--06-", "a b  c ", " Jean-Luc  Picard", "été-à-Paris", "XXXX-WXX-1"]
        for t in texts {
            for maxSplits in [0, 1, 2, Int.max] {
                for omitting in [true, false] {
                    let want = t.split(separator: "-", maxSplits: maxSplits, omittingEmptySubsequences: omitting).map(String.init)
                    XCTAssertEqual(t.splitASCII(0x2D, maxSplits: maxSplits, omittingEmpty: omitting).map(String.init), want,
                                   "\(t) \(maxSplits) \(omitting)")
                    let spaced = t.split(separator: " ", maxSplits: maxSplits, omittingEmptySubsequences: omitting).map(String.init)
                    XCTAssertEqual(Substring(t).splitASCII(0x20, maxSplits: maxSplits, omittingEmpty: omitting).map(String.init), spaced)
                    XCTAssertEqual(t.splitASCII(0x20, maxSplits: maxSplits, omittingEmpty: omitting).map(String.init), spaced)
                }
            }
        }
    }
}

/// A word table lets most misses go on a word's first byte and length: every word it holds must still be found,
/// whatever its length or first byte, folded or not.
final class WordTableFilterTests: XCTestCase {
    func testEveryWordIsFoundWhateverItsLengthOrFirstByte() {
        let long = String(repeating: "x", count: 40), longer = String(repeating: "x", count: 33)
        let words = ["a", "ab", "é", "élan", "über-long", long, "31-\(String(repeating: "y", count: 28))", "’s"]
        let set = WordSet(words)
        for w in words {
            XCTAssertTrue(set.contains(w), w)
            let bytes = Array(w.utf8)
            let tokens = Tokenizer.tokenize(bytes, 0..<bytes.count)
            if tokens.count == 1 { XCTAssertTrue(set.contains(lowerOf: tokens[0]), w) }
        }
        XCTAssertFalse(set.contains(longer), "a longer word of the same first byte is no word of the set")
        XCTAssertFalse(set.contains("b"))
        XCTAssertFalse(set.contains(""))
        let capitals = Array("A AB ÉLAN".utf8)
        let t = Tokenizer.tokenize(capitals, 0..<capitals.count)
        XCTAssertTrue(set.contains(lowerOf: t[0]))
        XCTAssertTrue(set.contains(lowerOf: t[1]), "folded before the first byte is read")
        XCTAssertTrue(set.contains(lowerOf: t[2]), "beyond ASCII, lower-cased first")
        XCTAssertFalse(set.contains(t[1]), "as written, `AB` is not `ab`")
    }

    func testATokensEndingIsReadOnItsBytes() {
        let bytes = Array("Added ASKED bed Ed".utf8)
        let tokens = Tokenizer.tokenize(bytes, 0..<bytes.count)
        let w = LowerWords(tokens, 0..<tokens.count)
        XCTAssertTrue(w.tokenEnds(0, with: "ed"))
        XCTAssertTrue(w.tokenEnds(1, with: "ed"), "capitals folded")
        XCTAssertTrue(w.tokenEnds(2, with: "ed"))
        XCTAssertTrue(w.tokenEnds(3, with: "ed"))
        XCTAssertFalse(w.tokenEnds(2, with: "bed2"))
    }

    func testCapitalsAreTitledWordByWord() {
        XCTAssertEqual(EntityRecognizer.titled("SAN  FRANCISCO "), "San Francisco")
        XCTAssertEqual(EntityRecognizer.titled("U.S. STEEL"), "U.s. Steel")
        XCTAssertEqual(EntityRecognizer.titled("SÃO PAULO"), "São Paulo")
    }
}

/// Text that Swift's `String` holds equal though its bytes differ (a precomposed and a decomposed accent, a Greek
/// question mark and `;`) is annotated as the literal lists and per-mention work read it before they were tables.
final class CanonicallyEquivalentTextTests: XCTestCase {
    func testADecomposedNameKeepsItsOwnCanonicalName() {
        let body = "Shares of Nestle\u{301} rose on Monday, the company said. Later Nestl\u{E9} said sales had grown."
        let c = CorpusBuilder().build([(path: "a.txt", bytes: Array("Food report\n\nDate: June 2, 2022\n\n\(body)\n".utf8))])
        let mentions = c.articles[0].entities.filter { $0.text.unicodeScalars.first == "N" }
        XCTAssertEqual(mentions.count, 2)
        // each spelling settles on its own: the precomposed one is not made the decomposed one's canonical name
        if let last = mentions.last { XCTAssertEqual(Array(last.canonical.utf8), Array("Nestl\u{E9}".utf8)) }
    }

    func testAGreekQuestionMarkEndsAClauseAsASemicolonDoes() {
        let semicolon = FixtureCorpus.timexValues(of: "The plant opened on March 3, 2020. Two days later; the owners sold it.")
        let greek = FixtureCorpus.timexValues(of: "The plant opened on March 3, 2020. Two days later\u{37E} the owners sold it.")
        XCTAssertNotNil(semicolon["Two days later"])
        XCTAssertEqual(greek["Two days later"], semicolon["Two days later"])
    }
}

/// A name's first and last words, found without splitting it into all of them, are those of the split.
final class OuterPiecesTests: XCTestCase {
    func testTheFirstAndLastPiecesOfTheSplit() {
        let names = ["Ann Lee", "Ann", "", " ", "  Ann   Mary  Lee  ", "Zoë Ó Moss", "a b", " a", "a ", "Jean-Luc Picard Jr."]
        for name in names {
            let pieces = name.splitASCII(0x20)
            let outer = name.outerPiecesASCII(0x20)
            XCTAssertEqual(outer?.first, pieces.first, name.debugDescription)
            XCTAssertEqual(outer?.last, pieces.last, name.debugDescription)
            XCTAssertEqual(outer?.several ?? false, pieces.count > 1, name.debugDescription)
        }
    }
}
