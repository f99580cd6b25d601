@testable import Reader
import Articles
import XCTest

/// Wrapping by display width into lines that are spans of the file.
final class ArticleLayoutTests: XCTestCase {
    func article(_ text: String) -> Article {
        CorpusBuilder.read([(path: "t.txt", bytes: Array(text.utf8))])[0]
    }

    func shown(_ lay: ArticleLayout, _ a: Article) -> [String] {
        lay.lines.map { l in
            l.added ?? String(repeating: " ", count: l.indent)
                + GlyphScanner.glyphs(a.bytes, l.span).map { $0.isSpace ? " " : $0.text(in: a.bytes) }.joined()
        }
    }

    func testWrapsAtWordsAndCutsWordsLongerThanTheLine() {
        let a = article("Title\n\nalpha beta gamma delta abcdefghijklmnopqrstuvwxyz end.\n")
        let lay = ArticleLayout(article: a, width: 12)
        let body = zip(lay.lines, shown(lay, a)).filter { $0.0.kind == .body }.map(\.1)
        XCTAssertEqual(body, ["alpha beta", "gamma delta", "abcdefghijkl", "mnopqrstuvwx", "yz end."])
        for l in lay.lines where l.showsFile {
            XCTAssertEqual(l.offset, l.span.start)
            XCTAssertNotEqual(a.bytes[l.span.start], 0x20, "a line never starts with a space")
        }
    }

    func testLineBreaksInsideAParagraphAreSpacesAndCRLFIsOne() {
        let a = article("Title\r\n\r\none\r\ntwo  three\n")
        let lay = ArticleLayout(article: a, width: 40)
        XCTAssertTrue(shown(lay, a).contains("one two  three"), "\(shown(lay, a))")
    }

    func testCaptionsAreIndentedAndWideCharactersTakeTwoColumns() {
        let a = article("Title\n\n日本語のテキスト text here.\n\nA photo of the port. (Photo by Jane Roe/Getty Images)\n")
        let lay = ArticleLayout(article: a, width: 10)
        let lines = shown(lay, a)
        XCTAssertTrue(lines.contains("日本語のテ"), "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("  A photo") }, "\(lines)")
        XCTAssertTrue(lay.lines.contains { $0.kind == .caption && $0.indent == 2 })
    }

    func testFindingTheLineOfAnOffsetAgreesWithReadingEveryLine() {
        for a in Fixture.corpus.articles {
            for width in [20, 57, 90] {
                let lay = ArticleLayout(article: a, width: width)
                for offset in stride(from: -1, through: a.bytes.count + 1, by: 7) {
                    var best = 0
                    for (i, l) in lay.lines.enumerated() where l.showsFile {
                        if l.offset <= offset { best = i } else { break }
                    }
                    XCTAssertEqual(lay.line(containing: offset), best, "offset \(offset) at width \(width)")
                }
            }
        }
    }
}
