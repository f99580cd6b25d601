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
    public var text: String
    public var kind: Kind
    /// The canonical name of the speaker, or for a description its words; nil when nobody can be credited.
    public var speaker: String?
    /// How `speaker` was found; nil when there is none.
    public var speakerKind: SpeakerKind?
    /// For a description speaker, the organisation it speaks for, when the text names it (canonical).
    public var speakerOrganization: String?
    /// The span of the mention that names the speaker, when there is one in the text.
    public var speakerMention: ByteSpan?

    public init(span: ByteSpan, text: String, kind: Kind, speaker: String? = nil, speakerMention: ByteSpan? = nil,
                speakerKind: SpeakerKind? = nil, speakerOrganization: String? = nil) {
        self.span = span
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.speakerKind = speakerKind ?? (speaker == nil ? nil : .name)
        self.speakerOrganization = speakerOrganization
    }
}
