/// The seed articles bundled with the reader, opened when no path is given. They are compiled in from
/// `seeds/` (tools/embed-seeds.py), so the program finds them wherever it is installed.
public enum SeedArticles {
    /// The seed files as (path, bytes), in name order; paths read `seeds/<name>`.
    public static var files: [(path: String, bytes: [UInt8])] {
        SeedFiles.all.map { (path: "seeds/" + $0.name, bytes: Array($0.text.utf8)) }
    }
}
