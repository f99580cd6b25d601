#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles

/// What the configuration file sets (`docs/configuration.md`), in lines as newsboat writes them:
///
///     bind-key ] next-speaker       # a key to an action (it leaves what it did before)
///     unbind-key h
///     color person blue default bold
///     theme light                   # dark, light or auto
///     mouse no                      # lets the terminal select text
///     timeline-width 50
///     paths ~/news/story            # read when no PATH is given
///
/// A line that cannot be used is named with the file and its number, and the rest still applies.
struct Configuration: Equatable, Sendable {
    var bindings = KeyBindings.standard
    /// Colours per element, in place of the palette's.
    var colors: [ColorRole: Ink] = [:]
    /// Attributes per element added by `color` lines (`bold`, `underline`).
    var attributes: [ColorRole: Emphasis] = [:]
    /// The background as set; nil for `auto` (asked of the terminal).
    var theme: Theme?
    var mouse = true
    /// The timeline pane's width in columns with three panes.
    var timelineWidth: Int?
    /// What to read when the command line names nothing.
    var paths: [String] = []

    /// Elements `color` lines name, and the role each colours.
    static let elements: [(String, ColorRole)] = [
        ("text", .normal), ("person", .person), ("organization", .organization), ("place", .place), ("date", .date),
        ("ticker", .ticker), ("quote", .quote), ("accent", .accent), ("muted", .muted), ("status-bar", .bar),
        ("selection", .selection), ("mark", .mark), ("warning", .warning),
    ]

    /// Colour names: the eight, their bright forms, `default`, and `colorN` for 0–255.
    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func color(_ word: String) -> Int16? {
        let w = word.lowercased()
        if w == "default" { return -1 }
        if let i = colorNames.firstIndex(of: w) { return Int16(i) }
        if w.hasPrefix("bright"), let i = colorNames.firstIndex(of: String(w.dropFirst(6))) { return Int16(i + 8) }
        if w.hasPrefix("color"), let n = Int16(w.dropFirst(5)), (0...255).contains(n) { return n }
        return nil
    }

    /// A problem with a line: the file, the line's number and what is wrong.
    struct Problem: Equatable, Sendable, CustomStringConvertible {
        var file: String
        var line: Int
        var message: String
        /// `FILE:LINE: message`; a file that cannot be read at all has no line.
        var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
    }

    /// Reads configuration text; `file` names it in problems.
    static func parse(_ text: String, file: String) -> (Configuration, [Problem]) {
        var c = Configuration()
        var problems: [Problem] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = Configuration.words(raw)
            guard let head = words.first else { continue }
            let args = Array(words.dropFirst())
            func problem(_ m: String) { problems.append(Problem(file: file, line: n + 1, message: m)) }
            switch head {
            case "bind-key":
                guard args.count == 2 else { problem("bind-key takes a key and an action: bind-key ] next-quote"); continue }
                guard let key = KeyName.key(args[0]) else { problem("'\(args[0])' is no key this reader knows (see docs/configuration.md)"); continue }
                if !c.bindings.bind(key, to: args[1]) {
                    problem("'\(args[1])' is no action; actions: \(KeyBindings.standard.entries.map(\.name).joined(separator: ", "))")
                }
            case "unbind-key":
                guard args.count == 1, let key = KeyName.key(args[0]) else { problem("unbind-key takes one key: unbind-key h"); continue }
                c.bindings.unbind(key)
            case "color":
                guard args.count >= 2, let role = elements.first(where: { $0.0 == args[0] })?.1 else {
                    problem(args.isEmpty ? "color takes an element and colours: color person blue default"
                            : "'\(args[0])' is no element; elements: \(elements.map(\.0).joined(separator: ", "))")
                    continue
                }
                guard let fg = color(args[1]) else { problem("'\(args[1])' is no colour (black … white, brightred, color0 … color255, default)"); continue }
                var bg: Int16 = -1
                var rest = args.dropFirst(2)
                if let b = rest.first, !["bold", "underline"].contains(b) {
                    guard let v = color(b) else { problem("'\(b)' is no colour (black … white, brightred, color0 … color255, default)"); continue }
                    bg = v
                    rest = rest.dropFirst()
                }
                guard rest.allSatisfy({ ["bold", "underline"].contains($0) }) else { problem("attributes are bold and underline"); continue }
                c.colors[role] = Ink(fg: fg, bg: bg)
                if !rest.isEmpty { c.attributes[role] = Emphasis(bold: rest.contains("bold"), underline: rest.contains("underline")) }
            case "theme":
                guard args.count == 1, ["dark", "light", "auto"].contains(args[0]) else { problem("theme is dark, light or auto"); continue }
                c.theme = Theme(rawValue: args[0])
            case "mouse":
                guard args.count == 1, let on = ["yes": true, "on": true, "true": true, "no": false, "off": false, "false": false][args[0]] else {
                    problem("mouse is yes or no"); continue
                }
                c.mouse = on
            case "timeline-width":
                guard args.count == 1, let w = Int(args[0]), (20...200).contains(w) else { problem("timeline-width is a number of columns, 20 to 200"); continue }
                c.timelineWidth = w
            case "paths":
                guard !args.isEmpty else { problem("paths takes one path or more"); continue }
                c.paths = args.map(expandingHome)
            default:
                problem("'\(head)' is not a setting; settings: bind-key, unbind-key, color, theme, mouse, timeline-width, paths")
            }
        }
        return (c, problems)
    }

    /// A line's words: split on white space, `"…"` keeping spaces in one, and `#` outside quotes starting a
    /// comment.
    static func words(_ line: Substring) -> [String] {
        var out: [String] = []
        var word = "", quoted = false, inWord = false
        for ch in line {
            if quoted {
                if ch == "\"" { quoted = false } else { word.append(ch) }
            } else if ch == "\"" {
                quoted = true; inWord = true
            } else if ch == "#" && !inWord {
                break
            } else if ch.isWhitespace {
                if inWord { out.append(word); word = ""; inWord = false }
            } else {
                word.append(ch); inWord = true
            }
        }
        if inWord { out.append(word) }
        return out
    }

    /// `~/x` as the home folder's `x`.
    static func expandingHome(_ p: String) -> String {
        guard p == "~" || p.hasPrefix("~/"), let home = getenv("HOME") else { return p }
        return String(cString: home) + p.dropFirst()
    }

    /// Where the configuration is read from without `--config`: `$XDG_CONFIG_HOME/tiktok-reader/config`, else
    /// `~/.config/tiktok-reader/config`.
    static var defaultPath: String? {
        if let x = getenv("XDG_CONFIG_HOME"), x.pointee != 0 { return String(cString: x) + "/tiktok-reader/config" }
        guard let home = getenv("HOME"), home.pointee != 0 else { return nil }
        return String(cString: home) + "/.config/tiktok-reader/config"
    }

    /// Reads the configuration `--config` names, the default one (none there is no problem), or none for
    /// `--no-config`. A file that was named and cannot be read is a problem of its own (line 0).
    static func load(named: String?, disabled: Bool) -> (Configuration, [Problem]) {
        guard !disabled, let path = named ?? defaultPath else { return (Configuration(), []) }
        switch FileSystem.contents(of: SystemPath(path), limit: 1 << 20) {
        case .success(let bytes):
            return parse(String(decoding: bytes, as: UTF8.self), file: path)
        case .failure(let f):
            if named == nil && FileSystem.kind(path).isMissing { return (Configuration(), []) }
            return (Configuration(), [Problem(file: path, line: 0, message: "cannot be read: \(f.reason)")])
        }
    }
}

extension FileSystem.Kind {
    /// Whether nothing is at the path.
    var isMissing: Bool { if case .missing = self { true } else { false } }
}
