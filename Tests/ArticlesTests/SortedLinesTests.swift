@testable import Articles
import XCTest

/// The word lists are looked up in their bytes through a hash of their keys: every line is found, nothing else is.
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

    /// Tokens of `text`, to ask the lists about them as the annotators do.
    func tokens(_ text: String) -> TokenList {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes, 0..<bytes.count)
    }

    func testTokensAreLookedUpAsWrittenOrInLowerCase() {
        let list = SortedLines(bytes: Array("harbour\nferry\tx\nzürich\n".utf8))
        let t = tokens("Harbour harbour FERRY Zürich ZÜRICH Harbours")
        XCTAssertEqual((0..<t.count).map { list.contains(lowerOf: t[$0]) }, [true, true, true, true, true, false])
        XCTAssertEqual((0..<t.count).map { list.contains(t[$0]) }, [false, true, false, false, false, false])
    }

    func testWordSetHoldsWhatItWasGivenAndNothingElse() {
        let set: WordSet = ["the", "of", "ferry", "the", "Zürich", ""]
        XCTAssertEqual(set.count, 5)
        for w in ["the", "of", "ferry", "Zürich", ""] { XCTAssertTrue(set.contains(w), w) }
        for w in ["The", "th", "thee", "zürich", "ferries", "o"] { XCTAssertFalse(set.contains(w), w) }
        XCTAssertEqual(Array(set), ["the", "of", "ferry", "Zürich", ""])
        let t = tokens("The FERRY Ferries of")
        XCTAssertEqual((0..<t.count).map { set.contains(lowerOf: t[$0]) }, [true, true, false, true])
        XCTAssertEqual((0..<t.count).map { set.contains(t[$0]) }, [false, false, false, true])
        // many words: the table grows, every one is still found
        let many = WordSet((0..<5000).map { "w\($0)" })
        XCTAssertTrue((0..<5000).allSatisfy { many.contains("w\($0)") })
        XCTAssertFalse(many.contains("w5000"))
        XCTAssertFalse(WordSet([String]()).contains("a"))
    }

    func testWordMapGivesEachWordsValue() {
        let map: WordMap<Int> = ["one": 1, "two": 2, "dozen": 12, "Zwölf": 12]
        XCTAssertEqual(map.count, 4)
        XCTAssertEqual(map["dozen"], 12)
        XCTAssertNil(map["Dozen"])
        XCTAssertNil(map["three"])
        XCTAssertEqual(map.keys, ["one", "two", "dozen", "Zwölf"])
        let t = tokens("Two DOZEN zwölf three")
        XCTAssertEqual((0..<t.count).map { map[lowerOf: t[$0]] }, [2, 12, nil, nil])
    }
}
