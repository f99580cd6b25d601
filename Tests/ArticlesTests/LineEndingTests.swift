@testable import Articles
import XCTest

/// Old Mac files end their lines in CR alone, Windows files in CR LF: both must read as the same article as the
/// LF file, with every offset still a byte offset into the file as it is.
final class LineEndingTests: XCTestCase {
    static let lines = [
        "date 2020-08-02",
        "Harbor Freight Opens a Plant in Riverton",
        "",
        "By Jane Doe, Example Wire",
        "",
        "Harbor Freight Lines opened a plant in Riverton on Friday, the company said.",
        "It will employ 300 people.",
        "",
        "A Town Changes",
        "",
        "“We are proud of it,” said Mayor John Smith. The plant cost $40 million.",
        "",
    ]

    func read(_ separator: String) -> Article {
        let text = LineEndingTests.lines.joined(separator: separator)
        return CorpusBuilder().build([(path: "a.txt", bytes: Array(text.utf8))]).articles[0]
    }

    /// What a reader sees of an article: the parts and their roles, title, byline, date, subheadings, and the
    /// annotations, as text (each taken from the file at its offsets).
    func visible(_ a: Article) -> [String] {
        func squeeze(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        var out = ["title: \(a.title)", "byline: \(a.byline ?? "-")", "date: \(a.date?.description ?? "-")"]
        out += a.paragraphs.map { "\($0.role.rawValue): \(squeeze(a.text($0.span)))" }
        out += a.subheadings.map { "subheading: \(a.text($0))" }
        out += a.titleSpan.map { ["title span: \(a.text($0))"] } ?? []
        out += a.entities.map { "\($0.type.rawValue): \(a.text($0.span))" }
        out += a.quotes.map { "quote: \(a.text($0.span)) (\($0.speaker ?? "-"))" }
        out += a.timexes.map { "timex: \(a.text($0.span)) = \($0.value ?? "-")" }
        return out
    }

    func testLFFileReadsAsExpected() {
        let a = read("\n")
        XCTAssertEqual(a.title, "Harbor Freight Opens a Plant in Riverton")
        XCTAssertEqual(a.byline, "Jane Doe")
        XCTAssertEqual(a.subheadings.map { a.text($0) }, ["A Town Changes"])
        XCTAssertEqual(a.paragraphs.filter { $0.role == .body }.count, 2)
    }

    func testCROnlyFileHasTheTitleBylineSubheadingsAndParagraphsOfTheLFFile() {
        let cr = read("\r")
        XCTAssertEqual(cr.title, "Harbor Freight Opens a Plant in Riverton")
        XCTAssertEqual(cr.byline, "Jane Doe")
        XCTAssertEqual(cr.date?.description, "2020-08-02")
        XCTAssertEqual(visible(cr), visible(read("\n")))
    }

    func testCRLFFileReadsAsTheLFFile() {
        XCTAssertEqual(visible(read("\r\n")), visible(read("\n")))
    }

    func testOffsetsStayByteOffsetsIntoTheFile() {
        for separator in ["\r", "\r\n"] {
            let a = read(separator)
            let bytes = Array(LineEndingTests.lines.joined(separator: separator).utf8)
            guard let title = a.titleSpan, let plant = a.entities.first(where: { a.text($0.span) == "Riverton" }) else {
                return XCTFail("no title or no Riverton with \(separator.unicodeScalars.map { $0.value })")
            }
            XCTAssertEqual(String(decoding: bytes[title.start..<title.end], as: UTF8.self), a.title)
            XCTAssertEqual(String(decoding: bytes[plant.span.start..<plant.span.end], as: UTF8.self), "Riverton")
            for p in a.paragraphs { XCTAssertFalse(bytes[p.span.start] == 0x0D || bytes[p.span.end - 1] == 0x0D) }
        }
    }

    func testAQuotationThatClosesOnTheNextLineHasNoLineBreakInIt() {
        for separator in ["\n", "\r", "\r\n"] {
            let text = ["Title Line", "", "“We are proud of it", "” said John Smith.", ""].joined(separator: separator)
            let a = CorpusBuilder().build([(path: "a.txt", bytes: Array(text.utf8))]).articles[0]
            XCTAssertEqual(a.quotes.filter { $0.kind == .direct }.map { a.text($0.span) }, ["We are proud of it"])
        }
    }
}
