import Articles
import Foundation
import SeedArticles

extension CommandLine {
    static let usage = """
        usage: tiktok-reader [PATH...]                      read articles in the terminal
               tiktok-reader export --format json [PATH...] print the annotations as JSON
        With no PATH, the bundled seed articles are opened.
        """

    /// Runs the command line and returns the exit status.
    static func run(_ args: [String]) -> Int32 {
        var rest = args
        if rest.first == "--help" || rest.first == "-h" { print(usage); return 0 }
        let exporting = rest.first == "export"
        if exporting {
            rest.removeFirst()
            if let f = rest.firstIndex(of: "--format") {
                guard f + 1 < rest.count, rest[f + 1] == "json" else {
                    FileHandle.standardError.write(Data("tiktok-reader: export knows only --format json\n".utf8)); return 2
                }
                rest.removeSubrange(f...(f + 1))
            }
        }
        var paths = rest
        if paths.isEmpty {
            guard let seeds = SeedArticles.folder else {
                FileHandle.standardError.write(Data("tiktok-reader: the bundled seed articles are missing; give a path\n".utf8))
                return 1
            }
            paths = [seeds.path]
        }
        let loaded = ArticleLoader().load(paths)
        for p in loaded.problems { FileHandle.standardError.write(Data("tiktok-reader: \(p)\n".utf8)) }
        guard !loaded.files.isEmpty else {
            FileHandle.standardError.write(Data("tiktok-reader: no articles to read\n".utf8)); return 1
        }
        let corpus = CorpusBuilder().build(loaded.files)
        if exporting {
            FileHandle.standardOutput.write(Data(CorpusExporter.json(corpus).utf8))
            return 0
        }
        return ReaderApp.run(corpus: corpus, problems: loaded.problems)
    }
}
