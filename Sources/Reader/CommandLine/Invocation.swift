import Articles

/// A command line read against `CommandTable`: which command, the options given (the last one wins when one is
/// given twice) and the operands, or why it cannot be used.
struct Invocation: Equatable, Sendable {
    /// The command's name; empty for the reader.
    var command: String
    /// Options by long name: their value, or "" for a flag.
    var options: [String: String]
    /// Paths, or a command's words, as given (bytes: a path need not be UTF-8).
    var operands: [[UInt8]]

    /// Whether the flag or option `long` was given.
    func has(_ long: String) -> Bool { options[long] != nil }

    /// The operands as paths.
    var paths: [SystemPath] { operands.map { SystemPath(bytes: $0) } }

    /// A command line that cannot be used: what is wrong, and the command whose usage to show.
    struct Problem: Error, Equatable, Sendable {
        var message: String
        var command: String
    }

    /// Reads `args` (without the program's name). The first word names a command when it is one; options are
    /// `--long`, `--long=value`, `--long value`, `-s value` and `-svalue`; `--` ends them, and `-` alone is an
    /// operand (standard input).
    static func parse(_ args: [[UInt8]]) throws(Problem) -> Invocation {
        var rest = args[...]
        var name = ""
        if let first = rest.first, let c = CommandTable.commands.first(where: { Array($0.name.utf8) == first }) {
            name = c.name
            rest = rest.dropFirst()
        }
        guard let command = CommandTable.command(name) else { throw Problem(message: "unknown command", command: "") }
        var out = Invocation(command: name, options: [:], operands: [])
        var ended = false
        while let a = rest.popFirst() {
            let text = String(decoding: a, as: UTF8.self)
            if ended || a.first != UInt8(ascii: "-") || a.count == 1 { out.operands.append(a); continue }
            if text == "--" { ended = true; continue }
            let option: CommandTable.Option
            var value: String?
            if text.hasPrefix("--") {
                let body = text.dropFirst(2)
                let long = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard let o = command.options.first(where: { $0.long == long[0] }) else {
                    throw Problem(message: "unknown option '--\(long[0])'", command: name)
                }
                option = o
                if long.count == 2 {
                    guard o.value != nil else { throw Problem(message: "'--\(o.long)' takes no value", command: name) }
                    value = String(long[1])
                }
            } else {
                let letter = text.dropFirst().first
                guard let o = command.options.first(where: { $0.short != nil && $0.short == letter }) else {
                    throw Problem(message: "unknown option '-\(letter.map(String.init) ?? "")'", command: name)
                }
                option = o
                let attached = text.dropFirst(2)
                if !attached.isEmpty {
                    guard o.value != nil else { throw Problem(message: "'-\(letter.map(String.init) ?? "")' takes no value; write each option apart", command: name) }
                    value = String(attached)
                }
            }
            if let placeholder = option.value {
                if value == nil {
                    guard let next = rest.popFirst() else {
                        throw Problem(message: "'--\(option.long)' needs a value (\(placeholder))", command: name)
                    }
                    value = String(decoding: next, as: UTF8.self)
                }
                if !option.choices.isEmpty, let v = value, !option.choices.contains(v) {
                    throw Problem(message: "'--\(option.long)' is one of \(Invocation.list(option.choices)), not '\(v)'", command: name)
                }
            }
            out.options[option.long] = value ?? ""
        }
        if !command.operandChoices.isEmpty && !out.has("help") {
            let words = out.operands.map { String(decoding: $0, as: UTF8.self) }
            guard words.count == 1, let w = words.first, command.operandChoices.contains(w) else {
                let what = words.isEmpty ? "nothing" : "'\(words.joined(separator: " "))'"
                throw Problem(message: "\(command.name) takes one of \(Invocation.list(command.operandChoices)), not \(what)", command: name)
            }
        }
        return out
    }

    /// `a, b or c`.
    static func list(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
    }
}
