/// Reads article files from paths (files or folders), refusing what is not an article with a clear reason.
public struct ArticleLoader: Sendable {
    /// Files larger than this are refused rather than read into memory.
    public var maxBytes = 32 * 1024 * 1024

    public init() {}

    /// The files read, in path order, and a message for each path that could not be used.
    public func load(_ paths: [String]) -> (files: [(path: String, bytes: [UInt8])], problems: [String]) {
        var files: [(path: String, bytes: [UInt8])] = []
        var problems: [String] = []
        var candidates: [(path: String, size: Int)] = []
        for p in paths {
            switch FileSystem.kind(p) {
            case .missing: problems.append("\(p): no such file or folder")
            case .other: problems.append("\(p): not a regular file")
            case .file(let size): candidates.append((p, size))
            case .folder:
                guard let names = FileSystem.names(in: p) else { problems.append("\(p): folder cannot be read"); continue }
                var inside: [(String, Int)] = []
                for name in names.sorted() where !name.hasPrefix(".") {
                    let path = FileSystem.join(p, name)
                    if case .file(let size) = FileSystem.kind(path) { inside.append((path, size)) }
                }
                if inside.isEmpty { problems.append("\(p): folder holds no files") }
                candidates += inside
            }
        }
        for (path, size) in candidates {
            if size > maxBytes {
                problems.append("\(path): \(size / 1_048_576) MiB is larger than the \(maxBytes / 1_048_576) MiB an article may be; skipped")
                continue
            }
            guard let bytes = FileSystem.bytes(path) else { problems.append("\(path): cannot be read"); continue }
            if ArticleLoader.looksBinary(bytes) { problems.append("\(path): looks like a binary file, not text; skipped"); continue }
            files.append((path, bytes))
        }
        return (files, problems)
    }

    /// NUL bytes, or many control characters, in the first 8 KiB.
    public static func looksBinary(_ b: [UInt8]) -> Bool {
        let head = b.prefix(8192)
        if head.contains(0) { return true }
        let controls = head.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x1B && $0 != 0x0C }.count
        return head.count > 0 && controls * 10 > head.count
    }
}
