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
