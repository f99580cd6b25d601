/// A path as the system has it: bytes, which need not be UTF-8 (a file name is any bytes but `/` and NUL), so a
/// file whose name is not UTF-8 can still be opened; it is shown with U+FFFD for the bytes that are not.
public struct SystemPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path's bytes, without a terminating NUL.
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public init(_ string: String) { bytes = Array(string.utf8) }

    /// `-`: standard input, as command lines name it (a file called `-` is `./-`).
    public static let standardInput = SystemPath("-")

    /// The name standard input's article goes by in the reader and the export.
    public static let standardInputName = "(standard input)"

    /// The path for messages and the export: invalid UTF-8 shown as U+FFFD.
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// True when the bytes are valid UTF-8, so `description` is the path itself.
    public var isUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// The last component starts with a dot.
    public var isHidden: Bool {
        let name = bytes.split(separator: UInt8(ascii: "/")).last ?? []
        return name.first == UInt8(ascii: ".")
    }

    /// `self/name`, with one slash between them.
    public func appending(_ name: SystemPath) -> SystemPath {
        SystemPath(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name.bytes : bytes + [UInt8(ascii: "/")] + name.bytes)
    }

    /// Calls `body` with the path as a C string.
    public func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
        return body(terminated)   // the array passes as a pointer to its elements, for the call
    }

    /// Paths order by their bytes, as `ls` does in the C locale.
    public static func < (a: SystemPath, b: SystemPath) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}
