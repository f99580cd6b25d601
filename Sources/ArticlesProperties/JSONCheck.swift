/// A strict JSON syntax check (RFC 8259) over the export, without Foundation: the fuzzer runs it on every input,
/// and JSONSerialization is neither in the fuzzing build nor linear in every edge case.
public enum JSONCheck {
    /// Nil when `text` is one valid JSON value; otherwise what is wrong and at which byte.
    public static func problem(_ text: String) -> String? {
        var p = Parser(b: Array(text.utf8))
        p.skipSpace()
        guard p.value(depth: 0) else { return p.error ?? "invalid JSON at byte \(p.i)" }
        p.skipSpace()
        return p.i == p.b.count ? nil : "trailing bytes after the JSON value at byte \(p.i)"
    }

    private struct Parser {
        let b: [UInt8]
        var i = 0
        var error: String?

        init(b: [UInt8]) { self.b = b }

        mutating func fail(_ why: String) -> Bool {
            if error == nil { error = "\(why) at byte \(i)" }
            return false
        }

        mutating func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        }

        mutating func literal(_ word: String) -> Bool {
            for c in word.utf8 {
                guard i < b.count, b[i] == c else { return fail("expected \(word)") }
                i += 1
            }
            return true
        }

        mutating func value(depth: Int) -> Bool {
            // The export nests four deep; far deeper means a writer bug, and the check must not recurse unbounded.
            guard depth < 64 else { return fail("nesting too deep") }
            guard i < b.count else { return fail("unexpected end") }
            switch b[i] {
            case UInt8(ascii: "{"): return container(close: UInt8(ascii: "}"), keyed: true, depth: depth)
            case UInt8(ascii: "["): return container(close: UInt8(ascii: "]"), keyed: false, depth: depth)
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func container(close: UInt8, keyed: Bool, depth: Int) -> Bool {
            i += 1
            skipSpace()
            if i < b.count, b[i] == close { i += 1; return true }
            while true {
                if keyed {
                    guard i < b.count, b[i] == UInt8(ascii: "\"") else { return fail("expected a key") }
                    guard string() else { return false }
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: ":") else { return fail("expected ':'") }
                    i += 1
                    skipSpace()
                }
                guard value(depth: depth + 1) else { return false }
                skipSpace()
                guard i < b.count else { return fail("unexpected end") }
                if b[i] == close { i += 1; return true }
                guard b[i] == UInt8(ascii: ",") else { return fail("expected ',' or the container's end") }
                i += 1
                skipSpace()
            }
        }

        mutating func string() -> Bool {
            i += 1
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "\"") { i += 1; return true }
                if c < 0x20 { return fail("raw control byte \(c) in a string") }
                if c == UInt8(ascii: "\\") {
                    i += 1
                    guard i < b.count else { return fail("unexpected end") }
                    switch b[i] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                         UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        i += 1
                    case UInt8(ascii: "u"):
                        guard i + 4 < b.count, b[(i + 1)...(i + 4)].allSatisfy(isHex) else { return fail("bad \\u escape") }
                        i += 5
                    default:
                        return fail("bad escape")
                    }
                    continue
                }
                i += 1
            }
            return fail("unterminated string")
        }

        func isHex(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
        }

        func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }

        mutating func number() -> Bool {
            if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
            guard isDigit(i) else { return fail("unexpected byte") }
            if b[i] == UInt8(ascii: "0") { i += 1 } else { while isDigit(i) { i += 1 } }
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                guard isDigit(i) else { return fail("bad fraction") }
                while isDigit(i) { i += 1 }
            }
            if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
                i += 1
                if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
                guard isDigit(i) else { return fail("bad exponent") }
                while isDigit(i) { i += 1 }
            }
            return true
        }
    }
}
