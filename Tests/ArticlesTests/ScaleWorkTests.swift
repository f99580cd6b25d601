@testable import Articles
import XCTest

/// The work of annotating grows with the corpus, not faster: a corpus four times as large costs at most 4.4 times
/// the steps (`WorkCount`: tokens read by each article's steps, entries visited by the corpus steps). A step that
/// compared every pair of names or articles would cost sixteen times as much.
final class ScaleWorkTests: XCTestCase {
    func steps(_ n: Int) -> (steps: Int, corpus: Corpus) {
        var news = GeneratedNews(seed: 7)
        let files = news.articles(n)
        let work = WorkCount()
        let corpus = CorpusBuilder().annotate(CorpusBuilder.read(files), work: work)
        return (work.value, corpus)
    }

    func testFourTimesTheArticlesIsAtMostFourPointFourTimesTheWork() {
        let small = steps(2_000), large = steps(8_000)
        let ratio = Double(large.steps) / Double(small.steps)
        XCTAssertLessThan(ratio, 4.4, "8k articles: \(large.steps) steps, 2k: \(small.steps)")
        XCTAssertGreaterThan(ratio, 3.6, "the count follows the work: four times the text, about four times the steps")
        // what is counted is a real annotation of news with names spread as news spreads them
        let people = Set(large.corpus.articles.flatMap { $0.entities.filter { $0.type == .person }.map(\.canonical) })
        XCTAssertGreaterThan(people.count, 5_000, "tens of thousands of mentions, thousands of distinct people")
        XCTAssertGreaterThan(large.corpus.timeline.count, 100)
        XCTAssertTrue(large.corpus.articles.contains { $0.dateSource == .inferred }, "undated articles get a date from the corpus")
    }

    /// A name hundreds of dated articles share says nothing of which one an undated article goes with; a rarer
    /// name it shares with one of them does.
    func testAnUndatedArticleTakesTheDateOfTheOneItSharesARareNameWith() {
        var files: [(path: String, bytes: [UInt8])] = (0..<300).map { k in
            (path: "d\(k).txt", bytes: Array("Talks Resume\n\ndate 2021-03-\(String(format: "%02d", 1 + k % 28))\n\nOfficials in Geneva met again.\n".utf8))
        }
        files.append((path: "r.txt", bytes: Array("Talks End\n\ndate 2021-06-30\n\nMaren Tholby of Vostrex Holdings left Geneva.\n".utf8)))
        files.append((path: "u.txt", bytes: Array("Talks Over\n\nMaren Tholby said in Geneva that Vostrex Holdings would leave.\n".utf8)))
        let work = WorkCount()
        let c = CorpusBuilder().annotate(CorpusBuilder.read(files), work: work)
        XCTAssertEqual(c.articles.last?.date?.description, "2021-06-30")
        XCTAssertEqual(c.articles.last?.dateSource, .inferred)
        XCTAssertGreaterThan(work.value, 0)
    }
}

/// Deterministic generated news for tests of scale: people composed from syllables (thousands of distinct
/// names), organisations from name and organisation words, a few places most articles name, quotes in several
/// attribution patterns, dates in several forms, a tenth of the articles undated.
struct GeneratedNews {
    var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next(_ n: Int) -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % UInt64(n))
    }

    /// A number from 0 to n - 1, small ones far more often (as a few names are in most stories).
    mutating func skewed(_ n: Int) -> Int { min(next(n), next(n), next(n)) }

    static let onsets = ["B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W", "Z"]
    static let vowels = ["a", "e", "i", "o", "u", "ai", "ea"]
    static let codas = ["n", "r", "l", "s", "th", "nd", "rt", "ck", "m", "ll"]
    static let firstNames = ["Anna", "David", "Maria", "James", "Sofia", "Peter", "Elena", "Thomas", "Laura", "Omar",
                             "Grace", "Daniel", "Priya", "Lucas", "Nadia", "Samuel", "Chloe", "Victor", "Irene", "Hugo"]
    static let orgWords = ["Holdings", "Group", "Bank", "Partners", "Industries", "Council", "Institute", "Energy", "Airlines", "Foundation"]
    static let places = ["London", "Paris", "Berlin", "Chicago", "Toronto", "Sydney", "Madrid", "Boston", "Denver", "Dublin",
                         "Oslo", "Lisbon", "Vienna", "Prague", "Athens", "Warsaw", "Seattle", "Houston", "Atlanta", "Geneva"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let topics = ["the budget", "the new bridge", "the strike", "the merger", "the trade deal", "the rail line"]
    static let claims = ["we will not back down", "the numbers do not add up", "this is a turning point for the region",
                         "it is too early to say what comes next", "the talks were constructive but difficult"]

    mutating func syllables(_ k: Int) -> String {
        var w = ""
        for _ in 0..<k { w += GeneratedNews.onsets[next(16)] + GeneratedNews.vowels[next(7)] }
        return w + GeneratedNews.codas[next(10)]
    }

    mutating func surname() -> String { let s = syllables(1 + next(2)); return s.prefix(1) + s.dropFirst().lowercased() + "son" }
    mutating func person() -> String { GeneratedNews.firstNames[next(20)] + " " + surname() }
    mutating func organization() -> String { surname().replacingOccurrences(of: "son", with: "ex") + " " + GeneratedNews.orgWords[next(10)] }
    mutating func place() -> String { GeneratedNews.places[skewed(20)] }

    mutating func article(_ k: Int) -> (path: String, bytes: [UInt8]) {
        let speaker = person(), other = person(), org = organization(), topic = GeneratedNews.topics[next(6)]
        let month = GeneratedNews.months[next(12)], day = 1 + next(28), year = 2015 + next(8)
        var lines = ["\(org) Faces Questions Over \(topic.dropFirst(4).capitalized)", ""]
        if k % 10 != 3 { lines += ["date \(year)-\(String(format: "%02d", 1 + next(12)))-\(String(format: "%02d", 1 + next(28)))", ""] }
        lines += ["By \(person())", ""]
        lines.append("\(place().uppercased()) — \(speaker), who leads \(org), defended \(topic) on \(GeneratedNews.weekdays[next(5)]) "
            + "as officials in \(place()) met on \(month) \(day), \(year).")
        lines.append("")
        lines.append("“\(GeneratedNews.claims[next(5)].prefix(1).uppercased() + GeneratedNews.claims[next(5)].dropFirst()),” "
            + "\(speaker.split(separator: " ").last ?? "") said. “We said so in \(month).”")
        lines.append("")
        lines.append("\(other), a spokesperson for \(organization()), said the group would respond next week. "
            + "“\(GeneratedNews.claims[next(5)].prefix(1).uppercased() + GeneratedNews.claims[next(5)].dropFirst()),” said \(person()).")
        lines.append("")
        lines.append("The plan was first proposed in \(year - 1 - next(3)) and talks in \(place()) lasted three weeks.")
        return (path: "generated/\(k).txt", bytes: Array((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// `n` articles, the same ones for the same seed.
    mutating func articles(_ n: Int) -> [(path: String, bytes: [UInt8])] { (0..<n).map { article($0) } }
}
