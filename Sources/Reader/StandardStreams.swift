#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles

/// Writing to standard output and standard error, through the C library (the program links no Foundation).
enum StandardStreams {
    /// Writes `text` to standard error with every control, bidi and invisible character shown as its stand-in
    /// (`TerminalText`): messages carry file names and text from outside, and standard error is most often the
    /// terminal, where `ESC ]52;…` in a file name would write the clipboard. Line breaks and tabs stay.
    static func error(_ text: String) { write(TerminalText.sanitized(text, keepingLineBreaks: true), to: 2) }

    /// Writes one line to standard error: `text` with everything `TerminalText` names shown as its stand-in,
    /// newlines and tabs too (a file name with a newline cannot forge a line of its own), then a newline.
    static func errorLine(_ text: String) { write(TerminalText.sanitized(text) + "\n", to: 2) }

    /// Writes `text` to standard output as it is; the system's reason when it could not all be written.
    @discardableResult
    static func output(_ text: String) -> String? { write(text, to: 1) }

    /// Writes bytes to standard output as they are; the system's reason when they could not all be written.
    @discardableResult
    static func output(_ bytes: [UInt8]) -> String? { bytes.withUnsafeBufferPointer { write($0, to: 1) } }

    /// Writes `text` to descriptor `fd` as it is; the system's reason when it could not all be written.
    @discardableResult
    static func write(_ text: String, to fd: Int32) -> String? {
        var s = text
        return s.withUTF8 { write($0, to: fd) }
    }

    /// Writes all of `buf`, again after an interruption or a short write; the system's reason when it could not.
    static func write(_ buf: UnsafeBufferPointer<UInt8>, to fd: Int32) -> String? {
        var done = 0
        while done < buf.count {
            guard let base = buf.baseAddress else { return "nothing to write from" }
            let n = systemWrite(fd, base + done, buf.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return FileSystem.reason(errno)
            }
            if n == 0 { return "the output took nothing" }
            done += n
        }
        return nil
    }
}

/// The C library's write(2), named apart from `StandardStreams.write`.
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, p, n)
    #else
    Darwin.write(fd, p, n)
    #endif
}
