@testable import Reader
import Foundation
import XCTest

/// The real binary in a real terminal (tmux): first screen, speaker navigation, the speakers overlay,
/// the timeline jump, and a clean exit that restores the terminal.
final class EndToEndTests: XCTestCase {
    var socket = ""

    var binary: String? { Self.binaryPath }

    /// The program `swift test` built, if it is there.
    static var binaryPath: String? {
        // `swift test` builds the product into the same folder as the test runner
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        for dir in candidates {
            var d = dir
            for _ in 0..<4 {
                let p = d.appendingPathComponent("tiktok-reader").path
                if FileManager.default.isExecutableFile(atPath: p) { return p }
                d = d.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// Runs tmux with posix_spawn and waitpid: Foundation's Process waits on a descriptor that the tmux
    /// server it daemonizes keeps open, and would never return.
    @discardableResult
    func tmux(_ args: [String]) -> String {
        let path = NSTemporaryDirectory() + "tmux-out-\(UUID().uuidString)"
        defer { unlink(path) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["tmux", "-L", socket] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, nil, argv, environ) == 0 else { return "" }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    func screen() -> String { tmux(["capture-pane", "-p", "-t", "e2e"]) }

    /// Waits until the screen contains `text` (or gives up after a few seconds) and returns it.
    func waitFor(_ text: String, timeout: Double = 10) -> String {
        let end = Date().addingTimeInterval(timeout)
        var s = ""
        while Date() < end {
            s = screen()
            if s.contains(text) { return s }
            usleep(20_000)
        }
        return s
    }

    func start(width: Int = 160, height: Int = 48, environment: String = "", arguments: String = "", delay: String = "") throws {
        guard let bin = binary else { throw XCTSkip("tiktok-reader binary not built next to the tests") }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed") }
        socket = "tiktok-e2e-\(UUID().uuidString.prefix(8))"
        let conf = NSTemporaryDirectory() + socket + ".conf"
        try "set -g remain-on-exit on\nset -g status off\n".write(toFile: conf, atomically: true, encoding: .utf8)
        tmux(["-f", conf, "new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", "-e", "TERM=xterm-256color",
              "sh -c '\(delay)echo BEFORE; \(environment) \(bin) \(arguments); echo EXIT=$?; stty -a; sleep 30'"])
    }

    /// Files a test wrote, removed after it.
    var written: [String] = []

    /// A new file holding `text`, removed when the test ends.
    func temporaryFile(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "tiktok-e2e-\(UUID().uuidString.prefix(8))"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        written.append(path)
        return path
    }

    override func tearDown() {
        if !socket.isEmpty { tmux(["kill-server"]) }
        for f in written { try? FileManager.default.removeItem(atPath: f) }
    }

    func keys(_ k: String...) { tmux(["send-keys", "-t", "e2e"] + k) }

    func testFirstScreenShowsBothTitlesAndTimelineDates() throws {
        try start()
        let s = waitFor("dated events")
        XCTAssertTrue(s.contains("Microsoft Exploring TikTok"), s)
        XCTAssertTrue(s.contains("There’s still a chance"), s)
        let dates = ["Sep 2016", "2017", "Oct 2018", "May 2020", "Fri 31 Jul 2020", "Sat 1 Aug 2020", "Sun 2 Aug 2020", "Tue 15 Sep 2020"]
        XCTAssertGreaterThanOrEqual(dates.filter { s.contains($0) }.count, 6, s)
    }

    func testSpeakerNavigationSpeakersOverlayTimelineJumpAndQuit() throws {
        try start()
        _ = waitFor("dated events")
        for name in ["Microsoft", "Mike Pompeo", "Vanessa Pappas", "Daniel Castro"] {
            keys("}")
            let s = waitFor("— \(name) (")
            XCTAssertTrue(s.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.contains(name) == true, "status bar lacks \(name)")
        }
        keys("S")
        let overlay = waitFor("Speakers")
        for name in ["Microsoft", "Mike Pompeo", "Vanessa Pappas", "Daniel Castro", "Peter Navarro", "Alex Stamos"] {
            XCTAssertTrue(overlay.contains(name), name)
        }
        keys("Escape")
        usleep(200_000)
        // the first event dated Fri 31 Jul 2020, counted in the timeline's order
        let target = Fixture.state(160, 48).events.firstIndex { Fixture.corpus.timeline[$0.row].date == "2020-07-31" } ?? 0
        keys("t")
        usleep(100_000)
        for _ in 0..<target { keys("j") }
        usleep(200_000)
        keys("Enter")
        var fridayLine: Substring?
        var opened = ""
        for _ in 0..<200 where fridayLine == nil {
            opened = tmux(["capture-pane", "-p", "-e", "-t", "e2e"])
            fridayLine = opened.split(separator: "\n").first { $0.contains("Friday") && ($0.contains("\u{1B}[7m") || $0.contains(";7m") || $0.contains("48;5;220")) }
            usleep(20_000)
        }
        XCTAssertNotNil(fridayLine, "a Friday sentence is highlighted:\n\(opened)")
        keys("q")
        let end = waitFor("EXIT=")
        XCTAssertTrue(end.contains("EXIT=0"), end)
        // the terminal as it was: the shell's screen back, the next line where the shell left off, the cursor
        // shown, line editing and echo on
        let lines = end.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.prefix(2).map(String.init), ["BEFORE", "EXIT=0"], end)
        XCTAssertEqual(tmux(["display", "-p", "-t", "e2e", "#{alternate_on} #{cursor_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines), "0 1")
        let modes = waitFor("icanon")
        XCTAssertFalse(modes.contains("-icanon") || modes.contains("-echo ") || modes.contains("-opost"), modes)
    }

    func testAnArticleOnStandardInputIsReadAndKeysComeFromTheTerminal() throws {
        let file = try temporaryFile("Harbour news\n\nThe harbour opened on Monday. “We are ready,” said Mayor Ann Lee.\n")
        try start(arguments: "- < \(file)")
        let s = waitFor("dated event")
        XCTAssertTrue(s.contains("Harbour news"), s)
        keys("]")
        XCTAssertTrue(waitFor("— Ann Lee (").contains("Ann Lee"), "a key from the terminal")
        keys("q")
        XCTAssertTrue(waitFor("EXIT=").contains("EXIT=0"))
    }

    func testAConfigurationFileRebindsKeysAndTheHelpSaysSo() throws {
        let config = try temporaryFile("# my keys\nbind-key x next-speaker\nunbind-key }\nbind-key Q quit\nunbind-key q\nwarp 9\n")
        try start(arguments: "--config \(config)")
        let first = waitFor("dated events")
        XCTAssertTrue(first.contains("\(config):6: 'warp' is not a setting"), "the bad line is named in the status bar:\n\(first)")
        keys("x")
        XCTAssertTrue(waitFor("— Microsoft (").contains("— Microsoft ("), "x steps to the next speaker")
        keys("x")
        XCTAssertTrue(waitFor("— Mike Pompeo (").contains("Mike Pompeo"))
        keys("}")
        usleep(300_000)
        XCTAssertTrue(screen().contains("— Mike Pompeo ("), "} does nothing now")
        keys("?")
        let help = waitFor("Help")
        XCTAssertTrue(help.contains("x            next quote by another speaker") || help.contains("x / {"), help)
        keys("Escape")
        usleep(200_000)
        keys("q")
        usleep(300_000)
        XCTAssertFalse(screen().contains("EXIT="), "q no longer quits")
        keys("Q")
        XCTAssertTrue(waitFor("EXIT=").contains("EXIT=0"), "Q quits")
    }

    func testHostileTextAndFileNamesSendTheTerminalNoControlSequenceOfTheirOwn() throws {
        // every byte the program writes, through both painters (the first frame, then curses' repaints after the
        // annotations arrive and after keys), is recorded by tmux and read back
        let dir = NSTemporaryDirectory() + "hostile-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let hostile = "\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}]0;pwned\u{07}\u{1B}P+q\u{1B}\\\u{9B}31m\u{9D}0;x\u{9C}\u{202E}"
        let clusters = TerminalTextTests.clusters.joined(separator: " ")
        let text = "Invoice \u{202E}fdp.exe \(hostile)\n\n“\(hostile) We are ready \(clusters),” said Ann Lee on Friday.\n\n"
            + "The \u{2066}council\u{2069} met \(clusters) on Monday.\n"
        try text.write(toFile: dir + "/story.txt", atomically: true, encoding: .utf8)
        try Data([0, 1, 2]).write(to: URL(fileURLWithPath: dir + "/x\u{1B}]0;title\u{07}.bin"))
        let log = dir + ".log"
        defer { unlink(log) }
        try start(width: 120, height: 30, arguments: "'\(dir)'", delay: "sleep 0.5; ")
        tmux(["pipe-pane", "-o", "-t", "e2e", "cat >> '\(log)'"])
        let s = waitFor("dated event")
        XCTAssertTrue(s.contains("Invoice ⇄fdp.exe"), s)
        for k in ["]", "}", "S", "Escape", "e", "Escape", "C-l", "t", "q"] { keys(k); usleep(150_000) }
        _ = waitFor("EXIT=")
        let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: log))) ?? Data())
        XCTAssertGreaterThan(bytes.count, 1000, "tmux recorded the output")
        // take out the painters' own sequences (CSI … final byte, ESC and one byte); anything left that is a
        // control, and any OSC, DCS or C1, came from the text
        var i = 0, text8: [UInt8] = [], foreign: [String] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B, i + 1 < bytes.count {
                let n = bytes[i + 1]
                if n == UInt8(ascii: "[") {
                    var j = i + 2
                    while j < bytes.count && !(0x40...0x7E).contains(bytes[j]) { j += 1 }
                    i = j + 1
                    continue
                }
                if n == UInt8(ascii: "]") || n == UInt8(ascii: "P") || n == UInt8(ascii: "_") || n == UInt8(ascii: "^") {
                    foreign.append(String(decoding: bytes[i..<min(bytes.count, i + 12)], as: UTF8.self))
                }
                i += n == UInt8(ascii: "(") || n == UInt8(ascii: ")") ? 3 : 2
                continue
            }
            if b < 0x20 && ![0x08, 0x09, 0x0A, 0x0D, 0x0E, 0x0F].contains(b) { foreign.append("control \(b)") }
            text8.append(b)
            i += 1
        }
        XCTAssertEqual(foreign, [], "only the painters' own sequences")
        let scalars = String(decoding: text8, as: UTF8.self).unicodeScalars.map(\.value)
        XCTAssertFalse(scalars.contains { $0 >= 0x80 && $0 < 0xA0 }, "no C1 control")
        XCTAssertFalse(scalars.contains { TerminalTextTests.bidi.contains($0) }, "no bidi control")
        XCTAssertNotEqual(tmux(["display", "-p", "-t", "e2e", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines), "pwned")
    }

    func testACrashLeavesTheTerminalAsItWasAndStillDiesOfIt() throws {
        // the backtracer of a debug build would otherwise wait 30 s for a key after its report
        try start(environment: "SWIFT_BACKTRACE=interactive=no")
        _ = waitFor("dated events")
        let shell = tmux(["display", "-p", "-t", "e2e", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        tmux(["run-shell", "pkill -SEGV -P \(shell)"])
        let end = waitFor("EXIT=")
        XCTAssertTrue(end.contains("EXIT=139"), "died of SIGSEGV, as it would have: \(end)")
        XCTAssertEqual(tmux(["display", "-p", "-t", "e2e", "#{alternate_on} #{cursor_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines), "0 1")
        let modes = waitFor("icanon")
        XCTAssertFalse(modes.contains("-icanon") || modes.contains("-echo ") || modes.contains("-opost"), modes)
    }

    func testWithoutAUTF8LocaleTheScreenIsPlainASCIIAndKeepsItsColumns() throws {
        // the C locale; and a UTF-8 locale that is named but not installed, which the first frame takes at its word
        for environment in ["LC_ALL=C LANG=C", "LC_ALL=xx_YY.UTF-8"] {
            if !socket.isEmpty { tmux(["kill-server"]) }
            try start(environment: environment)
            let s = waitFor("dated events")
            XCTAssertTrue(s.contains(" tiktok-reader . 2 articles . 16 quotes . 6 speakers . 21 dated events"), "\(environment): \(s)")
            let header = s.split(separator: "\n").first { $0.contains("Article 1/2") }.map(String.init) ?? ""
            // at 160 columns the list is 31 wide, as with UTF-8 (README): its border in column 32
            XCTAssertTrue(header.hasPrefix(" Articles" + String(repeating: " ", count: 23) + "| Article 1/2"), "\(environment): the panes' border where it belongs: \(header)")
            XCTAssertFalse(s.unicodeScalars.contains { $0.value > 0x7E }, "\(environment): nothing but ASCII is on the screen")
        }
    }

    func testATerminalThatCannotShowTheReaderGetsAClearMessageAndIsLeftAlone() throws {
        for (environment, message) in [("TERM=dumb", "the terminal TERM=dumb cannot move the cursor"),
                                       ("TERM=nosuchterm", "unknown terminal type TERM=nosuchterm"),
                                       ("env -u TERM", "TERM is not set")] {
            if !socket.isEmpty { tmux(["kill-server"]) }
            try start(environment: environment)
            let s = waitFor("EXIT=")
            XCTAssertTrue(s.contains("tiktok-reader: " + message), "\(environment): \(s)")
            XCTAssertTrue(s.contains("try TERM=xterm-256color"), s)
            XCTAssertTrue(s.contains("EXIT=2"), "\(environment): \(s)")
            XCTAssertEqual(tmux(["display", "-p", "-t", "e2e", "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines), "0",
                           "\(environment): never entered full-screen mode")
        }
    }

    func testNotATerminalExitsTwoWithAHint() throws {
        guard let bin = binary else { throw XCTSkip("binary not built") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        let err = Pipe()
        p.standardOutput = Pipe()
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 2)
        XCTAssertTrue(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .contains("not a terminal; try 'tiktok-reader export'"))
    }
}
