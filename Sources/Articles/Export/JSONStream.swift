/// JSON text appended to one buffer and handed on in pieces: the export of a long article is several times
/// its size, and built as strings of strings (each entity an object string, each article a string of those)
/// it was held two or three times over before a byte was written.
struct JSONStream {
    private(set) var buffer = ""
    /// Hands on what is buffered once it passes this many bytes; `Int.max` keeps everything.
    let chunkBytes: Int
    private let sink: (String) -> Bool
    /// False once the sink has refused a piece: nothing more is sent.
    private(set) var ok = true

    init(chunkBytes: Int, sink: @escaping (String) -> Bool) {
        self.chunkBytes = chunkBytes
        self.sink = sink
        if chunkBytes < Int.max { buffer.reserveCapacity(chunkBytes + chunkBytes / 4) }
    }

    /// Text already in JSON form (punctuation, numbers, keys).
    mutating func raw(_ s: String) { buffer += s }

    /// A string value, quoted and escaped as `JSONWriter.quoted` does; most are plain ASCII and are copied as
    /// they are, without going through it scalar by scalar.
    mutating func string(_ s: String) {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            buffer += "\""
            buffer += s
            buffer += "\""
        } else {
            buffer += JSONWriter.quoted(s)
        }
    }

    /// A string value or `null`.
    mutating func string(_ s: String?) {
        if let s { string(s) } else { buffer += "null" }
    }

    mutating func int(_ n: Int) { buffer += String(n) }

    /// `"key": ` before a value.
    mutating func key(_ k: StaticString) {
        buffer += "\""
        buffer += k.description
        buffer += "\": "
    }

    /// Sends the buffer on if it has grown past `chunkBytes`.
    mutating func flushIfFull() {
        if buffer.utf8.count >= chunkBytes { flush() }
    }

    /// Sends whatever is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        if ok { ok = sink(buffer) }
        buffer.removeAll(keepingCapacity: true)
    }
}
