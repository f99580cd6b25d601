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

    func testATokenComparedInLowerCaseBeyondASCII() {
        let bytes = Array("ÉTÉ été As".utf8)
        let t = Tokenizer.tokenize(bytes, 0..<bytes.count)
        XCTAssertFalse(t[0].lowerEquals("ete"), "accents are kept, not folded away")
        XCTAssertTrue(t[2].lowerEquals("as"))
        XCTAssertFalse(t[2].lowerEquals("a"))
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
