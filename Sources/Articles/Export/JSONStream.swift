/// JSON text appended to one byte buffer and handed on in pieces: the export of a long article is several times
/// its size, and built as strings of strings (each entity an object string, each article a string of those)
/// it was held two or three times over before a byte was written. Bytes, not a `String`: appending to a string
/// checked and grew it piece by piece, a tenth of all the time an export took.
struct JSONStream {
    private(set) var buffer: [UInt8] = []
    /// Hands on what is buffered once it passes this many bytes; `Int.max` keeps everything.
    let chunkBytes: Int
    private let sink: ([UInt8]) -> Bool
    /// False once the sink has refused a piece: nothing more is sent.
    private(set) var ok = true

    init(chunkBytes: Int, sink: @escaping ([UInt8]) -> Bool) {
        self.chunkBytes = chunkBytes
        self.sink = sink
        if chunkBytes < Int.max { buffer.reserveCapacity(chunkBytes + chunkBytes / 4) }
    }

    /// Text already in JSON form (punctuation, keys).
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// Bytes already in JSON form (a piece made by another stream).
    mutating func raw(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    /// A string value, quoted and escaped (`escaped`); most are plain ASCII and are copied as they are.
    mutating func string(_ s: String) {
        buffer.append(0x22)
        // read in place where the string keeps its bytes together (a native string does): its UTF-8 view a byte at
        // a time, twice, was most of writing a string
        let copied: Bool? = s.utf8.withContiguousStorageIfAvailable { bytes in
            for c in bytes where c < 0x20 || c >= 0x7F || c == 0x22 || c == 0x5C { return false }
            buffer.append(contentsOf: bytes)
            return true
        }
        if copied != true {
            var plain = copied == nil
            if plain { for c in s.utf8 where c < 0x20 || c >= 0x7F || c == 0x22 || c == 0x5C { plain = false; break } }
            if plain { buffer.append(contentsOf: s.utf8) } else { escaped(s) }
        }
        buffer.append(0x22)
    }

    /// The bytes of `s`, escaped where JSON needs it (quotation marks, backslashes, C0 controls) and where the
    /// text is the same but safer escaped: C1 controls and bidi controls are what a terminal showing the export
    /// would act on (CSI, reordering), and U+2028/2029 end lines in JavaScript. Read as UTF-8, not scalar by
    /// scalar.
    private mutating func escaped(_ s: String) {
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            switch c {
            case 0x22: buffer.append(0x5C); buffer.append(0x22); i += 1
            case 0x5C: buffer.append(0x5C); buffer.append(0x5C); i += 1
            case 0x0A: buffer.append(0x5C); buffer.append(0x6E); i += 1
            case 0x0D: buffer.append(0x5C); buffer.append(0x72); i += 1
            case 0x09: buffer.append(0x5C); buffer.append(0x74); i += 1
            case 0..<0x20, 0x7F: unicodeEscape(UInt32(c)); i += 1
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F:
                unicodeEscape(UInt32(bytes[i + 1])); i += 2          // U+0080…U+009F
            case 0xD8 where i + 1 < bytes.count && bytes[i + 1] == 0x9C:
                unicodeEscape(0x061C); i += 2
            case 0xE2 where i + 2 < bytes.count && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81):
                let scalar = 0x2000 | UInt32(bytes[i + 1] & 0x0F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                if (0x200E...0x200F).contains(scalar) || (0x2028...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar) {
                    unicodeEscape(scalar)
                } else {
                    buffer.append(contentsOf: bytes[i..<(i + 3)])
                }
                i += 3
            default: buffer.append(c); i += 1
            }
        }
    }

    /// `\u` and four lower-case hex digits.
    private mutating func unicodeEscape(_ v: UInt32) {
        buffer.append(0x5C); buffer.append(0x75)
        for shift in stride(from: 12, through: 0, by: -4) {
            let d = UInt8((v >> UInt32(shift)) & 0xF)
            buffer.append(d < 10 ? 0x30 + d : 0x61 + d - 10)
        }
    }

    /// A string value or `null`.
    mutating func string(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// A whole number, in decimal.
    mutating func int(_ n: Int) {
        guard n != 0 else { buffer.append(0x30); return }
        if n < 0 { buffer.append(0x2D) }
        var m = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while m > 0 {
                d[count] = UInt8(m % 10) + 0x30
                m /= 10
                count += 1
            }
            for k in stride(from: count - 1, through: 0, by: -1) { buffer.append(d[k]) }
        }
    }

    /// `"key": ` before a value.
    mutating func key(_ k: StaticString) {
        buffer.append(0x22)
        raw(k)
        buffer.append(0x22)
        buffer.append(0x3A)
        buffer.append(0x20)
    }

    /// Sends the buffer on if it has grown past `chunkBytes`.
    mutating func flushIfFull() {
        if buffer.count >= chunkBytes { flush() }
    }

    /// Sends whatever is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        if ok { ok = sink(buffer) }
        buffer.removeAll(keepingCapacity: true)
    }
}
