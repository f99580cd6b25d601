/// A small JSON writer that keeps keys in the order given (the export contract lists them in order).
struct JSONWriter {
    private(set) var out = ""

    static func quoted(_ s: String) -> String {
        var r = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": r += "\\\""
            case "\\": r += "\\\\"
            case "\n": r += "\\n"
            case "\r": r += "\\r"
            case "\t": r += "\\t"
            default:
                // escaped, the same text: C1 controls and bidi controls are what a terminal showing the export
                // would act on (CSI, reordering), and U+2028/2029 end lines in JavaScript
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x061C || (0x200E...0x200F).contains(u.value)
                    || (0x2028...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value) {
                    let hex = String(u.value, radix: 16)
                    r += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    r.unicodeScalars.append(u)
                }
            }
        }
        return r + "\""
    }

    /// A JSON object from ordered (key, already-encoded value) pairs.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { quoted($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    static func array(_ items: [String], multiline: Bool = false) -> String {
        if items.isEmpty { return "[]" }
        return multiline ? "[\n  " + items.joined(separator: ",\n  ") + "\n]" : "[" + items.joined(separator: ", ") + "]"
    }

    static func string(_ s: String?) -> String { s.map(quoted) ?? "null" }
}
