/// A half-open range of UTF-8 byte offsets into an article's original file.
public struct ByteSpan: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of bytes covered.
    public var length: Int { end - start }

    /// Whether `offset` lies inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether the two spans share at least one byte.
    public func overlaps(_ other: ByteSpan) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies entirely inside this span.
    public func encloses(_ other: ByteSpan) -> Bool { other.start >= start && other.end <= end }

    public static func < (a: ByteSpan, b: ByteSpan) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}
