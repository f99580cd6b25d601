@testable import Reader
import Articles
import XCTest

/// Text from outside the program reaches the terminal only as cells the terminal places where the grid does,
/// with controls, bidi and invisible characters as visible stand-ins, the same in both painters.
final class TerminalTextTests: XCTestCase {
    /// Graphemes terminals measure differently when sent as they are.
    static let clusters = ["👍\u{1F3FD}", "🇺🇸", "1\u{FE0F}\u{20E3}", "👨\u{200D}👩\u{200D}👧\u{200D}👦", "क्षि", "❤\u{FE0F}",
                           "🏳\u{FE0F}\u{200D}🌈", "☝\u{1F3FD}", "e\u{301}\u{302}", "🏽"]

    static let bidi: [UInt32] = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C]

    static func corpus(_ text: String, path: String = "hostile.txt") -> Corpus {
        CorpusBuilder().build([(path: path, bytes: Array(text.utf8))])
    }

    /// The columns a terminal that places each scalar by `wcwidth` (as ncurses, tmux and xterm do) would move
    /// by for what the painters get of row `y`, checked cell by cell against the grid's own columns.
    static func assertTerminalPlacesRowAsTheGrid(_ g: Grid, _ y: Int, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        var column = 0
        g.forEachPaintable(row: y) { x, scalar, cluster, _ in
            XCTAssertEqual(column, x, "\(what): row \(y) cell \(x) lands in column \(column)", file: file, line: line)
            let scalars = cluster.map { $0.unicodeScalars.map(\.value) } ?? [scalar]
            let widths = scalars.map(ScalarWidth.of)
            XCTAssertTrue(widths.dropFirst().allSatisfy { $0 == 0 }, "\(what): only marks follow a cell's base: \(scalars)", file: file, line: line)
            XCTAssertGreaterThan(widths[0], 0, "\(what): a cell's base takes columns: \(scalars)", file: file, line: line)
            column += max(1, widths[0])
        }
        XCTAssertEqual(column, g.width, "\(what): row \(y) ends at the margin", file: file, line: line)
    }

    func testEveryClusterTakesTheColumnsTheTerminalGivesItInEveryRow() {
        for c in Self.clusters {
            let text = "Title \(c) here\n\nA paragraph with \(c) in it, \(c)\(c) twice, and more words after it to wrap. “Quote \(c),” said Ann Lee.\n"
            for (w, h) in [(160, 30), (100, 24), (60, 20)] {
                var s = ReaderState(corpus: Self.corpus(text), width: w, height: h)
                s = Fixture.press([.char("]")], s)   // the annotated repaint: quote marked, speaker highlighted
                let g = Render.screen(s)
                for y in 0..<h { Self.assertTerminalPlacesRowAsTheGrid(g, y, c) }
            }
        }
    }

    func testTerminalsGetNoSelectorJoinerOrModifierTheyDisagreeOn() {
        var g = Grid(width: 40, height: 1)
        let used = g.put(Self.clusters.joined(separator: " "), x: 0, y: 0, style: .plain)
        XCTAssertEqual(used, DisplayWidth.of(Self.clusters.joined(separator: " ")), "the grid and DisplayWidth agree")
        let sent = g.cells.flatMap { $0.text.unicodeScalars.map(\.value) }
        XCTAssertFalse(sent.contains { (0xFE00...0xFE0F).contains($0) || $0 == 0x200D })
        XCTAssertEqual(sent.filter { (0x1F3FB...0x1F3FF).contains($0) }.count, 1, "only the lone skin tone stays")
        XCTAssertEqual(DisplayWidth.of("👍\u{1F3FD}"), 2)
        XCTAssertEqual(DisplayWidth.of("🇺🇸"), 2, "two regional indicators, one column each")
        XCTAssertEqual(DisplayWidth.of("क्षि"), 3)
        XCTAssertEqual(DisplayWidth.of("👨\u{200D}👩\u{200D}👧\u{200D}👦"), 8)
        XCTAssertEqual(DisplayWidth.of("1\u{FE0F}\u{20E3}"), 1)
    }

    func testBidiAndInvisibleControlsShowAsTheSamePlaceholdersInBothPainters() throws {
        let controls = Self.bidi.compactMap(Unicode.Scalar.init).map { "x\(Character($0))y" }.joined(separator: " ")
        let text = "Invoice \u{202E}fdp.exe\n\nSee \u{2066}these\u{2069} \(controls) line\u{2028}break end.\n"
        var s = ReaderState(corpus: Self.corpus(text), width: 160, height: 30)
        s.focus = .article
        let g = Render.screen(s)
        let first = String(decoding: FirstFrame.bytes(g, palette: Palette(colors: .rich), codes: FirstFrameTests.codes), as: UTF8.self)
        for v in Self.bidi + [0x2028, 0x2029] {
            XCTAssertFalse(first.unicodeScalars.contains { $0.value == v }, String(v, radix: 16))
        }
        XCTAssertTrue(first.contains("Invoice ⇄fdp.exe"), "the override shows, and does not reorder the title")
        XCTAssertEqual(first.components(separatedBy: "⇄").count - 1, 2 + 2 + Self.bidi.count, "one each: the title (list and pane), the body")
        XCTAssertTrue(first.contains("line break end."), "a line separator in a paragraph is white space, as a newline is")
        // curses gets the same cells
        var curses = ""
        for y in 0..<g.height {
            g.forEachPaintable(row: y) { _, scalar, cluster, _ in curses += cluster ?? String(Character(Unicode.Scalar(scalar) ?? "?")) }
            curses += "\n"
        }
        XCTAssertEqual(curses.components(separatedBy: "⇄").count, first.components(separatedBy: "⇄").count)
        XCTAssertFalse(curses.unicodeScalars.contains { Self.bidi.contains($0.value) })
    }

    func testAFrameFullOfHostileTextSendsNoControlByteOfItsOwn() {
        let hostile = "\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{90}q\u{9D}x\u{9C}\u{08}\u{7F}\u{0E}"
        let text = "Title \(hostile)\n\n“\(hostile) words,” said \(hostile)Ann Lee. \u{202E}evil \(Self.clusters.joined())\n"
        let corpus = Self.corpus(text, path: "x\(hostile).txt")
        var s = ReaderState(corpus: corpus, width: 120, height: 30)
        s.message = "a message naming x\(hostile).bin"
        for keys in [[Key](), [.char("]")], [.char("S")], [.char("e")], [.char("?")], [.char("/"), .char("\u{1B}")]] {
            let g = Render.screen(Fixture.press(keys, s))
            let bytes = FirstFrame.bytes(g, palette: Palette(colors: .rich), codes: FirstFrameTests.codes)
            XCTAssertFalse(bytes.contains { $0 < 0x20 }, "the test's codes are printable: any control byte came from the text")
            let sent = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
            XCTAssertFalse(sent.contains { $0 >= 0x80 && $0 < 0xA0 }, "no C1 control")
            XCTAssertFalse(sent.contains { Self.bidi.contains($0) }, "no bidi control")
            for y in 0..<g.height {
                g.forEachPaintable(row: y) { _, scalar, cluster, _ in
                    for v in cluster.map({ $0.unicodeScalars.map(\.value) }) ?? [scalar] {
                        XCTAssertFalse(v < 0x20 || (v >= 0x7F && v < 0xA0) || Self.bidi.contains(v), "curses gets \(v)")
                    }
                }
            }
        }
    }

    func testMessagesForStandardErrorShowControlsAsStandIns() {
        XCTAssertEqual(TerminalText.sanitized("x\u{1B}]52;c;aGk=\u{07}.bin: cannot be read\n", keepingLineBreaks: true),
                       "x␛]52;c;aGk=␇.bin: cannot be read\n")
        XCTAssertEqual(TerminalText.sanitized("Invoice \u{202E}fdp.exe\u{9B}"), "Invoice ⇄fdp.exe\u{FFFD}")
        XCTAssertEqual(TerminalText.sanitized("two\nlines"), "two␊lines")
        XCTAssertEqual(TerminalText.sanitized("plain café 日本 👍\u{1F3FD}"), "plain café 日本 👍\u{1F3FD}", "printable text is left alone")
    }

    func testTheWidthTableMatchesTheCLibrarysWhereItMatters() {
        XCTAssertEqual(ScalarWidth.of(0x41), 1)
        XCTAssertEqual(ScalarWidth.of(0x301), 0)
        XCTAssertEqual(ScalarWidth.of(0x65E5), 2, "日")
        XCTAssertEqual(ScalarWidth.of(0x1F600), 2)
        XCTAssertEqual(ScalarWidth.of(0x1F1FA), 1, "a regional indicator")
        XCTAssertEqual(ScalarWidth.of(0x93F), 1, "a Devanagari spacing vowel sign")
        XCTAssertEqual(ScalarWidth.of(0x94D), 0, "the virama")
        XCTAssertEqual(ScalarWidth.of(0x2764), 1, "❤ without its selector")
        XCTAssertEqual(ScalarWidth.of(0x2028), -1)
        XCTAssertEqual(ScalarWidth.of(0x378), -1, "unassigned")
        for v: UInt32 in 0xA0...0x2FF { XCTAssertEqual(ScalarWidth.of(v), 1, "simple text is one column a scalar") }
        for v: UInt32 in 0x2010...0x27BF where DisplayWidth.isSimple(v) { XCTAssertEqual(ScalarWidth.of(v), 1, String(v, radix: 16)) }
    }
}

/// What the review of the terminal text found: marks after wide characters, huge clusters, names on stderr.
final class TerminalTextEdgeTests: XCTestCase {
    func testAMarkAfterAWideCharacterJoinsItAndTheRowKeepsItsColumns() {
        for text in ["中\u{200B}\u{301}x", "中\u{1160}x", "中\u{2060}\u{301}x", "👍\u{200B}\u{301}x"] {
            var g = Grid(width: 10, height: 1)
            XCTAssertEqual(g.put(text, x: 0, y: 0, style: .plain), 3, text)
            XCTAssertEqual(g[1, 0].text, "", "\(text): the right half stays empty")
            XCTAssertEqual(g[2, 0].text, "x")
            TerminalTextTests.assertTerminalPlacesRowAsTheGrid(g, 0, text)
        }
    }

    func testALetterUnderThousandsOfMarksIsOneCellOfFewScalars() {
        var g = Grid(width: 10, height: 1)
        g.put("a" + String(repeating: "\u{200B}\u{301}", count: 5000) + "b", x: 0, y: 0, style: .plain)
        XCTAssertEqual(g[0, 0].text.unicodeScalars.count, TerminalText.cellScalars)
        XCTAssertEqual(g[1, 0].text, "b")
        let bytes = Array(("x" + String(repeating: "\u{301}", count: 20000) + " y").utf8)
        let glyphs = GlyphScanner.glyphs(bytes, ByteSpan(0, bytes.count))
        XCTAssertEqual(glyphs.count, 3)
        XCTAssertEqual(glyphs[0].length, 1 + 2 * 20000, "the glyph stands for all the bytes")
        XCTAssertEqual(glyphs[0].text(in: bytes).unicodeScalars.count, TerminalText.cellScalars, "and shows as much as a cell can")
    }

    func testNamesOnStandardErrorShowInvisibleCharactersAndCannotForgeLines() {
        XCTAssertEqual(TerminalText.sanitized("file\u{200B}name\u{E0041}\u{FEFF}.txt"), "file\u{FFFD}name\u{FFFD}\u{FFFD}.txt")
        XCTAssertEqual(TerminalText.sanitized("news\ntiktok-reader: fake"), "news␊tiktok-reader: fake")
        XCTAssertEqual(TerminalText.sanitized("👨\u{200D}👩 ❤\u{FE0F} \u{378}"), "👨\u{200D}👩 ❤\u{FE0F} \u{FFFD}", "joiners in emoji stay")
    }
}
