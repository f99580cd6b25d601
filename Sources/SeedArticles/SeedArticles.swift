import Foundation

/// The seed articles bundled with the reader, opened when no path is given.
public enum SeedArticles {
    /// The folder holding the bundled seed articles, if the resource bundle is installed.
    public static var folder: URL? {
        Bundle.module.url(forResource: "seeds", withExtension: nil)
    }
}
