import Articles
import Foundation

/// Builds a corpus from article files in the test bundle's Fixtures folder.
enum FixtureCorpus {
    static func build(_ names: [String]) -> Corpus {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        return CorpusBuilder().build(ArticleLoader().load(names.map { folder.appendingPathComponent($0).path }).files)
    }

    /// The time values of one article made of `body` under a title, dated `date`.
    static func timexValues(of body: String, dated date: String = "June 2, 2022") -> [String: String] {
        let c = CorpusBuilder().build([(path: "a.txt", bytes: Array("Dam report\n\nDate: \(date)\n\n\(body)\n".utf8))])
        return timexValues(c.articles[0])
    }

    /// An article's time values by the text that expressed them (the first one of each text).
    static func timexValues(_ a: Article) -> [String: String] {
        Dictionary(a.timexes.map { ($0.text, $0.value ?? "nil") }, uniquingKeysWith: { first, _ in first })
    }
}
