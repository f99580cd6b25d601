/// The program's commands and options, as one catalogue: the parser reads it, and the usage text, the shell
/// completions and the man page's test are all made from it, so none of them can say something the others do not.
enum CommandTable {
    /// An option: `--long`, maybe `-s`, maybe with a value (one of `choices`, when it has them).
    struct Option: Sendable {
        var long: String
        var short: Character? = nil
        /// The value's placeholder (`FILE`, `FORMAT`), or nil for a flag.
        var value: String? = nil
        var choices: [String] = []
        var help: String

        /// How the usage text writes it: `-o, --output <FILE>`.
        var synopsis: String {
            let names = (short.map { "-\($0), " } ?? "") + "--\(long)"
            return value.map { names + " <\($0)>" } ?? names
        }
    }

    /// A command: its name (empty for the reader itself), what it does, the operands it takes and its options.
    struct Command: Sendable {
        var name: String
        var summary: String
        /// The operands as the usage line writes them (`[PATH...]`, `SHELL`).
        var operands: String
        /// Words an operand must be, when it is one of a few (`completions bash|zsh|fish`).
        var operandChoices: [String] = []
        var options: [Option]
        /// More to say under the usage line.
        var details: [String] = []
        /// For developers: listed last.
        var developer = false
    }

    static let help = Option(long: "help", short: "h", help: "show this help and exit")
    static let version = Option(long: "version", help: "print the program's name and version and exit")
    // the commands that read articles read the configuration too: its `paths` are what they read without a PATH
    static let config = Option(long: "config", value: "FILE", help: "read this configuration file instead of ~/.config/tiktok-reader/config")
    static let noConfig = Option(long: "no-config", help: "read no configuration file")

    static let reader = Command(
        name: "", summary: "read articles in the terminal", operands: "[PATH...]",
        options: [
            Option(long: "color", value: "WHEN", choices: ["auto", "always", "never"],
                   help: "colours: auto (the terminal's, none when NO_COLOR is set), always, never"),
            config, noConfig, help, version,
        ],
        details: [
            "Reads the articles in each PATH (a file, or a folder of them; - is standard input, and keys then come",
            "from the terminal) and shows them in three panes: the articles, the one open, and a timeline of dated",
            "events. With no PATH, the configuration's paths, else the bundled seed articles. A PATH that begins with",
            "- follows --.",
        ])

    static let commands: [Command] = [
        Command(name: "export", summary: "print every annotation: JSON, Markdown or text", operands: "[PATH...]",
                options: [
                    Option(long: "format", short: "f", value: "FORMAT", choices: ["json", "markdown", "text"],
                           help: "json (every offset; docs/formats.md), markdown or text (to read); json when not given"),
                    Option(long: "output", short: "o", value: "FILE", help: "write to FILE instead of standard output"),
                    config, noConfig, help,
                ]),
        Command(name: "timeline", summary: "print the timeline: dates, their events and sources", operands: "[PATH...]",
                options: [config, noConfig, help]),
        Command(name: "quotes", summary: "print the quotations, grouped by speaker", operands: "[PATH...]",
                options: [
                    Option(long: "speaker", short: "s", value: "NAME",
                           help: "only the speakers whose name contains NAME (in any case)"),
                    config, noConfig, help,
                ]),
        Command(name: "completions", summary: "print a completion script for a shell", operands: "SHELL",
                operandChoices: ["bash", "zsh", "fish"], options: [help],
                details: ["SHELL is bash, zsh or fish; for bash: tiktok-reader completions bash > ~/.local/share/bash-completion/completions/tiktok-reader"]),
        Command(name: "bench-keys", summary: "time each key's update and render at 200x60", operands: "[PATH...]",
                options: [help], developer: true),
    ]

    /// The command called `name`, or the reader for the empty name.
    static func command(_ name: String) -> Command? { name.isEmpty ? reader : commands.first { $0.name == name } }
}
