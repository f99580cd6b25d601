@testable import Reader
import Foundation
import XCTest

/// The man page says what `--help` says: the same commands, and for each the same options and choices; the
/// configuration's documentation names every action, key name and element the code knows.
final class ManPageTests: XCTestCase {
    static func doc(_ path: String) -> String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static var page: String? { doc("docs/tiktok-reader.1") }

    func testTheConfigurationDocumentNamesEveryActionKeyAndElement() throws {
        guard let doc = Self.doc("docs/configuration.md") else { throw XCTSkip("docs/configuration.md not beside the sources") }
        for e in KeyBindings.standard.entries { XCTAssertTrue(doc.contains("`\(e.name)`"), e.name) }
        for (name, _) in KeyName.named { XCTAssertTrue(doc.contains("`\(name)`"), name) }
        for (name, _) in Configuration.elements { XCTAssertTrue(doc.contains("`\(name)`"), name) }
        for setting in ["bind-key", "unbind-key", "color", "theme", "mouse", "timeline-width", "paths"] { XCTAssertTrue(doc.contains("`\(setting)"), setting) }
    }

    /// The options an mdoc block lists with `.It Fl`: long names (`--format`) and letters (`-f`).
    func options(in lines: [Substring]) -> Set<String> {
        var out = Set<String>()
        for l in lines where l.hasPrefix(".It Fl ") {
            let words = l.split(separator: " ")
            for (i, w) in words.enumerated() where w == "Fl" && i + 1 < words.count {
                out.insert("-" + words[i + 1].trimmingCharacters(in: CharacterSet(charactersIn: ",")))
            }
        }
        return out
    }

    func names(_ c: CommandTable.Command) -> Set<String> {
        Set(c.options.flatMap { o in ["--\(o.long)"] + (o.short.map { ["-\($0)"] } ?? []) })
    }

    func testTheManPageAgreesWithTheCommandTable() throws {
        guard let page = Self.page else { throw XCTSkip("docs/tiktok-reader.1 not beside the sources") }
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        guard let commandsAt = lines.firstIndex(of: ".Sh COMMANDS"), let keysAt = lines.firstIndex(of: ".Sh KEYS"),
              let readerAt = lines.firstIndex(where: { $0.hasPrefix("The options of the reader") }) else { return XCTFail("sections") }
        XCTAssertEqual(options(in: Array(lines[readerAt..<commandsAt])), names(CommandTable.reader), "the reader's options")
        // each command's block: from its `.It Cm` to the next command's
        let starts = (commandsAt..<keysAt).filter { lines[$0].hasPrefix(".It Cm ") }
        let documented = starts.map { String(lines[$0].split(separator: " ")[2]) }
        XCTAssertEqual(documented, CommandTable.commands.map(\.name), "the same commands, in the same order")
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : keysAt
            let block = Array(lines[start..<end])
            guard let c = CommandTable.command(documented[k]) else { continue }
            XCTAssertEqual(options(in: block), names(c), c.name)
            for o in c.options { for choice in o.choices { XCTAssertTrue(block.contains { $0.contains("Cm \(choice)") }, "\(c.name): \(choice)") } }
            for choice in c.operandChoices { XCTAssertTrue(block.contains { $0.contains("Cm \(choice)") }, "\(c.name): \(choice)") }
        }
        XCTAssertTrue(page.contains(".Dd "), "dated")
        for (status, _) in [("0", ""), ("1", ""), ("2", ""), ("3", "")] { XCTAssertTrue(page.contains(".It \(status)\n"), "exit status \(status)") }
    }
}
