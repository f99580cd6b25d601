/// A set of annotated articles and what relates them: speakers and the timeline.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var timeline: [TimelineRow]
    public var speakers: [Speaker]

    public init(articles: [Article], timeline: [TimelineRow], speakers: [Speaker]) {
        self.articles = articles
        self.timeline = timeline
        self.speakers = speakers
    }
}

/// Someone quoted in the corpus and how many direct quotations they have.
public struct Speaker: Hashable, Sendable {
    public var name: String
    public var quotes: Int
}

/// One dated event: a sentence anchored to a date, with where it stands.
public struct TimelineEvent: Hashable, Sendable {
    public var article: Int
    public var path: String
    public var text: String
    public var span: ByteSpan
    /// The time expression that dates it.
    public var timex: ByteSpan
    public var caption: Bool
}

/// A row of the timeline: a date (day, week, month or year) and the events that share it and its entities.
public struct TimelineRow: Hashable, Sendable {
    public var date: String
    public var events: [TimelineEvent]
}
