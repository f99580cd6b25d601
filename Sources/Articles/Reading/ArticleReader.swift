/// Reads an article file's bytes into an `Article`: metadata, title, byline, captions, subheadings,
/// paragraphs, sentences and tokens, all with byte offsets into the original bytes.
public struct ArticleReader: Sendable {
    public init() {}

    /// A line of the file: its span without the line break, and its span with leading and trailing blanks trimmed.
    struct Line {
        var span: ByteSpan
        var trimmed: ByteSpan
        var isBlank: Bool { trimmed.length == 0 }
    }

    /// A block of consecutive non-blank lines.
    struct Block {
        var lines: [ByteSpan]
        var span: ByteSpan { ByteSpan(lines[0].start, lines[lines.count - 1].end) }
    }

    /// Reads everything: structure, metadata, tokens and sentences.
    public func read(path: String, bytes: [UInt8]) -> Article {
        var a = readStructure(path: path, bytes: bytes)
        ArticleReader.tokenize(&a)
        return a
    }

    /// Structure and metadata only (paragraphs and their roles, title, byline, date, captions): enough to show
    /// an article at once; `tokenize` adds tokens and sentences before annotation.
    public func readStructure(path: String, bytes b: [UInt8]) -> Article {
        var lines = splitLines(b)
        var title: String?, titleSpan: ByteSpan?
        var byline: String?, source: String?, url: String?
        var date: CalendarDate?
        var paragraphs: [Paragraph] = []

        // Header fields among the first lines: `Title:` (only before any other text), `Date:`, `Author:`/`By:`,
        // `Source:`, `URL:` — also after a title or a byline line.
        var seen = 0
        var onlyHeadersSoFar = true
        for k in lines.indices where !lines[k].isBlank {
            seen += 1
            if seen > 8 { break }
            guard let (key, value) = headerField(b, lines[k].trimmed), key != "title" || onlyHeadersSoFar else {
                onlyHeadersSoFar = false
                continue
            }
            let text = decode(b, value)
            switch key {
            case "title": title = text; titleSpan = value
            case "date", "published", "updated", "posted": if date == nil { date = AbsoluteDateParser.firstDate(in: text) }
            case "author", "by": if byline == nil { byline = text }
            case "source": if source == nil { source = text }
            default: if url == nil { url = text }
            }
            paragraphs.append(Paragraph(span: lines[k].trimmed, role: .header))
            lines[k].trimmed = ByteSpan(lines[k].trimmed.end, lines[k].trimmed.end)
        }
        // A `date YYYY-MM-DD` marker at the start of a line: the rest of the line is content.
        for k in lines.indices where !lines[k].isBlank {
            if let (d, rest) = dateMarker(b, lines[k].trimmed) {
                if date == nil { date = d }
                paragraphs.append(Paragraph(span: ByteSpan(lines[k].trimmed.start, rest.start), role: .header))
                lines[k].trimmed = trimSpan(b, rest)
                // a marker under other lines starts a block: the block above would otherwise span the marker
                if k > 0, !lines[k - 1].isBlank {
                    let at = lines[k].span.start
                    lines.insert(Line(span: ByteSpan(at, at), trimmed: ByteSpan(at, at)), at: k)
                }
                break
            }
        }
        // Byline and date lines near the top, alone or stacked under the title (`By Jane Doe, Reuters`, then
        // `March 14, 2023` or `Updated 10:32 AM EDT, Tue March 14, 2023`): metadata, not body.
        // A role line under a byline (`Economics correspondent`) belongs to it, and `Published 2 hours ago` is a
        // date line without a date.
        var looked = 0
        var afterByline = false
        for k in lines.indices where !lines[k].isBlank {
            looked += 1
            let span = lines[k].trimmed
            if looked > 6 || span.length > 120 { break }   // the body has begun
            if let name = bylineName(b, span) {
                if byline == nil { byline = name }
                paragraphs.append(Paragraph(span: span, role: .byline))
                afterByline = true
            } else if afterByline, isRoleLine(b, span) {
                paragraphs.append(Paragraph(span: span, role: .byline))
            } else if let d = dateLine(b, span) {
                if let d, date == nil { date = d }
                paragraphs.append(Paragraph(span: span, role: .header))
                afterByline = false
            } else {
                afterByline = false
                continue
            }
            lines[k].trimmed = ByteSpan(span.end, span.end)
        }
        var blocks = makeBlocks(lines)
        var roles = [Paragraph.Role](repeating: .body, count: blocks.count)

        // The title: a short first line with no final period, followed by a blank line.
        if title == nil, let firstBlock = blocks.first, firstBlock.lines.count == 1, blocks.count > 1 {
            let s = firstBlock.span
            let text = decode(b, s)
            if s.length <= 200 && ArticleReader.wordCount(b, s.start..<s.end) <= 25 && !text.hasSuffix(".") && !isCaption(b, s) {
                title = text
                titleSpan = s
                roles[0] = .title
            }
        }
        // An author block at the end: a name line, then a bio that begins with that name.
        if let lastIndex = blocks.indices.last, roles[lastIndex] == .body {
            let last = blocks[lastIndex]
            if last.lines.count >= 2 {
                let name = decode(b, last.lines[0])
                if looksLikeName(name) && decode(b, last.lines[1]).hasPrefix(name) {
                    if byline == nil { byline = name }
                    let head = Block(lines: [last.lines[0]])
                    let bio = Block(lines: Array(last.lines[1...]))
                    blocks[lastIndex] = head
                    roles[lastIndex] = .byline
                    blocks.append(bio)
                    roles.append(.bio)
                }
            } else if lastIndex > 0, blocks[lastIndex - 1].lines.count == 1, roles[lastIndex - 1] == .body {
                let name = decode(b, blocks[lastIndex - 1].span)
                if looksLikeName(name) && decode(b, last.span).hasPrefix(name + " ") {
                    if byline == nil { byline = name }
                    roles[lastIndex - 1] = .byline
                    roles[lastIndex] = .bio
                }
            }
        }
        // Captions and subheadings.
        var subheadings: [ByteSpan] = []
        for k in blocks.indices where roles[k] == .body {
            let span = blocks[k].span
            if blocks[k].lines.count == 1 && ArticleReader.creditPrefixBytes.contains(where: { hasPrefix(b, span, $0) }) {
                let text = decode(b, span)
                // Reporting by Jane Doe; Editing by John Roe
                roles[k] = .byline
                if byline == nil, text.hasPrefix("Reporting by ") {
                    // Reporting by Jane Doe in London: the name, not where she wrote from
                    var name = String(text.dropFirst("Reporting by ".count).prefix { $0 != ";" && $0 != "," && $0 != "\n" })
                    let words = name.splitASCII(0x20)
                    if let at = words.firstIndex(of: "in") { name = words[..<at].joined(separator: " ") }
                    byline = name.trimmingCharacters(in: " ")
                }
            } else if isCaption(b, span) {
                roles[k] = .caption
            } else if k > 0, blocks[k].lines.count == 1, let inner = subheading(b, blocks[k].span) {
                roles[k] = .subheading
                subheadings.append(inner)
            }
        }
        for k in blocks.indices {
            paragraphs.append(Paragraph(span: blocks[k].span, role: roles[k]))
        }
        paragraphs.sort { $0.span.start < $1.span.start }

        // No title: the first sentence of the first body paragraph that has one.
        var titleDerived = false
        if title == nil {
            titleDerived = true
            for p in paragraphs where p.role == .body {
                let tokens = Tokenizer.tokenize(b, p.span.start..<p.span.end)
                if let r = SentenceSplitter.first(tokens, 0..<tokens.count) {
                    title = collapseSpaces(decode(b, ByteSpan(tokens[r.lowerBound].span.start, tokens[r.upperBound - 1].span.end)))
                    break
                }
            }
            if title == nil { title = ArticleReader.title(ofPath: path) }
        }
        var article = Article(path: path, bytes: b, title: title ?? "", titleSpan: titleSpan, titleDerived: titleDerived,
                              date: date, dateSource: date == nil ? .none : .metadata, byline: byline, source: source,
                              url: url, paragraphs: paragraphs, sentences: [], tokens: TokenList(bytes: b),
                              subheadings: subheadings)
        let invalid = UTF8Scanner.invalidSequences(b)
        if invalid > 0 {
            article.warnings.append("\(invalid) invalid UTF-8 sequence\(invalid == 1 ? "" : "s") shown as \u{FFFD}")
        }
        return article
    }

    /// Tokens and sentences, paragraph by paragraph (again from scratch if the article had them).
    public static func tokenize(_ a: inout Article) {
        let b = a.bytes
        var tokens = TokenList(bytes: b)
        // room for a token every four bytes (news runs at five), then trimmed to size: counting the tokens first, to
        // allocate once, scanned the text twice
        var bytes = 0
        for p in a.paragraphs where p.role != .header { bytes += p.span.end - p.span.start }
        tokens.reserveCapacity(bytes / 4 + 8)
        var sentences: [Sentence] = []
        for p in a.paragraphs.indices where a.paragraphs[p].role != .header {
            let span = a.paragraphs[p].span
            let t0 = tokens.count
            Tokenizer.tokenize(b, span.start..<span.end, into: &tokens)
            let s0 = sentences.count
            let ranges: [Range<Int>]
            switch a.paragraphs[p].role {
            case .title, .subheading, .byline: ranges = t0 < tokens.count ? [t0..<tokens.count] : []
            default: ranges = SentenceSplitter.split(tokens, t0..<tokens.count)
            }
            for r in ranges where !r.isEmpty {
                sentences.append(Sentence(span: ByteSpan(tokens[r.lowerBound].span.start, tokens[r.upperBound - 1].span.end),
                                          tokens: r, paragraph: p))
            }
            a.paragraphs[p].sentences = s0..<sentences.count
        }
        tokens.trimSpareCapacity()
        a.tokens = tokens
        a.sentences = sentences.withoutSpareCapacity()
    }

    // MARK: - Lines and blocks

    /// The lines of the file, each without its break: LF, CR LF, or CR alone (old Mac files, which would
    /// otherwise be one line, so one paragraph with no title or byline).
    func splitLines(_ b: [UInt8]) -> [Line] {
        var out: [Line] = []
        var start = 0
        var i = 0
        // (the bytes walked in place: indexed through the array, each was checked against its bounds)
        b.withUnsafeBufferPointer { p in
            let n = p.count
            while i <= n {
                if i == n || p[i] == 0x0A || p[i] == 0x0D {
                    if i < n || i > start {
                        let span = ByteSpan(start, i)
                        out.append(Line(span: span, trimmed: trimSpan(b, span)))
                    }
                    if i + 1 < n && p[i] == 0x0D && p[i + 1] == 0x0A { i += 1 }   // CR LF: one break
                    start = i + 1
                }
                i += 1
            }
        }
        return out
    }

    func makeBlocks(_ lines: [Line]) -> [Block] {
        var blocks: [Block] = []
        var current: [ByteSpan] = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { blocks.append(Block(lines: current)); current = [] }
            } else {
                current.append(line.trimmed)
            }
        }
        if !current.isEmpty { blocks.append(Block(lines: current)) }
        return blocks
    }

    func trimSpan(_ b: [UInt8], _ s: ByteSpan) -> ByteSpan {
        var lo = s.start, hi = s.end
        while lo < hi {
            let (sc, n) = UTF8Scanner.scalar(b, lo, end: hi)
            guard let c = sc, UTF8Scanner.isSpace(c) else { break }
            lo += n
        }
        while hi > lo {
            // step back over one scalar
            var k = hi - 1
            while k > lo && b[k] & 0xC0 == 0x80 { k -= 1 }
            let (sc, n) = UTF8Scanner.scalar(b, k, end: hi)
            guard let c = sc, k + n == hi, UTF8Scanner.isSpace(c) else { break }
            hi = k
        }
        return ByteSpan(lo, hi)
    }

    func decode(_ b: [UInt8], _ s: ByteSpan) -> String { String(decoding: b[s.start..<s.end], as: UTF8.self) }

    // MARK: - Recognisers of parts

    static let headerKeys: WordSet = ["title", "date", "author", "by", "source", "url", "published", "updated", "posted"]

    /// `Key: value` with a known key: the key (lower case) and the value's span.
    func headerField(_ b: [UInt8], _ s: ByteSpan) -> (String, ByteSpan)? {
        var i = s.start
        while i < s.end && i - s.start < 10 && b[i] != UInt8(ascii: ":") { i += 1 }
        guard i < s.end, b[i] == UInt8(ascii: ":") else { return nil }
        let key = decode(b, ByteSpan(s.start, i)).lowercased()
        guard ArticleReader.headerKeys.contains(key) else { return nil }
        let value = trimSpan(b, ByteSpan(i + 1, s.end))
        guard value.length > 0 else { return nil }
        return (key, value)
    }

    /// `date YYYY-MM-DD` at the start of a (trimmed) line: the date and the rest of the line.
    func dateMarker(_ b: [UInt8], _ s: ByteSpan) -> (CalendarDate, ByteSpan)? {
        guard s.length >= 15 else { return nil }
        // `Date ` in any case, on the bytes (made into a string and lower-cased for every line it was most of
        // this test)
        let head: StaticString = "date "
        let isHead = head.withUTF8Buffer { h in (0..<5).allSatisfy { (b[s.start + $0] &- 0x41 < 26 ? b[s.start + $0] | 0x20 : b[s.start + $0]) == h[$0] } }
        guard isHead else { return nil }
        let iso = decode(b, ByteSpan(s.start + 5, s.start + 15))
        guard let d = CalendarDate(iso: iso) else { return nil }
        if s.start + 15 < s.end, !(UTF8Scanner.scalar(b, s.start + 15, end: s.end).0.map(UTF8Scanner.isSpace) ?? false) {
            return nil
        }
        return (d, ByteSpan(s.start + 15, s.end))
    }

    // Both in one pass over the characters: splitting into arrays of substrings cost more at start-up (the first
    // use of those types) than the reading itself.

    /// The title of an article with no text of its own to take one from: its file's name.
    static func title(ofPath path: String) -> String { String(path.splitASCII(0x2F).last ?? Substring(path)) }

    /// Words separated by spaces or tabs.
    func wordCount(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { ArticleReader.wordCount($0, 0..<$0.count) }
    }

    /// Words separated by spaces or tabs in `b[range]`, read as bytes (a space or a tab is one byte in UTF-8).
    static func wordCount<B: RandomAccessCollection<UInt8>>(_ b: B, _ range: Range<B.Index>) -> Int where B.Index == Int {
        var n = 0, inWord = false
        for k in range {
            let c = b[k]
            if c == 0x20 || c == 0x09 {
                inWord = false
            } else if !inWord {
                inWord = true
                n += 1
            }
        }
        return n
    }

    /// White space trimmed, and each run of it inside made one space.
    func collapseSpaces(_ s: String) -> String {
        // ASCII as bytes (a title is most often ASCII, and reading it by grapheme cost a thousand instructions a
        // character); other text by its characters, whose white space may carry marks of its own
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(s.utf8.count)
            var space = false
            for c in s.utf8 {
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                    space = !bytes.isEmpty
                    continue
                }
                if space {
                    bytes.append(0x20)
                    space = false
                }
                bytes.append(c)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var space = false
        for c in s {
            if c.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(" ")
                space = false
            }
            out.append(c)
        }
        return out
    }

    /// Credit lines at the end of wire stories.
    static let creditPrefixes = ["Reporting by ", "Additional reporting by ", "Writing by ", "Editing by ", "Compiled by "]

    /// Photo credits mark a caption.
    static let creditMarks = ["(Photo by", "Photo by ", "Photograph:", "Photo:", "[+]", "Getty Images", "AP Photo",
                              "REUTERS/", "Reuters/", "(Reuters photo", "/AFP", "AFP via", "Shutterstock", "(Image:",
                              "Image credit", "Photo credit", "/Bloomberg", "EPA-EFE"]

    static let creditMarkBytes: [[UInt8]] = creditMarks.map { Array($0.utf8) }
    static let creditPrefixBytes: [[UInt8]] = creditPrefixes.map { Array($0.utf8) }
    /// Bytes that begin some credit mark: the search looks further only at these.
    static let creditMarkStarts: [Bool] = (0..<256).map { c in creditMarkBytes.contains { $0.first == UInt8(c) } }

    /// `bylineName` of an ASCII line (`By ` and at most 16 words), read on its bytes: made a string and cut and
    /// trimmed by characters, each comma and bar compared as a `Character`, a byline cost some twenty thousand
    /// instructions.
    private func asciiBylineName(_ b: [UInt8], _ s: ByteSpan) -> String? {
        func ends(with suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            return s.length >= n && suffix.withUTF8Buffer { x in (0..<n).allSatisfy { b[s.end - n + $0] == x[$0] } }
        }
        let last = b[s.end - 1]
        if last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A {
            guard ends(with: " Jr.") || ends(with: " Sr.") else { return nil }
        }
        // after `By `, up to a comma or a bar, without the spaces around it
        var lo = s.start + 3, hi = s.end
        if let cut = (lo..<hi).first(where: { b[$0] == 0x2C || b[$0] == 0x7C }) { hi = cut }
        while lo < hi && b[lo] == 0x20 { lo += 1 }
        while hi > lo && b[hi - 1] == 0x20 { hi -= 1 }
        guard hi > lo, ArticleReader.wordCount(b, lo..<hi) <= 8, b[lo] &- 0x41 < 26 else { return nil }
        let rest = decode(b, ByteSpan(lo, hi))
        return CalendarWords.isCalendarWord(rest.lowercased()) ? nil : rest
    }

    /// Byte search: Foundation's `String.contains` costs a fifth of reading an article.
    func isCaption(_ b: [UInt8], _ s: ByteSpan) -> Bool {
        let end = min(s.end, b.count)
        var i = max(0, s.start)
        // (the tables taken in hand once and the bytes read in place: each byte reached the table through the
        // lazily made global's once-only check and the array's bounds)
        let starts = ArticleReader.creditMarkStarts, needles = ArticleReader.creditMarkBytes
        return b.withUnsafeBufferPointer { p in
            while i < end {
                let c = p[i]
                if starts[Int(c)] {
                    for needle in needles where needle[0] == c && i + needle.count <= end {
                        var k = 1
                        while k < needle.count && p[i + k] == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// Whether the bytes of `s` begin with `prefix`.
    func hasPrefix(_ b: [UInt8], _ s: ByteSpan, _ prefix: [UInt8]) -> Bool {
        guard s.length >= prefix.count, s.start >= 0, s.start + prefix.count <= b.count else { return false }
        for k in prefix.indices where b[s.start + k] != prefix[k] { return false }
        return true
    }

    /// Two to four capitalised words and nothing else: a name line.
    func looksLikeName(_ text: String) -> Bool {
        // one pass over the scalars: splitting into an array of words cost more at start-up than the test itself
        var words = 0, wordStart = true
        for u in text.unicodeScalars {
            if u == " " {
                wordStart = true
                continue
            }
            if wordStart {
                guard u.properties.isUppercase else { return false }
                words += 1
                wordStart = false
            }
            guard u.properties.isAlphabetic || u == "." || u == "-" || u == "'" else { return false }
        }
        return (2...4).contains(words)
    }

    /// `By Jane Doe`, `By Jane Doe, Reuters` or `BY JANE DOE AND JOHN ROE | Updated …`: the name. Not a sentence
    /// that begins with `By` (`By Friday, the talks had…`): no final period, and no weekday or month as the name.
    func bylineName(_ b: [UInt8], _ s: ByteSpan) -> String? {
        guard s.length > 3, b[s.start] | 0x20 == UInt8(ascii: "b"), b[s.start + 1] | 0x20 == UInt8(ascii: "y"),
              b[s.start + 2] == UInt8(ascii: " ") else { return nil }
        guard ArticleReader.wordCount(b, s.start..<s.end) <= 16 else { return nil }
        if !b[s.start..<s.end].contains(where: { $0 >= 0x80 }) { return asciiBylineName(b, s) }
        let text = decode(b, s)
        if let last = text.unicodeScalars.last, last == "." || last == "!" || last == "?" || last == ":" {
            guard text.hasSuffix(" Jr.") || text.hasSuffix(" Sr.") else { return nil }
        }
        var rest = String(text.dropFirst(3)).trimmingCharacters(in: " ")
        if let comma = rest.firstIndex(where: { $0 == "," || $0 == "|" || $0 == "\u{2022}" || $0 == "\u{00B7}" }) {
            rest = String(rest[..<comma]).trimmingCharacters(in: " ")
        }
        guard wordCount(rest) <= 8, let f = rest.unicodeScalars.first, f.properties.isUppercase,
              !CalendarWords.isCalendarWord(rest.lowercased()) else { return nil }
        return rest
    }

    /// `Economics correspondent`, `Staff writer`, `Senior Reporter, Business`: a short line that ends in a job.
    func isRoleLine(_ b: [UInt8], _ s: ByteSpan) -> Bool {
        guard s.length <= 60 else { return false }
        let text = decode(b, s)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        guard (1...6).contains(words.count), let last = text.unicodeScalars.last, last != "." else { return false }
        let lexicon = Lexicon.bundled
        return words.contains { lexicon.roleWords.contains($0) || lexicon.titles.contains($0) }
    }

    /// A line that gives only a date, maybe with a time, a weekday, a time zone and `Published`/`Updated`
    /// (`March 14, 2023`, `Updated 10:32 AM EDT, Tue March 14, 2023`, `Last modified on 14 Mar 2023 10.32 GMT`):
    /// the date, or `.some(nil)` for one that says only how long ago (`Published 2 hours ago`).
    func dateLine(_ b: [UInt8], _ s: ByteSpan) -> CalendarDate?? {
        guard dateLineWords(b, s) else { return nil }
        let text = decode(b, s)
        if let date = AbsoluteDateParser.firstDate(in: text) { return .some(date) }
        // no date: a line of these words only if it says when (`Published 2 hours ago`, `Updated 5 mins ago`)
        return text.lowercased().hasSuffix(" ago") ? .some(nil) : nil
    }

    /// The time expressions of a line that `dateLine` gives a date, or nil: the line tokenized and recognised once
    /// (the annotation asked `dateLine` first, which recognised the line's text, then recognised it again).
    func dateLineTimexes(_ b: [UInt8], _ s: ByteSpan) -> [Timex]? {
        guard dateLineWords(b, s) else { return nil }
        // (an ASCII line is the same bytes as the text `dateLine` decodes, and its own expressions say whether it
        // gives a date; another, whose broken bytes decode to replacement characters, is asked as `dateLine` asks it)
        let ascii = !b[s.start..<s.end].contains(where: { $0 >= 0x80 })
        if !ascii {
            guard case .some(.some) = dateLine(b, s) else { return nil }
        }
        let line = Tokenizer.tokenize(b, s.start..<s.end)
        let found = TimexRecognizer.recognize(tokens: line, range: 0..<line.count, bytes: b)
        return !ascii || AbsoluteDateParser.firstDate(among: found) != nil ? found : nil
    }

    /// Whether every word of the line at `s` is one a date line is made of (numbers, ordinals, months, weekdays,
    /// time zones, `Published`, `Updated`, …) and it has a digit.
    private func dateLineWords(_ b: [UInt8], _ s: ByteSpan) -> Bool {
        guard s.length <= 80, b[s.start..<s.end].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        for word in ArticleReader.dateLineParts(b, s) {
            var w = word.lowercased()
            if w.hasSuffix(".") { w.removeLast() }
            if w.isEmpty || w == "-" { continue }
            if w.unicodeScalars.allSatisfy({ $0.properties.numericType != nil || $0 == ":" || $0 == "." || $0 == "-" }) { continue }
            if ["st", "nd", "rd", "th"].contains(where: { w.hasSuffix($0) }), w.dropLast(2).allSatisfy(\.isNumber), w.count > 2 { continue }
            if CalendarWords.months[w] != nil || CalendarWords.weekdays[w] != nil || ArticleReader.dateLineWords.contains(w) { continue }
            // a time zone: EDT, GMT, UTC+1
            if word.count <= 5, word.unicodeScalars.prefix(3).allSatisfy({ $0.properties.isUppercase }), word.count >= 2 { continue }
            return false
        }
        return true
    }

    /// The words of a date line: split at spaces, commas, `|`, `/`, brackets, bullets (`•`, `·`) and dashes (`–`, `—`),
    /// found on the line's bytes (it is split for the top lines of every article, before the first screen; split
    /// by `Character`, each was hashed).
    static func dateLineParts(_ b: [UInt8], _ s: ByteSpan) -> [String] {
        var words: [String] = []
        var start = s.start, i = s.start
        func cut(_ end: Int) {
            if end > start { words.append(String(decoding: b[start..<end], as: UTF8.self)) }
        }
        while i < s.end {
            let c = b[i]
            var length = 0
            switch c {
            case 0x20, 0x2C, 0x7C, 0x2F, 0x28, 0x29: length = 1
            case 0xC2 where i + 1 < s.end && b[i + 1] == 0xB7: length = 2                       // ·
            case 0xE2 where i + 2 < s.end && b[i + 1] == 0x80 && (b[i + 2] == 0xA2 || b[i + 2] == 0x93 || b[i + 2] == 0x94):
                length = 3   // • – —
            default: break
            }
            if length == 0 { i += 1; continue }
            cut(i)
            i += length
            start = i
        }
        cut(s.end)
        return words
    }

    /// Words other than dates, times and time zones that date lines use.
    static let dateLineWords: WordSet = [
        "published", "updated", "posted", "last", "modified", "first", "on", "at", "am", "pm", "a.m", "p.m", "of",
        "ago", "hour", "hours", "minute", "minutes", "min", "mins", "h", "hrs",
    ]

    /// Dashes, quote marks and the like that decorate a subheading (`-‘Title’-`, `== Title ==`).
    static func isWrapper(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "-", "\u{2013}", "\u{2014}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "'", "\"", "*", "#", "=", "_", " ": true
        default: false
        }
    }

    /// A short line with no final punctuation, maybe wrapped in dashes and quote marks: the span of its words.
    func subheading(_ b: [UInt8], _ s: ByteSpan) -> ByteSpan? {
        guard s.length <= 90 else { return nil }
        var lo = s.start, hi = s.end
        while lo < hi, let c = UTF8Scanner.scalar(b, lo, end: hi).0, ArticleReader.isWrapper(c) {
            lo += UTF8Scanner.scalar(b, lo, end: hi).1
        }
        while hi > lo {
            var k = hi - 1
            while k > lo && b[k] & 0xC0 == 0x80 { k -= 1 }
            guard let c = UTF8Scanner.scalar(b, k, end: hi).0, ArticleReader.isWrapper(c) else { break }
            hi = k
        }
        guard hi > lo else { return nil }
        guard ArticleReader.wordCount(b, lo..<hi) <= 10 else { return nil }
        let text = decode(b, ByteSpan(lo, hi))
        guard let f = text.unicodeScalars.first, f.properties.isUppercase || UTF8Scanner.isDigit(f),
              let l = text.unicodeScalars.last, !".!?:;,".unicodeScalars.contains(l) else { return nil }
        // a short line is a subheading only if it reads like a phrase: a results row or a dateline is text
        let words = ByteSpan(lo, hi)
        let tokens = Tokenizer.tokenize(b, lo..<hi)   // once, for both tests
        if isTableRow(tokens) || isDateline(b, words, tokens) { return nil }
        return words
    }

    /// A row of a results table (`Brightwell Rovers 3 Kessington 1`, `Porto 2-1 Braga`): a score, or two small
    /// numbers or more each after a name's word, ending the line. (`Top 10 Tips For 2024` and `Chapter 1 Of 12`
    /// are headings: a year is no score, and `Of` no name.)
    func isTableRow(_ tokens: TokenList) -> Bool {
        guard let last = tokens.last, last.kind == .number else { return false }
        var scores = 0
        for k in tokens.indices where tokens[k].kind == .number {
            guard k > 0, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized,
                  !ArticleReader.headingWords.contains(lowerOf: tokens[k - 1]) else { return false }
            let digits = tokens[k].utf8
            // 2-1, 3–0: a score
            if digits.contains(UInt8(ascii: "-")) && digits.count <= 5 { return true }
            guard digits.count <= 3 else { return false }
            scores += 1
        }
        return scores >= 2
    }

    /// Words before a number that make a heading, not a results row.
    static let headingWords: WordSet = ["of", "for", "in", "to", "and", "top", "chapter", "part", "step", "day", "week", "round", "vol", "no"]

    /// A dateline: a place in capitals before a comma or a dash (`OSLO, Norway`, `NAIROBI -`), or a date alone
    /// (`tokens` are those of `s`).
    func isDateline(_ b: [UInt8], _ s: ByteSpan, _ tokens: TokenList) -> Bool {
        guard let first = tokens.first else { return false }
        // `OSLO, Norway` (a capitalised name after the comma, not another acronym: `NASA, ESA Sign Deal`) or `OSLO —`
        if first.isAllCaps, first.utf8.count >= 3, tokens.count > 1 {
            if tokens[1].equals("-") || tokens[1].equals("\u{2013}") || tokens[1].equals("\u{2014}") { return true }
            if tokens[1].equals(","), tokens.count > 2, tokens[2].isCapitalized, !tokens[2].isAllCaps { return true }
        }
        return dateLine(b, s) != nil
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
