import Articles
import Foundation

/// Builds a corpus from article files in the test bundle's Fixtures folder.
enum FixtureCorpus {
    static func build(_ names: [String]) -> Corpus {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        return CorpusBuilder().build(ArticleLoader().load(names.map { folder.appendingPathComponent($0).path }).files)
    }
}
