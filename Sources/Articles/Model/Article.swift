/// How an article's publication date is known.
public enum DateSource: String, Sendable {
    case metadata, inferred, none
}

/// One news article: its bytes, its structure and (once annotated) its entities, quotes and time expressions.
public struct Article: Sendable {
    /// The path the article was read from.
    public var path: String
    /// The file's bytes, unchanged: every span is an offset into these.
    public var bytes: [UInt8]
    public var title: String
    public var titleSpan: ByteSpan?
    /// True when the file has no title and `title` was taken from the first body sentence.
    public var titleDerived: Bool
    public var date: CalendarDate?
    public var dateSource: DateSource
    public var byline: String?
    public var source: String?
    public var url: String?
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public var tokens: TokenList
    /// Spans of the subheadings' words, without the dashes and quote marks around them.
    public var subheadings: [ByteSpan]
    public var entities: [Entity] = []
    public var quotes: [Quote] = []
    public var timexes: [Timex] = []
    /// Problems met while reading the file (invalid UTF-8, control characters), for the user.
    public var warnings: [String] = []

    public init(path: String, bytes: [UInt8], title: String, titleSpan: ByteSpan?, titleDerived: Bool,
                date: CalendarDate?, dateSource: DateSource, byline: String?, source: String?, url: String?,
                paragraphs: [Paragraph], sentences: [Sentence], tokens: TokenList, subheadings: [ByteSpan]) {
        self.path = path
        self.bytes = bytes
        self.title = title
        self.titleSpan = titleSpan
        self.titleDerived = titleDerived
        self.date = date
        self.dateSource = dateSource
        self.byline = byline
        self.source = source
        self.url = url
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.subheadings = subheadings
    }

    /// The text of a span, with invalid bytes shown as U+FFFD.
    public func text(_ span: ByteSpan) -> String { Article.text(span, in: bytes) }

    /// The text of a span of `bytes` (clamped to them), with invalid bytes shown as U+FFFD: for a closure that
    /// needs an article's text and would otherwise capture (and copy) the whole article.
    public static func text(_ span: ByteSpan, in bytes: [UInt8]) -> String {
        let lo = max(0, min(span.start, bytes.count)), hi = max(lo, min(span.end, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The paragraphs captions are made of.
    public var captions: [Paragraph] { paragraphs.filter { $0.role == .caption } }

    /// The index of the sentence containing `offset`, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        // the first sentence that ends after `offset` (ends at or before it: below `offset + 1`)
        let lo = sentences.countBelow(offset + 1) { $0.span.end }
        return lo < sentences.count && sentences[lo].span.start <= offset ? lo : nil
    }
}
