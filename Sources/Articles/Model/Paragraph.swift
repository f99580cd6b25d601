/// A block of an article between blank lines, with the role the reader gives it.
public struct Paragraph: Hashable, Sendable {
    /// The role of a paragraph in the article.
    public enum Role: String, Sendable {
        case title, header, byline, subheading, caption, body, bio
    }

    public var span: ByteSpan
    public var role: Role
    /// The sentences of this paragraph, as indices into `Article.sentences`.
    public var sentences: Range<Int>

    public init(span: ByteSpan, role: Role, sentences: Range<Int> = 0..<0) {
        self.span = span
        self.role = role
        self.sentences = sentences
    }
}

/// A sentence: its span, its tokens (indices into `Article.tokens`) and its paragraph.
public struct Sentence: Hashable, Sendable {
    public var span: ByteSpan
    public var tokens: Range<Int>
    public var paragraph: Int

    public init(span: ByteSpan, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
