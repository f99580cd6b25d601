/// Completion scripts for bash, zsh and fish, made from `CommandTable`: commands, each command's options, the
/// choices an option or operand takes, and file names for paths.
enum ShellCompletions {
    static func script(for shell: String) -> String? {
        switch shell {
        case "bash": bash()
        case "zsh": zsh()
        case "fish": fish()
        default: nil
        }
    }

    static var all: [CommandTable.Command] { [CommandTable.reader] + CommandTable.commands }

    static func words(_ c: CommandTable.Command) -> [String] {
        c.options.flatMap { o in (o.short.map { ["-\($0)"] } ?? []) + ["--\(o.long)"] }
    }

    static func bash() -> String {
        var cases: [String] = []
        for c in CommandTable.commands {
            cases.append("    \(c.name)) opts=\"\(words(c).joined(separator: " "))\"; \(c.operandChoices.isEmpty ? "" : "words=\"\(c.operandChoices.joined(separator: " "))\"; ");;")
        }
        var values: [String] = []
        for c in all {
            for o in c.options where o.value != nil {
                let names = ((o.short.map { ["-\($0)"] } ?? []) + ["--\(o.long)"]).joined(separator: "|")
                let answer = o.choices.isEmpty ? "COMPREPLY=($(compgen -f -- \"$cur\"))" : "COMPREPLY=($(compgen -W \"\(o.choices.joined(separator: " "))\" -- \"$cur\"))"
                values.append("    \(names)) \(answer); return ;;")
            }
        }
        return """
            # bash completion for tiktok-reader (tiktok-reader completions bash)
            _tiktok_reader() {
              local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd="" opts words=""
              [ "$COMP_CWORD" -gt 1 ] && cmd=${COMP_WORDS[1]}
              case "$prev" in
            \(values.joined(separator: "\n"))
              esac
              case "$cmd" in
            \(cases.joined(separator: "\n"))
                *) opts="\(words(CommandTable.reader).joined(separator: " "))"
                   [ "$COMP_CWORD" -eq 1 ] && words="\(CommandTable.commands.map(\.name).joined(separator: " "))" ;;
              esac
              if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur"))
              elif [ -n "$words" ]; then COMPREPLY=($(compgen -W "$words" -- "$cur") $(compgen -f -- "$cur"))
              else COMPREPLY=($(compgen -f -- "$cur")); fi
            }
            complete -o filenames -F _tiktok_reader tiktok-reader

            """
    }

    static func zshEscaped(_ s: String) -> String {
        s.replacingAll("'", with: "'\\''").replacingAll("[", with: "\\[").replacingAll("]", with: "\\]").replacingAll(":", with: "\\:")
    }

    static func zshSpecs(_ c: CommandTable.Command) -> [String] {
        var specs = c.options.map { o -> String in
            let names = o.short.map { "'(-\($0) --\(o.long))'{-\($0),--\(o.long)}" } ?? "'--\(o.long)"
            let open = o.short == nil ? "" : "'"
            let action = o.value.map { v in o.choices.isEmpty ? ":\(v.lowercased()):_files" : ":\(v.lowercased()):(\(o.choices.joined(separator: " ")))" } ?? ""
            return "\(names)\(open)[\(zshEscaped(o.help))]\(action)'"
        }
        specs.append(c.operandChoices.isEmpty ? "'*:path:_files'" : "':shell:(\(c.operandChoices.joined(separator: " ")))'")
        return specs
    }

    static func zsh() -> String {
        let commands = CommandTable.commands.map { "'\($0.name):\(zshEscaped($0.summary))'" }.joined(separator: " ")
        let cases = CommandTable.commands.map { c in
            "    \(c.name)) _arguments \(zshSpecs(c).joined(separator: " ")) ;;"
        }.joined(separator: "\n")
        return """
            #compdef tiktok-reader
            # zsh completion for tiktok-reader (tiktok-reader completions zsh)
            _tiktok_reader() {
              if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then
                local -a cmds; cmds=(\(commands))
                _describe command cmds; _files; return
              fi
              case $words[2] in
            \(cases)
                *) _arguments \(zshSpecs(CommandTable.reader).joined(separator: " ")) ;;
              esac
            }
            _tiktok_reader "$@"

            """
    }

    static func fish() -> String {
        var lines = ["# fish completion for tiktok-reader (tiktok-reader completions fish)",
                     "set -l commands \(CommandTable.commands.map(\.name).joined(separator: " "))"]
        for c in CommandTable.commands {
            lines.append("complete -c tiktok-reader -n \"not __fish_seen_subcommand_from $commands\" -a \(c.name) -d '\(fishEscaped(c.summary))'")
        }
        for c in all {
            let condition = c.name.isEmpty ? "not __fish_seen_subcommand_from $commands" : "__fish_seen_subcommand_from \(c.name)"
            for o in c.options {
                var line = "complete -c tiktok-reader -n \"\(condition)\" -l \(o.long)"
                if let s = o.short { line += " -s \(s)" }
                if o.value != nil { line += o.choices.isEmpty ? " -r -F" : " -x -a '\(o.choices.joined(separator: " "))'" }
                lines.append(line + " -d '\(fishEscaped(o.help))'")
            }
            if !c.operandChoices.isEmpty {
                lines.append("complete -c tiktok-reader -n \"\(condition)\" -x -a '\(c.operandChoices.joined(separator: " "))'")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func fishEscaped(_ s: String) -> String { s.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'") }
}

extension String {
    /// Every `target` replaced by `replacement` (the program links no Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
