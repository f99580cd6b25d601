@testable import Articles
import XCTest

/// The recogniser asks each family of its rules only of the words that family can start at: a word it used to read
/// must still reach every rule that could match it, and the times found must not change.
final class TimexRuleStartsTests: XCTestCase {
    func starts(_ text: String) -> TimexRuleStarts {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(bytes, 0..<bytes.count)
        return TimexRuleStarts.of(tokens[0])
    }

    func testEachStartWordReadsTheFamiliesOfItsRules() {
        XCTAssertTrue(starts("The").contains(.the))
        XCTAssertTrue(starts("the").contains(.phrase), "`the` opens phrases of the catalogue too")
        XCTAssertTrue(starts("a").contains(.numberWord))
        XCTAssertTrue(starts("Sept").contains(.month))
        XCTAssertTrue(starts("Mondays").contains(.pluralWeekday))
        XCTAssertTrue(starts("past").isSuperset(of: [.relativeSpan, .comingPastRecent]))
        XCTAssertTrue(starts("twenty").contains(.tens))
        XCTAssertTrue(starts("weeks").contains(.unit))
        XCTAssertTrue(starts("2019").contains(.number))
        // a word no rule starts at is let go as before
        XCTAssertTrue(starts("ferry").isEmpty)
        XCTAssertTrue(starts("Ferry").isEmpty)
    }

    func testEveryWordOfAFamilyTheRecogniserReadsHasItsFamily() {
        for w in TimexRecognizer.startWords {
            let bytes = Array(w.utf8)
            let tokens = Tokenizer.tokenize(bytes, 0..<bytes.count)
            guard tokens.count == 1, tokens[0].kind != .number else { continue }
            if TimexRecognizer.units[w] != nil { XCTAssertTrue(TimexRuleStarts.of(tokens[0]).contains(.unit), w) }
            if TimexRecognizer.numberWords[w] != nil { XCTAssertTrue(TimexRuleStarts.of(tokens[0]).contains(.numberWord), w) }
            if CalendarWords.monthWords.contains(w) { XCTAssertTrue(TimexRuleStarts.of(tokens[0]).contains(.month), w) }
            if TimexPhrases.byFirstWord[w] != nil { XCTAssertTrue(TimexRuleStarts.of(tokens[0]).contains(.phrase), w) }
        }
    }

    /// A rule whose first words are a named list and the gate read the same table: every word of it starts the family.
    func testTheListsTheRulesStartWithAreTheGatesToo() {
        let lists: [(words: [String], family: TimexRuleStarts)] = [
            (TimexRecognizer.clockWords.keys, .clockWord), (Array(TimexRecognizer.relativeWords), .thisLastNext),
            (Array(TimexRecognizer.relativeSpanStarts), .relativeSpan), (Array(TimexRecognizer.everyEach), .everyEach),
            (Array(TimexRecognizer.withinFor), .withinFor), (Array(TimexRecognizer.comingPastRecent), .comingPastRecent),
        ]
        for (words, family) in lists {
            XCTAssertFalse(words.isEmpty)
            for w in words {
                let bytes = Array(w.utf8)
                let tokens = Tokenizer.tokenize(bytes, 0..<bytes.count)
                XCTAssertTrue(TimexRuleStarts.of(tokens[0]).contains(family), w)
            }
        }
    }

    func testTimesOfEveryFamilyAreStillFound() {
        let v = FixtureCorpus.timexValues(of: "At noon on Monday, two weeks ago, the council met; it meets on Mondays, every two weeks, and "
            + "will meet again next week, in the third quarter and in the summer of 2023, after a 10-year wait since the 1990s.")
        XCTAssertNotNil(v["noon on Monday"] ?? v["noon"])
        XCTAssertNotNil(v["two weeks ago"])
        XCTAssertNotNil(v["Mondays"])
        XCTAssertNotNil(v["every two weeks"])
        XCTAssertNotNil(v["next week"])
        XCTAssertNotNil(v["the third quarter"])
        XCTAssertNotNil(v["the summer of 2023"] ?? v["summer of 2023"])
        XCTAssertNotNil(v["10-year"])
        XCTAssertNotNil(v["the 1990s"])
    }
}
