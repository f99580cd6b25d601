@testable import Reader
import Articles
import XCTest

/// The first screen painted before curses starts: what the terminal gets must be the grid, row for row.
final class FirstFrameTests: XCTestCase {
    /// Readable stand-ins for terminfo's codes, so the bytes can be read back.
    static var codes: TerminalCodes {
        TerminalCodes(
            start: Array("<start>".utf8), nextRow: Array("<nl>".utf8), finish: Array("<end>".utf8), plain: Array("<0>".utf8),
            bold: Array("<b>".utf8), underline: Array("<u>".utf8), reverse: Array("<r>".utf8), dim: Array("<d>".utf8),
            foreground: { Array("<f\($0)>".utf8) }, background: { Array("<k\($0)>".utf8) }, forward: (Array("<fw".utf8), Array(">".utf8)))
    }

    /// The rows as the terminal would show them, codes taken out.
    static func rows(_ bytes: [UInt8]) -> [String] {
        var text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("<start>"))
        text.removeFirst("<start>".count)
        XCTAssertTrue(text.hasSuffix("<end>"), "the cursor ends where curses will believe it is")
        // a cursor move over blanks shows as the blanks; blanks at the end of a row are not sent (the screen was
        // cleared), so the rows are given back to their full width with the grid's
        return text.components(separatedBy: "<nl>").map { row in
            var out = "", code = "", inCode = false
            for c in row {
                if c == "<" {
                    inCode = true
                    code = ""
                } else if c == ">" && inCode {
                    inCode = false
                    if code.hasPrefix("fw"), let n = Int(code.dropFirst(2)) { out += String(repeating: " ", count: n) }
                } else if inCode {
                    code.append(c)
                } else {
                    out.append(c)
                }
            }
            return out
        }
    }

    func testEveryRowOfTheSeedsGoesOutWholeAndFullWidth() {
        for (w, h) in [(160, 48), (100, 30), (60, 20)] {
            var s = Fixture.state(w, h)
            s.annotating = false
            let g = Render.screen(s)
            let rows = Self.rows(FirstFrame.bytes(g, palette: Palette(colors: .rich), codes: Self.codes))
            XCTAssertEqual(rows.count, h, "\(w)×\(h): one row per line, no more")
            for y in 0..<h {
                let shown = rows[y] + String(repeating: " ", count: max(0, w - DisplayWidth.of(rows[y])))
                XCTAssertEqual(shown, g.row(y), "\(w)×\(h) row \(y)")
                XCTAssertLessThanOrEqual(DisplayWidth.of(rows[y]), w, "\(w)×\(h) row \(y) never runs past the width")
            }
        }
    }

    /// What a terminal shows after `bytes` in the stand-in codes: per row, each cell's character and look; and
    /// whether attributes were ever on at a cursor move; and how many resets found them off already.
    static func screen(_ bytes: [UInt8], width: Int) -> (rows: [[(Character, Palette.Look)?]], movedInAttributes: Bool, idleResets: Int) {
        var text = String(decoding: bytes, as: UTF8.self)
        text.removeFirst("<start>".count)
        var rows: [[(Character, Palette.Look)?]] = [Array(repeating: nil, count: width)]
        var look = Palette.Look(), x = 0, moved = false, idle = 0
        var code: String?
        for c in text {
            if var k = code {
                if c != ">" { k.append(c); code = k; continue }
                code = nil
                switch k {
                case "0":
                    if look == Palette.Look() { idle += 1 }
                    look = Palette.Look()
                case "b": look.bold = true
                case "u": look.underline = true
                case "r": look.reverse = true
                case "d": look.dim = true
                case "nl":
                    moved = moved || look != Palette.Look()
                    rows.append(Array(repeating: nil, count: width))
                    x = 0
                case "end": break
                default:
                    if k.hasPrefix("fw"), let n = Int(k.dropFirst(2)) {
                        moved = moved || look != Palette.Look()
                        x += n
                    } else if k.hasPrefix("f"), let n = Int16(k.dropFirst()) {
                        look.color = n
                    } else if k.hasPrefix("k"), let n = Int16(k.dropFirst()) {
                        look.background = n
                    }
                }
            } else if c == "<" {
                code = ""
            } else {
                if x < width { rows[rows.count - 1][x] = (c, look) }
                x += DisplayWidth.of(String(c))
            }
        }
        return (rows, moved, idle)
    }

    func testEveryCellShowsInItsOwnLookThoughOnlyChangesAreSent() {
        for (w, h) in [(160, 48), (100, 30), (60, 20)] {
            for palette in [Palette(colors: .rich), Palette(colors: .eight), Palette(colors: .sixteen, theme: .light), Palette(colors: .none)] {
                for moves in [true, false] {
                    var s = Fixture.state(w, h)
                    s.annotating = false
                    s = Fixture.press(Fixture.keys("]]}"), s)   // a quote and its speaker marked too
                    let g = Render.screen(s)
                    var codes = Self.codes
                    codes.movesInAttributes = moves
                    let out = FirstFrame.bytes(g, palette: palette, codes: codes)
                    let shown = Self.screen(out, width: w)
                    XCTAssertFalse(!moves && shown.movedInAttributes, "attributes off before every move unless `msgr`")
                    XCTAssertEqual(shown.idleResets, 0, "no code repeats what the terminal already shows")
                    for y in 0..<h {
                        g.forEachPaintable(row: y) { x, scalar, _, style in
                            let want = palette.look(style)
                            let got = shown.rows[y][x]
                            if scalar == 0x20 && !want.showsBlank {
                                // a blank: left out, or written in any look that leaves it blank
                                XCTAssertFalse(got.map { $0.1.showsBlank } ?? false, "\(w)×\(h) (\(x), \(y))")
                            } else {
                                XCTAssertEqual(got?.1, want, "\(w)×\(h) (\(x), \(y)) \(g[x, y].text)")
                            }
                        }
                    }
                }
            }
        }
    }

    func testEscapeSequencesInAnArticleNeverReachTheTerminal() {
        // control characters followed by combining marks, which join the character before them
        let bytes = Array("Title\n\nA line with \u{1B}[2J an escape, a bell\u{07} and \u{9B}31m inside, \u{1B}\u{301} \u{9B}\u{301}.\n".utf8)
        let corpus = CorpusBuilder().build([(path: "evil.txt", bytes: bytes)])
        var s = ReaderState(corpus: corpus, width: 120, height: 30)
        s.focus = .article
        let out = FirstFrame.bytes(Render.screen(s), palette: Palette(colors: .rich), codes: Self.codes)
        XCTAssertFalse(out.contains(0x1B) || out.contains(0x07), "only the terminal's own codes may carry control bytes")
        XCTAssertFalse(String(decoding: out, as: UTF8.self).unicodeScalars.contains { $0.value == 0x9B })
        XCTAssertTrue(Self.rows(out).joined().contains("␛[2J"))
    }

    func testAWideCharacterCutInHalfBecomesASpaceAndTheRowDoesNotShift() {
        var g = Grid(width: 6, height: 1)
        g.put("日本x", x: 0, y: 0, style: .plain)
        g[1, 0] = Cell(text: "|", style: .plain)   // a separator drawn over the right half of 日
        let row = Self.rows(FirstFrame.bytes(g, palette: Palette(colors: .none), codes: Self.codes))[0]
        XCTAssertEqual(row, " |本x", "| stays in column 1 and 本 in 2–3; the blank at the end is left out")
    }

    func testAnEmojiFamilyIsShownAsItsMembersTwoColumnsEach() {
        // terminals disagree on a joined family (2 columns in tmux, 8 in xterm): its members, two columns each, agree
        var g = Grid(width: 10, height: 1)
        XCTAssertEqual(g.put("👨\u{200D}👩\u{200D}👧x", x: 0, y: 0, style: .plain), 7)
        XCTAssertEqual((0..<7).map { g[$0, 0].text }, ["👨", "", "👩", "", "👧", "", "x"])
    }

    func testFramesWithEmojiAreLeftToCurses() {
        var g = Grid(width: 20, height: 1)
        g.put("日本 café e\u{301} “quote” — ● ❝ │", x: 0, y: 0, style: .plain)
        XCTAssertTrue(FirstFrame.widthsAreCertain(g), "wide CJK, marks and punctuation measure alike everywhere")
        for emoji in ["👍\u{1F3FD}", "👨\u{200D}👩\u{200D}👧", "❤\u{FE0F}", "😀"] {
            var e = Grid(width: 20, height: 1)
            e.put("ok \(emoji) ok", x: 0, y: 0, style: .plain)
            XCTAssertFalse(FirstFrame.widthsAreCertain(e), "\(emoji) is measured differently by different terminals")
        }
    }

    func testWithoutColourEntitiesAreUnderlinedAndNoColourIsSent() {
        var g = Grid(width: 12, height: 1)
        g.put("Ann", x: 0, y: 0, style: .role(.person))
        g.put(" said", x: 3, y: 0, style: .plain)
        let plain = String(decoding: FirstFrame.bytes(g, palette: Palette(colors: .none), codes: Self.codes), as: UTF8.self)
        XCTAssertTrue(plain.contains("<start><u>Ann<0> said"), plain)
        XCTAssertFalse(plain.contains("<f"))
        let rich = String(decoding: FirstFrame.bytes(g, palette: Palette(colors: .rich), codes: Self.codes), as: UTF8.self)
        XCTAssertTrue(rich.contains("<start><f39>Ann <0>said"), "people in the 256-colour palette's blue (a blank shows no colour): \(rich)")
        let eight = String(decoding: FirstFrame.bytes(g, palette: Palette(colors: .eight), codes: Self.codes), as: UTF8.self)
        XCTAssertTrue(eight.contains("<start><f6>Ann"), "and in cyan with 8 colours")
    }

    func testGridsShowingTheSameAreEqualHoweverTheirMarksWereAdded() {
        var a = Grid(width: 4, height: 1), b = Grid(width: 4, height: 1)
        a.put("e\u{301}x", x: 0, y: 0, style: .plain)
        b.put("e", x: 0, y: 0, style: .plain)
        b.put("q", x: 1, y: 0, style: .plain)   // a cluster kept elsewhere, then overwritten
        b.put("e\u{301}x", x: 0, y: 0, style: .plain)
        XCTAssertEqual(a, b)
        XCTAssertEqual(a[0, 0].text, "e\u{301}")
        b.put("o\u{301}", x: 0, y: 0, style: .plain)
        XCTAssertNotEqual(a, b)
    }

    func testZeroWidthCharactersJoinTheCellBeforeThemAndPaintWithoutShiftingTheRow() {
        // zero-width spaces and joiners are common in text copied from the web
        let bytes = Array("Zero\u{200B}width title\n\nA body with zero\u{200B}width spaces\u{FEFF} and a joiner\u{200D} in it.\n".utf8)
        let corpus = CorpusBuilder().build([(path: "zw.txt", bytes: bytes)])
        for (w, h) in [(160, 48), (100, 30), (60, 20)] {
            var s = ReaderState(corpus: corpus, width: w, height: h)
            s.focus = .article
            let g = Render.screen(s)
            XCTAssertNotNil(Fixture.find(g, "Zerowidth title"), "an invisible character is left out, not a cell")
            XCTAssertFalse(g.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x200D } },
                           "a joiner that joins no emoji never reaches the terminal (it shifts the rest of the row)")
            XCTAssertNotNil(Fixture.find(g, "a joiner in it."))
            let rows = Self.rows(FirstFrame.bytes(g, palette: Palette(colors: .rich), codes: Self.codes))
            for y in 0..<h {
                XCTAssertLessThanOrEqual(DisplayWidth.of(rows[y]), w, "\(w)×\(h) row \(y)")
                XCTAssertEqual(rows[y] + String(repeating: " ", count: max(0, w - DisplayWidth.of(rows[y]))), g.row(y))
            }
        }
    }

    func testPaddingInTerminfoCodesIsNeverSent() {
        func unpadded(_ s: String) -> String { String(decoding: TerminalCodes.unpadded(Array(s.utf8)), as: UTF8.self) }
        XCTAssertEqual(unpadded("\u{1B}[m\u{0F}$<2>"), "\u{1B}[m\u{0F}", "vt100's sgr0")
        XCTAssertEqual(unpadded("\u{1B}[H\u{1B}[J$<50>"), "\u{1B}[H\u{1B}[J")
        XCTAssertEqual(unpadded("$<5*/>x$<1.5>"), "x")
        XCTAssertEqual(unpadded("cost $5 <not padding> $<x>"), "cost $5 <not padding> $<x>", "only $<number> is padding")
    }

    func testAttributesTheTerminalCannotShowWithColourAreLeftOutAsCursesDoes() {
        var g = Grid(width: 8, height: 1)
        g.put("Pane", x: 0, y: 0, style: Style(role: .accent, bold: true, underline: true))
        g.put("text", x: 4, y: 0, style: Style(underline: true))
        var codes = Self.codes
        codes.noColorVideo = 18   // the Linux console: no underline or dim with colour
        let out = String(decoding: FirstFrame.bytes(g, palette: Palette(colors: .eight), codes: codes), as: UTF8.self)
        XCTAssertTrue(out.contains("<start><b><f7>Pane"), out)
        XCTAssertTrue(out.contains("<0><u>text"), "without colour the underline stays: \(out)")
    }

    func testBlanksAreSkippedWithACursorMoveWhenShorterAndLeftOutAtTheEndOfARow() {
        var g = Grid(width: 40, height: 2)
        g.put("a", x: 0, y: 0, style: .plain)
        g.put("b", x: 3, y: 0, style: .plain)
        g.put("c", x: 30, y: 0, style: .plain)
        g.put("bar", x: 0, y: 1, style: Style(role: .bar, reverse: true))
        let out = String(decoding: FirstFrame.bytes(g, palette: Palette(colors: .none), codes: Self.codes), as: UTF8.self)
        XCTAssertTrue(out.contains("a  b<fw26>c<nl>"), "two blanks written, twenty-six skipped, the rest left out: \(out)")
        XCTAssertEqual(TerminalCodes.forward(from: Array("\u{1B}[%p1%dC".utf8)).map { String(decoding: $0.before + $0.after, as: UTF8.self) }, "\u{1B}[C")
        XCTAssertNil(TerminalCodes.forward(from: Array("\u{1B}[%i%p1%dC".utf8)), "another shape: blanks are written instead")
        var codes = Self.codes
        codes.forward = nil
        let spaces = String(decoding: FirstFrame.bytes(g, palette: Palette(colors: .none), codes: codes), as: UTF8.self)
        XCTAssertTrue(spaces.contains("a  b" + String(repeating: " ", count: 26) + "c<nl>"))
    }

    func testWithoutUTF8EachCellHasAnASCIIStandIn() {
        func standIn(_ c: Character) -> String { String(UnicodeScalar(ASCIIStandIn.byte(for: c.unicodeScalars.first!.value))) }
        XCTAssertEqual("Café — “Zoë’s” · … │ ● ▐ 日".map(standIn).joined(), "Cafe - \"Zoe's\" . . | * # ?")
    }
}

