@testable import Reader
import Foundation
import XCTest

/// Every character readable: each style the screen can give, on every palette, keeps a contrast of 3:1 or more
/// with what is behind it (WCAG's formula, xterm's standard colours), and entity types stay apart.
final class PaletteTests: XCTestCase {
    /// xterm's colour `n` as sRGB (0–255 each).
    static func rgb(_ n: Int) -> (Double, Double, Double) {
        let sixteen: [(Double, Double, Double)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if n < 16 { return sixteen[n] }
        if n >= 232 { let g = Double(8 + (n - 232) * 10); return (g, g, g) }
        let levels: [Double] = [0, 95, 135, 175, 215, 255]
        let c = n - 16
        return (levels[c / 36], levels[(c / 6) % 6], levels[c % 6])
    }

    static func luminance(_ c: (Double, Double, Double)) -> Double {
        func lin(_ v: Double) -> Double { let s = v / 255; return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
    }

    static func contrast(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The terminal's own colours on each background: light grey on black, black on white.
    static func defaults(_ t: Theme) -> (fg: (Double, Double, Double), bg: (Double, Double, Double)) {
        t == .dark ? ((229, 229, 229), (0, 0, 0)) : ((0, 0, 0), (255, 255, 255))
    }

    static let palettes: [Palette] = [Palette.Colors.eight, .sixteen, .rich].flatMap { c in Theme.allCases.map { Palette(colors: c, theme: $0) } }

    /// Every style a view can draw: each role with each mix of bold, reverse and dim.
    static var styles: [Style] {
        ColorRole.allCases.flatMap { role in
            [false, true].flatMap { bold in [false, true].flatMap { rev in [false, true].map { dim in Style(role: role, bold: bold, reverse: rev, dim: dim) } } }
        }
    }

    func testEveryStyleReadsOnEveryPalette() {
        var failures: [String] = []
        for p in Self.palettes {
            let d = Self.defaults(p.theme)
            for st in Self.styles {
                let look = p.look(st)
                XCTAssertFalse(look.reverse || look.dim, "with colour, no reverse video or faint: their colours are the terminal's guess")
                let bg = look.background.map { Self.rgb(Int($0)) } ?? d.bg
                var fgs = [look.color.map { Self.rgb(Int($0)) } ?? d.fg]
                // xterm shows bold text of colours 0-7 in their bright forms (boldColors): both must read
                if look.bold, let c = look.color, c < 8 { fgs.append(Self.rgb(Int(c) + 8)) }
                for fg in fgs {
                    let ratio = Self.contrast(fg, bg)
                    if ratio < 3 { failures.append("\(p.colors) \(p.theme) \(st.role) bold \(st.bold) rev \(st.reverse) dim \(st.dim): \(String(format: "%.2f", ratio))") }
                }
                if p.colors != .rich {
                    for c in [look.color, look.background].compactMap({ $0 }) {
                        XCTAssertLessThan(c, p.colors == .eight ? 8 : 16, "\(p.colors): a colour the terminal has")
                    }
                }
            }
        }
        XCTAssertEqual(failures, [], "below 3:1")
    }

    func testEntityTypesAndTheQuoteBeingReadStayApart() {
        let kinds: [ColorRole] = [.person, .organization, .place, .date, .ticker]
        for p in Self.palettes {
            let plain = kinds.map { p.ink($0, .plain) }
            XCTAssertEqual(Set(plain).count, kinds.count, "\(p.colors) \(p.theme): each type its own colours")
            for k in kinds { XCTAssertNotEqual(p.ink(k, .plain), p.ink(k, .reversed), "\(p.colors) \(p.theme) \(k): the quote being read stands out") }
            XCTAssertNotEqual(p.ink(.bar, .reversed), .terminal, "the bars stand apart from the text")
        }
    }

    func testTheFamiliarEightColourFailuresAreGone() {
        // the status bar was blue reversed over the terminal's black (2.2:1), the timeline's markers blue on black
        let dark = Palette(colors: .eight, theme: .dark)
        let bar = dark.look(Style(role: .bar, reverse: true))
        XCTAssertEqual(bar.background, 4)
        XCTAssertEqual(bar.color, 7)
        XCTAssertNotEqual(dark.look(Style(role: .accent, bold: true)).color, 4)
        // on white, yellow and cyan text vanish: none is used as a foreground
        let light = Palette(colors: .eight, theme: .light)
        for st in Self.styles { XCTAssertFalse([2, 3, 6, 7].contains(light.look(st).color ?? -1) && light.look(st).background == nil, "\(st)") }
    }

    func testCursesGetsAPairForEveryLook() {
        for p in Self.palettes {
            let inks = Set(p.inks)
            XCTAssertLessThan(p.inks.count, 63, "an 8-colour xterm has 64 pairs")
            for st in Self.styles {
                let l = p.look(st)
                guard l.color != nil || l.background != nil else { continue }
                XCTAssertTrue(inks.contains(Ink(fg: l.color ?? -1, bg: l.background ?? -1)), "\(p.colors) \(st)")
            }
        }
    }

    func testTheBackgroundIsLearnedFromColorFGBGAndTheTerminalsAnswer() {
        XCTAssertEqual(TerminalBackground.theme(colorFGBG: "15;0"), .dark)
        XCTAssertEqual(TerminalBackground.theme(colorFGBG: "0;15"), .light)
        XCTAssertEqual(TerminalBackground.theme(colorFGBG: "0;default;7"), .light)
        XCTAssertEqual(TerminalBackground.theme(colorFGBG: "7;8"), .dark)
        XCTAssertNil(TerminalBackground.theme(colorFGBG: "default;default"))
        XCTAssertNil(TerminalBackground.theme(colorFGBG: nil))
        func answer(_ s: String) -> [UInt8] { Array(s.utf8) }
        XCTAssertEqual(TerminalBackground.theme(answer: answer("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\\u{1B}[?64;1c")), .light)
        XCTAssertEqual(TerminalBackground.theme(answer: answer("\u{1B}]11;rgb:0000/0000/0000\u{07}")), .dark)
        XCTAssertEqual(TerminalBackground.theme(answer: answer("\u{1B}]11;rgb:fd/f6/e3\u{07}")), .light, "two digits a channel (Solarized light)")
        XCTAssertEqual(TerminalBackground.theme(answer: answer("\u{1B}]11;rgb:2828/2c2c/3434\u{1B}\\")), .dark)
        XCTAssertNil(TerminalBackground.theme(answer: answer("\u{1B}[?1;2c")), "only the attributes: no background to tell")
        XCTAssertNil(TerminalBackground.theme(answer: answer("\u{1B}]11;rgb:zz/00/00\u{07}")))
        XCTAssertTrue(TerminalBackground.holdsAttributes(answer("\u{1B}]11;rgb:0/0/0\u{07}\u{1B}[?62;22c")))
        XCTAssertFalse(TerminalBackground.holdsAttributes(answer("\u{1B}]11;rgb:0/0/0\u{07}\u{1B}[?62;2")), "not yet whole")
    }

    func testColorAlwaysOutranksNoColorAndNeverRefusesIt() {
        let before = getenv("NO_COLOR").map { String(cString: $0) }
        defer { if let before { setenv("NO_COLOR", before, 1) } else { unsetenv("NO_COLOR") } }
        setenv("NO_COLOR", "1", 1)
        XCTAssertTrue(ColorChoice.auto.refusesColor)
        XCTAssertFalse(ColorChoice.always.refusesColor)
        XCTAssertEqual(Palette(canColor: true, count: 256, settings: ColorSettings(choice: .always)).colors, .rich)
        unsetenv("NO_COLOR")
        XCTAssertFalse(ColorChoice.auto.refusesColor)
        XCTAssertTrue(ColorChoice.never.refusesColor)
        XCTAssertEqual(Palette(canColor: true, count: 256, settings: ColorSettings(choice: .never)).colors, .none)
        XCTAssertEqual(Palette(canColor: true, count: 16, settings: ColorSettings()).colors, .sixteen)
    }
}
