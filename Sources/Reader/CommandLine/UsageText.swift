/// The usage and help texts, made from `CommandTable` (the man page says the same: a test compares them).
enum UsageText {
    static let program = "tiktok-reader"

    /// One usage line for `c`: `tiktok-reader export [OPTIONS] [PATH...]`.
    static func usageLine(_ c: CommandTable.Command) -> String {
        [program, c.name, c.options.isEmpty ? "" : "[OPTIONS]", c.operands].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The usage lines a mistake is answered with: the command's, and where to read more.
    static func short(_ c: CommandTable.Command) -> String {
        let more = c.name.isEmpty ? "\(program) --help" : "\(program) \(c.name) --help"
        return "usage: \(usageLine(c))\nSee '\(more)' for more.\n"
    }

    /// `--help` for command `c` (the reader's lists the commands too).
    static func full(_ c: CommandTable.Command) -> String {
        var out: [String] = []
        if c.name.isEmpty {
            out.append("\(program) \(ProgramVersion.number) — a terminal news reader: articles, who is quoted in them, and when")
            out.append("")
            out.append("usage: \(usageLine(c))")
            out.append("       \(program) COMMAND [OPTIONS] [PATH...]")
        } else {
            out.append("\(program) \(c.name) — \(c.summary)")
            out.append("")
            out.append("usage: \(usageLine(c))")
        }
        if !c.details.isEmpty { out.append(""); out += c.details }
        out.append("")
        out.append("Options:")
        out += table(c.options.map { ($0.synopsis, $0.help) })
        if c.name.isEmpty {
            out.append("")
            out.append("Commands:")
            out += table(CommandTable.commands.map { ($0.name, $0.summary + ($0.developer ? " (for developers)" : "")) })
            out.append("")
            out.append("See '\(program) COMMAND --help' for a command's options; in the reader, ? lists the keys.")
            out.append("Exit status: \(ExitStatus.summary)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Two columns, the second lined up.
    static func table(_ rows: [(String, String)]) -> [String] {
        let width = (rows.map { $0.0.count }.max() ?? 0) + 2
        return rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count) + $0.1 }
    }
}

/// The program's version, as `--version`, the man page and (later) the HTTP User-Agent give it.
enum ProgramVersion {
    static let number = "0.9.0"
}
