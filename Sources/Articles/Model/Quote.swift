/// A quotation: the quoted words (without their marks) and who said them, if anyone can tell.
public struct Quote: Hashable, Sendable {
    /// Direct speech in quote marks, reported speech without them, or a marked phrase nobody is heard saying
    /// (a scare quote, a title, a nickname, a link teaser), which is not speech.
    public enum Kind: String, Sendable {
        case direct, reported, phrase
    }

    /// How the speaker is known.
    public enum SpeakerKind: String, Sendable {
        /// A name next to the quotation (`…,” Ann Lee said`).
        case name
        /// Words that describe the speaker without naming them (`a spokesperson for the ministry said`):
        /// `speaker` holds those words, and `speakerOrganization` what they belong to when the text names it.
        case description
        /// A pronoun (`she said`) resolved to a name.
        case pronoun
        /// Nothing next to the quotation: the one speaking in the text before it goes on.
        case continuation
    }

    public var span: ByteSpan
    /// The quoted words: read from the article's bytes when the quotation was found in them (the article's
    /// quotations held a copy of their words each, a twentieth of a large corpus's memory), else as given.
    public var text: String {
        switch words {
        case .inArticle(let bytes):
            // (as `Article.text` reads a span: clamped to the bytes)
            let lo = max(0, min(span.start, bytes.count)), hi = max(lo, min(span.end, bytes.count))
            return String(decoding: bytes[lo..<hi], as: UTF8.self)
        case .given(let text): return text
        }
    }
    private var words: Words
    public var kind: Kind
    /// The canonical name of the speaker, or for a description its words; nil when nobody can be credited.
    public var speaker: String?
    /// How `speaker` was found; nil when there is none.
    public var speakerKind: SpeakerKind?
    /// For a description speaker, the organisation it speaks for, when the text names it (canonical).
    public var speakerOrganization: String?
    /// The span of the mention that names the speaker, when there is one in the text.
    public var speakerMention: ByteSpan?

    /// Where the words come from: the article's bytes (shared with it, not copied) or a string of their own.
    private enum Words: Sendable {
        case inArticle([UInt8])
        case given(String)
    }

    /// A quotation whose words are `text`.
    public init(span: ByteSpan, text: String, kind: Kind, speaker: String? = nil, speakerMention: ByteSpan? = nil,
                speakerKind: SpeakerKind? = nil, speakerOrganization: String? = nil) {
        self.init(span: span, words: .given(text), kind: kind, speaker: speaker, speakerMention: speakerMention,
                  speakerKind: speakerKind, speakerOrganization: speakerOrganization)
    }

    /// A quotation found at `span` of `bytes` (an article's, within them): its words are read from there.
    public init(span: ByteSpan, in bytes: [UInt8], kind: Kind, speaker: String? = nil, speakerMention: ByteSpan? = nil,
                speakerKind: SpeakerKind? = nil, speakerOrganization: String? = nil) {
        self.init(span: span, words: .inArticle(bytes), kind: kind, speaker: speaker,
                  speakerMention: speakerMention, speakerKind: speakerKind, speakerOrganization: speakerOrganization)
    }

    private init(span: ByteSpan, words: Words, kind: Kind, speaker: String?, speakerMention: ByteSpan?,
                 speakerKind: SpeakerKind?, speakerOrganization: String?) {
        self.span = span
        self.words = words
        self.kind = kind
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.speakerKind = speakerKind ?? (speaker == nil ? nil : .name)
        self.speakerOrganization = speakerOrganization
    }
}

extension Quote {
    /// Two quotations are the same when they say the same words at the same place, of the same speaker.
    public static func == (a: Quote, b: Quote) -> Bool {
        a.span == b.span && a.kind == b.kind && a.speaker == b.speaker && a.speakerKind == b.speakerKind
            && a.speakerOrganization == b.speakerOrganization && a.speakerMention == b.speakerMention && a.text == b.text
    }

    public func hash(into h: inout Hasher) {
        h.combine(span)
        h.combine(kind)
        h.combine(speaker)
    }
}
