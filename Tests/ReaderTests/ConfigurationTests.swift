@testable import Reader
import Articles
import XCTest

/// The configuration file: what each line sets, what a bad line is told, and that what it sets reaches the keys,
/// the help and the colours.
final class ConfigurationTests: XCTestCase {
    func parse(_ text: String) -> (Configuration, [Configuration.Problem]) { Configuration.parse(text, file: "cfg") }

    func testAGoodFileSetsEverything() {
        let (c, problems) = parse("""
            # keys
            bind-key ] next-speaker      # comments after a line too
            bind-key Space page-down
            unbind-key h
            color person red default bold
            color status-bar white color24
            theme light
            mouse no
            timeline-width 50
            paths ~/news "/tmp/two words"
            """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(c.bindings.action(for: .char("]")), .nextSpeaker)
        XCTAssertEqual(c.bindings.action(for: .char("}")), .nextSpeaker, "the old key stays")
        XCTAssertNil(c.bindings.action(for: .char("h")))
        XCTAssertEqual(c.bindings.action(for: .left), .focusPrevious, "only h was unbound")
        XCTAssertEqual(c.colors[.person], Ink(fg: 1, bg: -1))
        XCTAssertEqual(c.attributes[.person], Emphasis(bold: true, underline: false))
        XCTAssertEqual(c.colors[.bar], Ink(fg: 7, bg: 24))
        XCTAssertEqual(c.theme, .light)
        XCTAssertFalse(c.mouse)
        XCTAssertEqual(c.timelineWidth, 50)
        XCTAssertEqual(c.paths.last, "/tmp/two words")
        XCTAssertFalse(c.paths.first?.hasPrefix("~") ?? true, "~ is the home folder")
    }

    func testABadLineIsNamedAndTheRestStillApplies() {
        let (c, problems) = parse("bind-key ] jump-around\ncolour person red\nbind-key ] next-speaker\ncolor person purple\nbind-key F13 quit\ntheme sepia\ntimeline-width 5\n")
        XCTAssertEqual(problems.map(\.line), [1, 2, 4, 5, 6, 7])
        XCTAssertTrue(problems[0].description.hasPrefix("cfg:1: 'jump-around' is no action; actions: quit, close"), problems[0].description)
        XCTAssertEqual(problems[1].description, "cfg:2: 'colour' is not a setting; settings: bind-key, unbind-key, color, theme, mouse, timeline-width, paths")
        XCTAssertTrue(problems[2].message.hasPrefix("'purple' is no colour"))
        XCTAssertTrue(problems[3].message.hasPrefix("'F13' is no key"))
        XCTAssertEqual(c.bindings.action(for: .char("]")), .nextSpeaker, "line 3 applied")
        XCTAssertNil(c.theme)
        XCTAssertNil(c.timelineWidth)
    }

    func testAFileNamedThatCannotBeReadIsAProblemAndAMissingDefaultIsNot() {
        let (_, named) = Configuration.load(named: "/nonexistent/tiktok.conf", disabled: false)
        XCTAssertEqual(named.first?.line, 0)
        XCTAssertTrue(named.first?.description.contains("No such file or directory") ?? false)
        XCTAssertEqual(Configuration.load(named: "/nonexistent/tiktok.conf", disabled: true).1, [], "--no-config reads nothing")
    }

    func testRebindingTheQuoteKeysChangesWhatTheyDoAndTheHelp() {
        let (c, _) = parse("bind-key ] next-speaker\nbind-key [ previous-speaker\nbind-key . next-quote\n")
        var s = Fixture.state(160, 48)
        s.bindings = c.bindings
        var speakers: [String] = []
        for _ in 0..<3 {
            s = Fixture.press([.char("]")], s)
            speakers.append(s.currentQuote.flatMap { s.quote($0).speaker } ?? "nil")
        }
        XCTAssertEqual(speakers, ["Microsoft", "Mike Pompeo", "Vanessa Pappas"], "] now steps from speaker to speaker")
        s = Fixture.press([.char("[")], s)
        XCTAssertEqual(s.currentQuote.flatMap { s.quote($0).speaker }, "Mike Pompeo")
        let before = s.currentQuote
        s = Fixture.press([.char(".")], s)
        XCTAssertNotEqual(s.currentQuote, before, ". steps to the next quote")
        let help = Render.screen(Fixture.press([.char("?")], s)).text
        XCTAssertTrue(help.contains(".            next / previous quote"), "the help shows the keys as bound")
        XCTAssertTrue(help.contains("} ] / { [    next / previous quote by another speaker"), help)
        XCTAssertFalse(help.contains("] / [        next / previous quote (on"))
    }

    func testAColourChangeShowsInAHeadlessRender() {
        let (c, _) = parse("color person red default\n")
        let g = Render.screen(Fixture.state(160, 48))
        guard let at = Fixture.find(g, "Donald Trump") else { return XCTFail("no Trump on screen") }
        let style = g[at.x, at.y].style
        XCTAssertEqual(style.role, .person)
        let standard = Palette(colors: .eight, theme: .dark)
        let mine = Palette(canColor: true, count: 8, settings: ColorSettings(choice: .always, overrides: c.colors, emphasis: c.attributes))
        XCTAssertEqual(standard.look(style).color, 6)
        XCTAssertEqual(mine.look(style).color, 1, "red, as configured")
        XCTAssertEqual(mine.look(Style(role: .place)).color, standard.look(Style(role: .place)).color, "the rest as before")
        // a colour the terminal lacks is left to the palette
        let wide = Configuration.parse("color person color200\n", file: "x").0
        XCTAssertEqual(Palette(canColor: true, count: 8, settings: ColorSettings(choice: .always, overrides: wide.colors)).look(style).color, 6)
    }

    func testTheTimelineWidthIsTheConfigurations() {
        var s = Fixture.state(160, 48)
        XCTAssertEqual(Update.layout(s).timeline?.width, 40)
        s.timelineWidth = 60
        XCTAssertEqual(Update.layout(s).timeline?.width, 60)
        s.timelineWidth = 150
        XCTAssertEqual(Update.layout(s).article?.width ?? 0, 40, "the article keeps forty columns")
    }
}
