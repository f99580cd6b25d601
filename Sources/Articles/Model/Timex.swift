/// A temporal expression with its TIMEX3-style type and normalised value.
public struct Timex: Hashable, Sendable {
    /// TIMEX3 types.
    public enum Kind: String, Sendable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    public var span: ByteSpan
    public var text: String
    public var kind: Kind
    /// The TIMEX3 value (`2020-07-31`, `2020-W31-WE`, `P3Y`, `FUTURE_REF`), or nil when it cannot be resolved.
    public var value: String?
    /// What the recogniser saw, kept so the value can be resolved once the article's date is known.
    public var pattern: TimexPattern

    public init(span: ByteSpan, text: String, kind: Kind, value: String?, pattern: TimexPattern) {
        self.span = span
        self.text = text
        self.kind = kind
        self.value = value
        self.pattern = pattern
    }
}
