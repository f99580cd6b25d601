#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a path names: its device and inode, the same whatever path reaches it.
public struct FileIdentity: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
}

/// The few file-system calls the reader needs, straight to POSIX: Foundation's file APIs cost a good part
/// of a millisecond at start-up, which the first screen does not have to spare. Failures carry the system's
/// reason (`strerror`), so "permission denied" and "too many levels of symbolic links" are not called missing.
public enum FileSystem {
    /// What a path names.
    public enum Kind: Sendable { case file(size: Int), folder, other, missing }

    /// What a path names, or why it cannot be told.
    public enum Status: Sendable, Equatable {
        /// A regular file: its size, and which file it is (a path given twice, or a file named again by its
        /// folder or a link, is the same file).
        case file(size: Int, identity: FileIdentity)
        case folder
        /// Something that is not an article: a device, a socket, a pipe (reading one could wait for ever).
        case other(what: String)
        /// `stat` failed: the system's reason.
        case failed(reason: String)
    }

    public static func kind(_ path: String) -> Kind {
        switch status(SystemPath(path)) {
        case .file(let size, _): return .file(size: size)
        case .folder: return .folder
        case .other: return .other
        case .failed: return .missing
        }
    }

    /// What `path` names, following symbolic links.
    public static func status(_ path: SystemPath) -> Status {
        var st = stat()
        guard path.withCString({ stat($0, &st) }) == 0 else { return .failed(reason: reason(errno)) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file(size: Int(st.st_size), identity: FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)))
        case S_IFDIR: return .folder
        case S_IFIFO: return .other(what: "a pipe")
        case S_IFSOCK: return .other(what: "a socket")
        case S_IFCHR, S_IFBLK: return .other(what: "a device")
        default: return .other(what: "not a regular file")
        }
    }

    /// The system's words for an `errno` value.
    public static func reason(_ code: Int32) -> String {
        guard let s = strerror(code) else { return "error \(code)" }
        return String(cString: s)
    }

    /// The names in a folder (without `.` and `..`), unsorted; nil when it cannot be listed.
    public static func names(in folder: String) -> [String]? {
        guard case .success(let names) = entries(in: SystemPath(folder)) else { return nil }
        return names.map(\.description)
    }

    /// The names in a folder as their bytes (without `.` and `..`), unsorted, or the system's reason it cannot
    /// be listed.
    public static func entries(in folder: SystemPath) -> Result<[SystemPath], Failure> {
        guard let dir = folder.withCString({ opendir($0) }) else { return .failure(Failure(reason: reason(errno))) }
        defer { closedir(dir) }
        var out: [SystemPath] = []
        errno = 0
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { out.append(SystemPath(bytes: name)) }
            errno = 0
        }
        if errno != 0 { return .failure(Failure(reason: reason(errno))) }
        return .success(out)
    }

    /// Why a call failed, in the system's words.
    public struct Failure: Error, Sendable, Equatable {
        public let reason: String
    }

    /// The whole contents of a file; nil when it cannot be opened or read.
    public static func bytes(_ path: String) -> [UInt8]? {
        try? contents(of: SystemPath(path)).get()
    }

    /// The contents of a regular file, at most `limit` bytes of it (one more tells the caller it was longer), or
    /// the system's reason it cannot be opened or read. What was opened is checked again, so a path swapped for a
    /// device after it was looked at is refused rather than read for ever.
    public static func contents(of path: SystemPath, limit: Int = .max) -> Result<[UInt8], Failure> {
        let fd = path.withCString { open($0, O_RDONLY | O_NONBLOCK) }
        guard fd >= 0 else { return .failure(Failure(reason: reason(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(Failure(reason: reason(errno))) }
        guard st.st_mode & S_IFMT == S_IFREG else { return .failure(Failure(reason: "not a regular file")) }
        let cap = min(limit, Int.max - 1)
        // read straight into an array sized for the file and one byte more: a zeroed buffer of 64 KiB for each
        // file was most of the cost of loading ten thousand small ones
        let first = min(max(Int(st.st_size), 0), cap) + 1
        var failure: Int32 = 0
        var out = [UInt8](unsafeUninitializedCapacity: first) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while initialized < buffer.count {
                let n = read(fd, base + initialized, buffer.count - initialized)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                if n == 0 { return }
                initialized += n
            }
        }
        if failure != 0 { return .failure(Failure(reason: reason(failure))) }
        // a file that grew while it was read: the rest in chunks, as far as the limit and one byte more
        if out.count >= first, let failure = readRest(of: fd, into: &out, cap: cap) { return .failure(failure) }
        return .success(out)
    }

    /// Reads `fd` to its end, or past `cap` bytes in all, in chunks onto `out`; the failure, if any.
    private static func readRest(of fd: Int32, into out: inout [UInt8], cap: Int) -> Failure? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while out.count <= cap {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return Failure(reason: reason(errno))
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return nil
    }

    /// Everything on descriptor `fd` (standard input: a pipe, a file, a terminal) up to `limit` bytes and one
    /// byte more, so that a caller can tell a stream over the limit; the system's reason when it cannot be read.
    public static func contents(ofDescriptor fd: Int32, limit: Int = .max) -> Result<[UInt8], Failure> {
        var out: [UInt8] = []
        if let failure = readRest(of: fd, into: &out, cap: min(limit, Int.max - 1)) { return .failure(failure) }
        return .success(out)
    }

    /// `folder/name`, with one slash between them.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
