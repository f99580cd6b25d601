/// Reads article files from paths (files or folders): every path is either read or named in `problems` with the
/// reason, in the system's words where the system said no.
public struct ArticleLoader: Sendable {
    /// Files larger than this are refused rather than read into memory.
    public var maxBytes = 32 * 1024 * 1024

    public init() {}

    /// `load` for paths given as strings (tests, tools).
    public func load(_ paths: [String]) -> (files: [(path: String, bytes: [UInt8])], problems: [String]) {
        load(paths.map(SystemPath.init))
    }

    /// The files read, in path order (a folder's files in byte order of their names, hidden ones left out), and a
    /// message for each path that could not be used.
    public func load(_ paths: [SystemPath]) -> (files: [(path: String, bytes: [UInt8])], problems: [String]) {
        var files: [(path: String, bytes: [UInt8])] = []
        var problems: [String] = []
        var candidates: [(path: SystemPath, size: Int)] = []
        // a file is read once however often it is named (`seeds seeds/a.txt`, a path twice, a link to it)
        var taken = Set<FileIdentity>()
        var fromStandardInput: [UInt8]?
        for p in paths {
            if p == .standardInput {
                // read at once, where it is named, and once however often it is
                guard fromStandardInput == nil else { continue }
                switch FileSystem.contents(ofDescriptor: 0, limit: maxBytes) {
                case .failure(let f): problems.append("\(SystemPath.standardInputName): cannot be read: \(f.reason)")
                case .success(let bytes):
                    fromStandardInput = bytes
                    if bytes.count > maxBytes {
                        problems.append("\(SystemPath.standardInputName): more than the \(maxBytes / 1_048_576) MiB an article may be; skipped")
                    } else if bytes.isEmpty {
                        problems.append("\(SystemPath.standardInputName): empty; nothing to read")
                    } else if ArticleLoader.looksBinary(bytes) {
                        problems.append("\(SystemPath.standardInputName): looks like a binary file, not text; skipped")
                    } else {
                        candidates.append((p, -1))
                    }
                }
                continue
            }
            switch FileSystem.status(p) {
            case .failed(let reason): problems.append("\(p): \(reason)")
            case .other(let what): problems.append("\(p): \(what), not an article file; skipped")
            case .file(let size, let id): if taken.insert(id).inserted { candidates.append((p, size)) }
            case .folder:
                let names: [SystemPath]
                switch FileSystem.entries(in: p) {
                case .failure(let f): problems.append("\(p): folder cannot be listed: \(f.reason)"); continue
                case .success(let n): names = n
                }
                var inside: [(SystemPath, Int)] = []
                for name in names.sorted() where !name.isHidden {
                    let path = p.appending(name)
                    switch FileSystem.status(path) {
                    case .file(let size, let id): if taken.insert(id).inserted { inside.append((path, size)) }
                    case .folder: problems.append("\(path): a folder inside a folder; not read (give it as a path of its own)")
                    case .other(let what): problems.append("\(path): \(what), not an article file; skipped")
                    case .failed(let reason): problems.append("\(path): \(reason)")
                    }
                }
                if inside.isEmpty && !names.contains(where: { !$0.isHidden }) { problems.append("\(p): folder holds no files") }
                candidates += inside
            }
        }
        // each file read on its own (a folder of many on every core), then taken in order with its problem
        let limit = maxBytes
        let found = candidates
        let standardInput = fromStandardInput
        let read: @Sendable (Int) -> Loaded = { k in
            let (path, size) = found[k]
            if size < 0, let bytes = standardInput { return .file(SystemPath.standardInputName, bytes) }
            if size > limit {
                return .problem("\(path): \(size / 1_048_576) MiB is larger than the \(limit / 1_048_576) MiB an article may be; skipped")
            }
            switch FileSystem.contents(of: path, limit: limit) {
            case .failure(let f): return .problem("\(path): cannot be read: \(f.reason)")
            case .success(let bytes):
                if bytes.count > limit {
                    return .problem("\(path): grew past the \(limit / 1_048_576) MiB an article may be while it was read; skipped")
                }
                if ArticleLoader.looksBinary(bytes) { return .problem("\(path): looks like a binary file, not text; skipped") }
                return .file(path.description, bytes)
            }
        }
        let loaded = found.count >= Parallel.manyPieces ? Parallel.map(found.count, read) : (0..<found.count).map(read)
        for l in loaded {
            switch l {
            case .file(let path, let bytes): files.append((path, bytes))
            case .problem(let p): problems.append(p)
            }
        }
        return (files, problems)
    }

    /// One candidate file, read or turned away.
    private enum Loaded: Sendable {
        case file(String, [UInt8])
        case problem(String)
    }

    /// NUL bytes, or many control characters, in the first 8 KiB.
    public static func looksBinary(_ b: [UInt8]) -> Bool {
        // one pass over the first 8 KiB in place (a filtered copy of them, counted, was a tenth of reading a file)
        b.withUnsafeBufferPointer { all in
            let head = UnsafeBufferPointer(rebasing: all.prefix(8192))
            var controls = 0
            for c in head where c < 0x20 {
                if c == 0 { return true }
                if c != 0x0A && c != 0x0D && c != 0x09 && c != 0x1B && c != 0x0C { controls += 1 }
            }
            return head.count > 0 && controls * 10 > head.count
        }
    }
}
