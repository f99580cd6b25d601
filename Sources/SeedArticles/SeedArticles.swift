import Articles
import Foundation

/// The seed articles bundled with the reader, opened when no path is given.
public enum SeedArticles {
    /// The folder holding the bundled seed articles, if the resource bundle is installed.
    public static var folder: URL? {
        Bundle.module.url(forResource: "seeds", withExtension: nil)
    }

    /// The same folder as a path, found beside the executable without Foundation's bundle lookup when it can be
    /// (that lookup costs more than reading the articles).
    public static var path: String? {
        FileSystem.resourceFolder(bundle: "tiktok-reader_SeedArticles.resources", "seeds") ?? folder?.path
    }
}
