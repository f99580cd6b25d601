@testable import Reader
import Foundation
import XCTest

/// The real program on bad input: every path is read or named with the system's reason, output errors exit
/// non-zero, and nothing from outside reaches standard error as control bytes.
final class CommandLineTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "cli-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    var binary: String? { EndToEndTests.binaryPath }

    static let article = "A council story\n\nThe council met on Monday. “We will fix the roads,” said Mayor Ann Lee.\n"

    /// Writes a file whose name is the given bytes (any but / and NUL).
    func write(name: [UInt8], _ text: String) throws -> [UInt8] {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name
        let fd = open((path + [0]).map { CChar(bitPattern: $0) }, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw XCTSkip("the file system refuses the name") }
        _ = Array(text.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        return path
    }

    /// Runs the program with arguments given as bytes, standard output to `stdout` (a path, or nil for a closed
    /// descriptor); returns the exit status, standard output (when a file of ours) and standard error.
    func run(_ args: [[UInt8]], stdout: String? = "", stdin: String = "/dev/null") -> (status: Int32, out: String, err: String) {
        guard let bin = binary else { return (-1, "", "no binary") }
        let outPath = stdout == "" ? folder + "/.out" : stdout
        let errPath = folder + "/.err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        if let outPath { posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600) }
        else { posix_spawn_file_actions_addclose(&actions, 1) }
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([Array(bin.utf8)] + args).map { a in
            let p = UnsafeMutablePointer<CChar>.allocate(capacity: a.count + 1)
            for (i, b) in a.enumerated() { p[i] = CChar(bitPattern: b) }
            p[a.count] = 0
            return p
        } + [nil]
        defer { argv.forEach { $0?.deallocate() } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, bin, &actions, nil, argv, environ) == 0 else { return (-1, "", "spawn failed") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let out = stdout == "" ? ((try? String(contentsOfFile: folder + "/.out", encoding: .utf8)) ?? "") : ""
        let err = (try? Data(contentsOf: URL(fileURLWithPath: errPath))).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return ((status >> 8) & 0xFF, out, err)
    }

    func testAFileWhoseNameIsNotUTF8IsReadInAFolderAndGivenDirectly() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let path = try write(name: Array("caf".utf8) + [0xE9] + Array(".txt".utf8), Self.article)   // Latin-1 é
        let inFolder = run([Array("export".utf8), Array(folder.utf8)])
        XCTAssertEqual(inFolder.status, 0, inFolder.err)
        XCTAssertTrue(inFolder.out.contains("caf\u{FFFD}.txt"), "listed by its name, shown with U+FFFD")
        XCTAssertTrue(inFolder.out.contains("A council story"), "and read")
        let direct = run([Array("export".utf8), path])
        XCTAssertEqual(direct.status, 0, direct.err)
        XCTAssertTrue(direct.out.contains("A council story"))
        XCTAssertFalse(direct.err.contains("no such file"), direct.err)
    }

    func testAnExportThatCannotBeWrittenExitsNonZeroWithTheReason() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let full = run([Array("export".utf8)], stdout: "/dev/full")
        XCTAssertEqual(full.status, ExitStatus.outputFailed)
        XCTAssertTrue(full.err.contains("could not be written: No space left on device"), full.err)
        let closed = run([Array("export".utf8)], stdout: nil)
        XCTAssertEqual(closed.status, ExitStatus.outputFailed)
        XCTAssertTrue(closed.err.contains("Bad file descriptor"), closed.err)
    }

    func testPathsThatCannotBeOpenedGetTheSystemsReason() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let loop = folder + "/loop"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        _ = try write(name: Array("story.txt".utf8), Self.article)
        let r = run([Array("export".utf8), Array(loop.utf8), Array((folder + "/story.txt/inside").utf8), Array((folder + "/none").utf8)])
        XCTAssertEqual(r.status, ExitStatus.inputFailed)
        XCTAssertTrue(r.err.contains("loop: Too many levels of symbolic links"), r.err)
        XCTAssertTrue(r.err.contains("inside: Not a directory"), r.err)
        XCTAssertTrue(r.err.contains("none: No such file or directory"), r.err)
        // in a folder, the loop is named too, and the story read; the status says something was not
        let f = run([Array("export".utf8), Array(folder.utf8)])
        XCTAssertEqual(f.status, ExitStatus.inputFailed)
        XCTAssertTrue(f.err.contains("loop: Too many levels of symbolic links"), f.err)
        XCTAssertTrue(f.out.contains("A council story"))
    }

    func testFileNamesReachStandardErrorWithoutControlBytes() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let evil = Array("x\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}]0;title\u{07}\u{202E}nib".utf8) + [0x9B] + Array(".bin".utf8)
        let path = try write(name: evil, "\u{0}\u{1}binary")
        let r = run([Array("export".utf8), path])
        XCTAssertEqual(r.status, ExitStatus.inputFailed)
        XCTAssertTrue(r.err.contains("x␛]52;c;aGVsbG8=␇␛]0;title␇⇄nib\u{FFFD}.bin: looks like a binary file"), r.err)
        XCTAssertFalse(r.err.utf8.contains { $0 < 0x20 && $0 != 0x0A }, "no control byte but the line ends")
        XCTAssertFalse(r.err.unicodeScalars.contains { $0.value == 0x202E || ($0.value >= 0x80 && $0.value < 0xA0) })
    }

    func testTheExportEscapesWhatATerminalShowingItWouldActOn() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let path = try write(name: Array("story.txt".utf8), "Invoice \u{202E}fdp.exe\n\nA \u{1B}[2J and \u{9B}31m and \u{2066}x\u{2069} story.\n")
        let r = run([Array("export".utf8), path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("Invoice \\u202efdp.exe"), r.out)
        XCTAssertFalse(r.out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "controls are escaped")
        XCTAssertFalse(r.out.unicodeScalars.contains { ($0.value >= 0x80 && $0.value < 0xA0) || TerminalTextTests.bidi.contains($0.value) })
    }

    func testBenchKeysTimesEachKeyWithoutATerminal() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let path = try write(name: Array("story.txt".utf8), Self.article)
        let r = run([Array("bench-keys".utf8), path])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("update + render at 200×60, 1 article,"), r.out)
        for key in ["j", "]", "}", "Tab", "G", "/ and typing"] { XCTAssertTrue(r.out.contains("  \(key): "), key) }
    }

    func testUnknownOptionsAndNothingToReadHaveTheirOwnStatus() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let r = run([Array("--bogus".utf8)])
        XCTAssertEqual(r.status, ExitStatus.usage)
        XCTAssertTrue(r.err.contains("unknown option '--bogus'"), r.err)
        let dash = try write(name: Array("-dash.txt".utf8), Self.article)
        _ = dash
        let afterDashes = run([Array("export".utf8), Array("--".utf8), Array((folder + "/-dash.txt").utf8)])
        XCTAssertEqual(afterDashes.status, 0, afterDashes.err)
        let empty = run([Array("export".utf8), Array(folder.utf8) + Array("/nothing-here".utf8)])
        XCTAssertEqual(empty.status, ExitStatus.inputFailed)
    }

    func a(_ words: String...) -> [[UInt8]] { words.map { Array($0.utf8) } }

    func testHelpAndVersionAnswerForTheProgramAndEachCommand() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        for form in ["--help", "-h"] {
            let r = run(a(form))
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertTrue(r.out.contains("usage: tiktok-reader [OPTIONS] [PATH...]"), r.out)
            XCTAssertTrue(r.out.contains("Commands:"))
        }
        for c in CommandTable.commands {
            let r = run(a(c.name, "--help"))
            XCTAssertEqual(r.status, 0, "\(c.name): \(r.err)")
            XCTAssertEqual(r.out, UsageText.full(c), c.name)
        }
        let v = run(a("--version"))
        XCTAssertEqual(v.status, 0)
        XCTAssertEqual(v.out, "tiktok-reader \(ProgramVersion.number)\n")
    }

    func testMistakesAreUsageErrorsThatSayWhatIsWrong() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        for (args, says) in [(a("--frobnicate"), "unknown option '--frobnicate'"), (a("-v"), "unknown option '-v'"),
                             (a("export", "--format", "xml"), "'--format' is one of json, markdown or text, not 'xml'"),
                             (a("export", "-o"), "'--output' needs a value (FILE)"), (a("completions", "tcsh"), "not 'tcsh'")] {
            let r = run(args)
            XCTAssertEqual(r.status, ExitStatus.usage, "\(args)")
            XCTAssertTrue(r.err.contains(says), r.err)
            XCTAssertTrue(r.err.contains("usage: tiktok-reader"), r.err)
            XCTAssertEqual(r.out, "", "nothing on standard output")
        }
    }

    func testSomeInputsFailingStillReadsTheRestAndSaysSoInTheStatus() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let story = try write(name: Array("story.txt".utf8), Self.article)
        let r = run([Array("export".utf8), Array((folder + "/nonexistent").utf8), story])
        XCTAssertEqual(r.status, ExitStatus.inputFailed)
        XCTAssertTrue(r.err.contains("nonexistent: No such file or directory"), r.err)
        XCTAssertTrue(r.out.contains("A council story"), "the rest is exported")
    }

    func testAPathNamedTwiceIsReadOnce() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let story = try write(name: Array("story.txt".utf8), Self.article)
        let r = run([Array("export".utf8), Array("--format=text".utf8), story, Array(folder.utf8), story])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("1 article · "), r.out)
    }

    func testStandardInputIsAnArticle() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let story = try write(name: Array("story.txt".utf8), Self.article)
        let r = run(a("export", "-"), stdin: String(decoding: story, as: UTF8.self))
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("\"path\": \"(standard input)\""), r.out)
        XCTAssertTrue(r.out.contains("\"speaker\": \"Ann Lee\""), r.out)
        // nothing on standard input is said, not taken for an article
        let empty = run(a("export", "-"))
        XCTAssertEqual(empty.status, ExitStatus.inputFailed)
        XCTAssertTrue(empty.err.contains("(standard input): empty"), empty.err)
    }

    func testTextFormatsTimelineAndQuotesAreForPeople() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let story = try write(name: Array("story.txt".utf8),
                              "Roads plan \u{1B}[31mnow\n\nThe council met on Monday, June 1, 2020. “We will fix the roads,” said Mayor Ann Lee.\n")
        let md = run([Array("export".utf8), Array("--format=markdown".utf8), story])
        XCTAssertEqual(md.status, 0, md.err)
        XCTAssertTrue(md.out.contains("## 1. Roads plan ␛\\[31mnow"), "the title, its escape shown as a picture: \(md.out)")
        XCTAssertTrue(md.out.contains("- “We will fix the roads,” — **Ann Lee**"), md.out)
        XCTAssertTrue(md.out.contains("- People: Ann Lee"), md.out)
        XCTAssertTrue(md.out.contains("### Mon 1 Jun 2020"), md.out)
        XCTAssertFalse(md.out.utf8.contains(0x1B), "no escape reaches the terminal")
        let text = run([Array("export".utf8), Array("-ftext".utf8), story])
        XCTAssertTrue(text.out.contains("  “We will fix the roads,” — Ann Lee"), text.out)
        let timeline = run([Array("timeline".utf8), story])
        XCTAssertEqual(timeline.status, 0, timeline.err)
        XCTAssertTrue(timeline.out.hasPrefix("Mon 1 Jun 2020\n  • The council met on Monday, June 1, 2020. [1]"), timeline.out)
        XCTAssertTrue(timeline.out.contains("[1] Roads plan ␛[31mnow — "), timeline.out)
        let quotes = run([Array("quotes".utf8), Array("--speaker".utf8), Array("LEE".utf8), story])
        XCTAssertEqual(quotes.status, 0, quotes.err)
        XCTAssertTrue(quotes.out.hasPrefix("Ann Lee — 1 quote\n  “We will fix the roads,” [1]"), quotes.out)
        let nobody = run([Array("quotes".utf8), Array("-s".utf8), Array("Zed".utf8), story])
        XCTAssertEqual(nobody.status, ExitStatus.inputFailed)
        XCTAssertTrue(nobody.err.contains("no speaker's name contains 'Zed'"), nobody.err)
    }

    func testOutputGoesToTheFileOnlyWhenWhole() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let story = try write(name: Array("story.txt".utf8), Self.article)
        let target = folder + "/out.json"
        let r = run([Array("export".utf8), Array("-o".utf8), Array(target.utf8), story])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "", "nothing on standard output")
        XCTAssertTrue(((try? String(contentsOfFile: target, encoding: .utf8)) ?? "").contains("A council story"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("partial") }, [], "no piece left behind")
        let bad = run([Array("export".utf8), Array("--output".utf8), Array((folder + "/no/such/x").utf8), story])
        XCTAssertEqual(bad.status, ExitStatus.outputFailed)
        XCTAssertTrue(bad.err.contains("cannot be written: No such file or directory"), bad.err)
    }

    func testCompletionScriptsAreValidForTheirShell() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        for shell in ["bash", "zsh", "fish"] {
            let r = run(a("completions", shell))
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertEqual(r.out, ShellCompletions.script(for: shell))
        }
        // bash itself reads the script (the other shells are not on every machine)
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        let script = folder + "/complete.bash"
        try ShellCompletions.bash().write(toFile: script, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "source \(script) && COMP_WORDS=(tiktok-reader export --fo) COMP_CWORD=2 && _tiktok_reader && echo ${COMPREPLY[@]}"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        XCTAssertEqual(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), "--format\n")
    }

    func testTheConfigurationsPathsAreWhatTheCommandsReadWithoutAPath() throws {
        guard binary != nil else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        let story = try write(name: Array("story.txt".utf8), Self.article)
        let config = try write(name: Array("config".utf8), "paths \"\(String(decoding: story, as: UTF8.self))\"\n")
        let configured = run([Array("export".utf8), Array("-ftext".utf8), Array("--config".utf8), config])
        XCTAssertEqual(configured.status, 0, configured.err)
        XCTAssertTrue(configured.out.hasPrefix("1 article · "), configured.out)
        XCTAssertTrue(configured.out.contains("A council story"))
        let none = run([Array("timeline".utf8), Array("--no-config".utf8)])
        XCTAssertEqual(none.status, 0, none.err)
        XCTAssertTrue(none.out.contains("Sun 2 Aug 2020"), "the seeds, with no configuration")
        let missing = run([Array("quotes".utf8), Array("--config".utf8), Array((folder + "/none").utf8)])
        XCTAssertEqual(missing.status, ExitStatus.usage)
        XCTAssertTrue(missing.err.contains("none: cannot be read: No such file or directory"), missing.err)
    }
}
