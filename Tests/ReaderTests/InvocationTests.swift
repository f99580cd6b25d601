@testable import Reader
import Articles
import XCTest

/// The command line read against the table: what each form of option means, and what each mistake is told.
final class InvocationTests: XCTestCase {
    func parse(_ words: String...) throws -> Invocation { try Invocation.parse(words.map { Array($0.utf8) }) }

    func problem(_ words: String...) -> Invocation.Problem? {
        do { _ = try Invocation.parse(words.map { Array($0.utf8) }); return nil } catch { return error }
    }

    func testEveryFormOfAnOptionGivesTheSameValue() throws {
        for form in [["--format", "text"], ["--format=text"], ["-f", "text"], ["-ftext"]] {
            let inv = try Invocation.parse([Array("export".utf8)] + form.map { Array($0.utf8) } + [Array("a.txt".utf8)])
            XCTAssertEqual(inv.command, "export")
            XCTAssertEqual(inv.options["format"], "text", "\(form)")
            XCTAssertEqual(inv.operands, [Array("a.txt".utf8)])
        }
        // given twice, the last one counts
        XCTAssertEqual(try parse("export", "-f", "text", "--format", "markdown").options["format"], "markdown")
    }

    func testDoubleDashEndsOptionsAndADashAloneIsStandardInput() throws {
        let inv = try parse("--color", "never", "-", "--", "--help", "-x")
        XCTAssertEqual(inv.command, "")
        XCTAssertEqual(inv.options, ["color": "never"])
        XCTAssertEqual(inv.paths, [.standardInput, SystemPath("--help"), SystemPath("-x")])
        // a command's name counts only as the first word: after it, `export` is a file
        XCTAssertEqual(try parse("timeline", "export").operands, [Array("export".utf8)])
    }

    func testMistakesAreNamedWithTheCommandWhoseUsageToShow() {
        XCTAssertEqual(problem("--frobnicate"), .init(message: "unknown option '--frobnicate'", command: ""))
        XCTAssertEqual(problem("-v"), .init(message: "unknown option '-v'", command: ""))
        XCTAssertEqual(problem("export", "--help=yes"), .init(message: "'--help' takes no value", command: "export"))
        XCTAssertEqual(problem("export", "--format", "xml"), .init(message: "'--format' is one of json, markdown or text, not 'xml'", command: "export"))
        XCTAssertEqual(problem("export", "-o"), .init(message: "'--output' needs a value (FILE)", command: "export"))
        XCTAssertEqual(problem("quotes", "--format", "json"), .init(message: "unknown option '--format'", command: "quotes"))
        XCTAssertEqual(problem("completions"), .init(message: "completions takes one of bash, zsh or fish, not nothing", command: "completions"))
        XCTAssertEqual(problem("completions", "tcsh"), .init(message: "completions takes one of bash, zsh or fish, not 'tcsh'", command: "completions"))
        XCTAssertEqual(problem("--color", "sometimes")?.message, "'--color' is one of auto, always or never, not 'sometimes'")
    }

    func testHelpIsTakenAnywhereAndNeedsNoOperand() throws {
        XCTAssertTrue(try parse("completions", "--help").has("help"))
        XCTAssertTrue(try parse("export", "a.txt", "-h").has("help"))
        XCTAssertTrue(try parse("--version").has("version"))
    }

    func testTheUsageTextListsEveryOptionAndCommandOfTheTable() {
        let top = UsageText.full(CommandTable.reader)
        for o in CommandTable.reader.options { XCTAssertTrue(top.contains(o.synopsis), o.long) }
        for c in CommandTable.commands {
            XCTAssertTrue(top.contains("  \(c.name) "), c.name)
            let own = UsageText.full(c)
            XCTAssertTrue(own.contains("usage: tiktok-reader \(c.name) [OPTIONS] \(c.operands)"), own)
            for o in c.options { XCTAssertTrue(own.contains(o.synopsis), "\(c.name) \(o.long)") }
        }
    }

    func testCompletionsOfferEveryCommandAndOption() {
        for shell in ["bash", "zsh", "fish"] {
            guard let script = ShellCompletions.script(for: shell) else { return XCTFail(shell) }
            for c in CommandTable.commands { XCTAssertTrue(script.contains(c.name), "\(shell): \(c.name)") }
            for c in [CommandTable.reader] + CommandTable.commands {
                for o in c.options { XCTAssertTrue(script.contains(shell == "fish" ? "-l \(o.long)" : "--\(o.long)"), "\(shell): \(o.long)") }
            }
            XCTAssertTrue(script.contains("json") && script.contains("markdown"), "\(shell): the formats")
        }
        XCTAssertNil(ShellCompletions.script(for: "tcsh"))
    }
}
