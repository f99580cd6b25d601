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

    /// An event's sentence, read from its article's bytes (an event keeps only where the sentence is: ten
    /// thousand articles have tens of thousands of events).
    public func text(of e: TimelineEvent) -> String {
        // (the article's bytes read in place: a method of the article, asked of an element, copied it, every array
        // of it retained and released, for each event)
        articles.indices.contains(e.article) ? Article.text(e.span, in: articles[e.article].bytes) : ""
    }
}

/// Someone quoted in the corpus and how many direct quotations they have: a person or organisation by name, or
/// a description (`a spokesperson`) with the organisation it speaks for, if the text names one.
public struct Speaker: Hashable, Sendable {
    /// Whether the speaker is known by name or only described.
    public enum Kind: String, Sendable {
        case name, description
    }

    /// The canonical name, or a description's words.
    public var name: String
    public var quotes: Int
    public var kind: Kind
    /// For a description, the organisation it speaks for (canonical), when the text names it.
    public var organization: String?

    public init(name: String, quotes: Int, kind: Kind = .name, organization: String? = nil) {
        self.name = name
        self.quotes = quotes
        self.kind = kind
        self.organization = organization
    }

    /// Whether this speaker is the one credited with `q`: the same name or words, and the same organisation.
    public func said(_ q: Quote) -> Bool { q.speaker == name && q.speakerOrganization == organization }
}

/// One dated event: a sentence anchored to a date, with where it stands (its text: `Corpus.text(of:)`).
public struct TimelineEvent: Hashable, Sendable {
    public var article: Int
    public var path: String
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
