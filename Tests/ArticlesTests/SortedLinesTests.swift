@testable import Articles
import XCTest

/// The word lists are binary-searched in their bytes: every line is found, nothing else is.
final class SortedLinesTests: XCTestCase {
    func testFindsEveryLineAndOnlyThose() {
        let text = "# a comment\n# another\nabbey\nabbot\nbarn\tm\nbarnacle\tf\nzebra\n"
        let list = SortedLines(bytes: Array(text.utf8))
        for key in ["abbey", "abbot", "barn", "barnacle", "zebra"] { XCTAssertTrue(list.contains(key), key) }
        for key in ["abb", "abbeys", "a", "bar", "zebras", "# a comment", "", "m"] { XCTAssertFalse(list.contains(key), key) }
        XCTAssertEqual(list.value("barn"), "m")
        XCTAssertEqual(list.value("barnacle"), "f")
        XCTAssertNil(list.value("zebra"))
    }

    func testEmptyAndUnterminatedLists() {
        XCTAssertFalse(SortedLines(bytes: []).contains("a"))
        XCTAssertTrue(SortedLines(bytes: Array("alpha\nbeta".utf8)).contains("beta"))
    }

    func testTheBundledListsAnswer() {
        let lex = Lexicon.bundled
        XCTAssertTrue(lex.commonWords.contains("announced"))
        XCTAssertFalse(lex.commonWords.contains("pompeo"))
        XCTAssertTrue(lex.places.contains("Thessaloniki"))
        XCTAssertEqual(lex.gender(ofFirstName: "Vanessa"), "f")
    }
}
