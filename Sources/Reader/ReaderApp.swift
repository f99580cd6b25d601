import Articles
import Foundation

enum ReaderApp {
    static func run(corpus: Corpus, problems: [String]) -> Int32 {
        guard isatty(1) != 0 else {
            FileHandle.standardError.write(Data("tiktok-reader: not a terminal; try 'tiktok-reader export'\n".utf8))
            return 2
        }
        return 0
    }
}
