@testable import Articles
import XCTest

/// Annotation is linear in the input: a long or hostile article gets the same annotations, piece for piece, as
/// a short one built the same way. Each case here repeats a pattern a few thousand times; every stage that once
/// looked at all quotations, marks, names or events again for each one took minutes (or did not finish) on them.
final class LinearAnnotationTests: XCTestCase {
    func annotate(_ text: String) -> Corpus { CorpusBuilder().build([(path: "a.txt", bytes: Array(text.utf8))]) }

    /// Distinct made-up capitalised words (`Bavo`, `Kedi`, …) that no word list knows.
    func madeUpName(_ n: Int) -> String {
        let onsets = ["B", "D", "K", "V", "Z", "T", "R", "N"], vowels = ["a", "e", "i", "o", "u"]
        var n = n, word = ""
        repeat {
            word += onsets[n % onsets.count] + vowels[(n / onsets.count) % vowels.count]
            n /= onsets.count * vowels.count
        } while n > 0
        return word.prefix(1) + word.dropFirst().lowercased() + "vor"
    }

    func testStraightQuotedWordsInOneParagraphAreEachAQuotation() {
        func quotes(_ n: Int) -> [String] {
            let words = (0..<n).map { "\"w\(madeUpName($0).lowercased())\"" }
            // lines of eight, no blank line: one paragraph
            let text = "Title Line\n\n" + stride(from: 0, to: n, by: 8).map { words[$0..<min(n, $0 + 8)].joined(separator: " ") }.joined(separator: "\n")
            let a = annotate(text).articles[0]
            XCTAssertEqual(a.quotes.filter { $0.speaker != nil }.count, 0)
            return a.quotes.map { a.text($0.span) }
        }
        let small = quotes(40), large = quotes(16_000)
        XCTAssertEqual(small.count, 40)
        XCTAssertEqual(large.count, 16_000)
        XCTAssertEqual(Array(large.prefix(40)), small)
    }

    func testOpeningSingleMarksThatNeverCloseLeaveTheRealQuotationFound() {
        // many `'word` that could each open a quotation but have no closing mark after them, then one that does
        func quotes(_ n: Int) -> [String] {
            let text = "Title Line\n\nHe said " + (0..<n).map { "'w\($0 % 97) x" }.joined(separator: " ")
                + "\n\nShe called it 'a plan' today, and 'the best one' later.\n"
            let a = annotate(text).articles[0]
            return a.quotes.filter { $0.kind == .direct }.map { a.text($0.span) }
        }
        XCTAssertEqual(quotes(3), ["a plan", "the best one"])
        XCTAssertEqual(quotes(40_000), ["a plan", "the best one"])
    }

    func testAParagraphOfQuoteMarksOnlyIsReadAsAShortOneIs() {
        // `"“”'‘’ ` again and again, no word between the marks: each quotation's search for a reporting cue after
        // it read the rest of the paragraph
        func quotes(_ n: Int) -> [String] {
            let text = "Title Line\n\nHe said " + String(repeating: "\"\u{201C}\u{201D}'\u{2018}\u{2019} ", count: n) + "then.\n"
            let a = annotate(text).articles[0]
            return a.quotes.map { "\(a.text($0.span)) \($0.kind.rawValue)" }
        }
        let small = quotes(3), large = quotes(8_000)
        XCTAssertEqual(small.count, 3)
        XCTAssertEqual(large.count, 8_000)
        XCTAssertEqual(Set(large), Set(small))
    }

    func testThousandsOfQuotesWithSpeakersAreCreditedAsAFewAre() {
        func speakers(_ n: Int) -> [String] {
            let body = (0..<n).map { k in
                let name = "Mary \(madeUpName(k))"
                return "\(name) spoke at the hearing. “We will w\(k),” she said. “And more,” said \(name)."
            }
            let a = annotate("Title Line\n\n" + body.joined(separator: " ") + "\n").articles[0]
            return a.quotes.filter { $0.kind == .direct }.map { $0.speaker ?? "-" }
        }
        let small = speakers(3), large = speakers(3_000)
        XCTAssertEqual(small, ["Mary Bavor", "Mary Bavor", "Mary Davor", "Mary Davor", "Mary Kavor", "Mary Kavor"])
        XCTAssertEqual(large.count, 6_000)
        XCTAssertEqual(Array(large.prefix(6)), small)
        XCTAssertEqual(large.last, "Mary \(madeUpName(2_999))")
    }

    func testEveryShortFormOfManyOrganisationsGetsItsFullName() {
        func canonicals(_ n: Int) -> [String] {
            var body = (0..<n).map { "\(madeUpName($0)) Holdings opened an office in the city." }
            body += (0..<n).map { "Shares of the firm rose after \(madeUpName($0)) reported results." }
            let a = annotate("Title Line\n\n" + body.joined(separator: "\n\n") + "\n").articles[0]
            return a.entities.filter { !$0.text.contains(" ") && $0.type == .organization }.map { $0.canonical }
        }
        let small = canonicals(3), large = canonicals(4_000)
        XCTAssertEqual(small, ["Bavor Holdings", "Davor Holdings", "Kavor Holdings"])
        XCTAssertEqual(large.count, 4_000)
        XCTAssertEqual(Array(large.prefix(3)), small)
        XCTAssertEqual(large.last, "\(madeUpName(3_999)) Holdings")
    }

    func testManyEventsOnOneDateMakeOneRowAsAFewDo() {
        func rows(_ n: Int) -> [Int] {
            let body = (0..<n).map { "On August 2, 2020, \(madeUpName($0)) Holdings opened office \($0)." }
            return annotate("date 2020-08-03\nTitle Line\n\n" + body.joined(separator: " ") + "\n").timeline.map { $0.events.count }
        }
        XCTAssertEqual(rows(3), [3])
        XCTAssertEqual(rows(6_000), [6_000])
    }

    func testAParagraphWithNoSentenceEndIsCutIntoSentencesOfBoundedLength() {
        // thousands of words and no period: the timeline quotes a sentence of bounded length, not the paragraph
        let words = (0..<6_000).map { $0 == 3_000 ? "in August 2020" : "word\($0 % 50)" }
        let a = annotate("date 2020-09-01\nTitle Line\n\n" + words.joined(separator: " ") + "\n")
        let article = a.articles[0]
        XCTAssertGreaterThanOrEqual(article.sentences.count, 6_000 / SentenceSplitter.maxTokens)
        XCTAssertTrue(article.sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maxTokens })
        XCTAssertEqual(a.timeline.flatMap { $0.events }.count, 1)
        XCTAssertLessThan(a.timeline.first?.events.first.map { a.text(of: $0) }?.utf8.count ?? .max, SentenceSplitter.maxTokens * 10)
        XCTAssertEqual(article.timexes.map { $0.value }, ["2020-08"])
    }

    func testALongSentenceIsCutAfterAPause() {
        let words = (0..<(SentenceSplitter.maxTokens + 100)).map { $0 == SentenceSplitter.maxTokens - 10 ? "word," : "word" }
        let a = annotate("Title Line\n\n" + words.joined(separator: " ") + "\n").articles[0]
        let body = a.sentences.filter { a.paragraphs[$0.paragraph].role == .body }
        // 600 words and the comma, whose token is the 492nd
        XCTAssertEqual(body.map { $0.tokens.count }, [492, 109])
        XCTAssertTrue(a.text(body[0].span).hasSuffix("word,"))
    }
}
