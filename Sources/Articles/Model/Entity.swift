/// The kinds of named entity the annotator recognises.
public enum EntityType: String, Sendable, CaseIterable {
    case person, organization, place, ticker, money, percent, nationality, misc

    /// A person, an organisation or a place: what the corpus steps share across articles and sentences (asked
    /// of every mention, so not a list literal, which is built each time it is read).
    public var isName: Bool { self == .person || self == .organization || self == .place }
}

/// One mention of a named entity in an article.
public struct Entity: Hashable, Sendable {
    public var span: ByteSpan
    public var text: String
    public var type: EntityType
    /// The name this mention refers to, the same across the whole corpus.
    public var canonical: String
    /// Typed by default (two unknown capitalised words → a person, one → an organisation), not from evidence in
    /// the text: the article's other mentions may retype it, and one mention typed by evidence outvotes these.
    public var typedByDefault = false

    public init(span: ByteSpan, text: String, type: EntityType, canonical: String) {
        self.span = span
        self.text = text
        self.type = type
        self.canonical = canonical
    }
}
