#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles

/// Where a command's output goes: standard output, or the file `--output` names — written beside it under a
/// name of its own and renamed over it once complete, so that a failed export never leaves half a file where
/// the last good one was.
struct OutputTarget {
    private let fd: Int32
    private let path: (final: String, partial: String)?
    /// The first failure, after which nothing more is written.
    private(set) var failure: String?

    private init(fd: Int32, path: (final: String, partial: String)?) {
        self.fd = fd
        self.path = path
    }

    /// Standard output for nil; else the file at `path`, or why it cannot be written.
    static func open(_ path: String?) -> Result<OutputTarget, OutputProblem> {
        guard let path else { return .success(OutputTarget(fd: 1, path: nil)) }
        let partial = path + ".partial-\(getpid())"
        let fd = partial.withCString { systemOpen($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        guard fd >= 0 else { return .failure(OutputProblem(description: "\(path): cannot be written: \(FileSystem.reason(errno))")) }
        return .success(OutputTarget(fd: fd, path: (path, partial)))
    }

    /// Writes `text`; false once anything could not be written (the reason is kept for `close`).
    mutating func write(_ text: String) -> Bool {
        guard failure == nil else { return false }
        failure = StandardStreams.write(text, to: fd)
        return failure == nil
    }

    /// Writes bytes; false once anything could not be written.
    mutating func write(_ bytes: [UInt8]) -> Bool {
        guard failure == nil else { return false }
        failure = bytes.withUnsafeBufferPointer { StandardStreams.write($0, to: fd) }
        return failure == nil
    }

    /// Finishes the output: a file is closed and put in place (or removed, when it could not all be written).
    /// The reason when the output is not whole.
    func close() -> String? {
        guard let path else { return failure }
        var problem = failure
        if problem == nil && fsync(fd) != 0 && errno != EINVAL { problem = FileSystem.reason(errno) }
        if systemClose(fd) != 0 && problem == nil { problem = FileSystem.reason(errno) }
        if problem == nil && rename(path.partial, path.final) != 0 { problem = "\(path.final): \(FileSystem.reason(errno))" }
        if problem != nil { unlink(path.partial) }
        return problem
    }
}

/// Why an output file cannot be opened.
struct OutputProblem: Error, CustomStringConvertible {
    var description: String
}

private func systemOpen(_ p: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t) -> Int32 { open(p, flags, mode) }
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
