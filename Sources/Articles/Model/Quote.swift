/// A quotation: the quoted words (without their marks) and who said them, if anyone can tell.
public struct Quote: Hashable, Sendable {
    /// Direct speech in quote marks, or reported speech without them.
    public enum Kind: String, Sendable {
        case direct, reported
    }

    public var span: ByteSpan
    public var text: String
    public var kind: Kind
    /// The canonical name of the speaker, or nil when nobody can be credited.
    public var speaker: String?
    /// The span of the mention that names the speaker, when there is one in the text.
    public var speakerMention: ByteSpan?

    public init(span: ByteSpan, text: String, kind: Kind, speaker: String? = nil, speakerMention: ByteSpan? = nil) {
        self.span = span
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerMention = speakerMention
    }
}
