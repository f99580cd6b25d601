#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles
import SeedArticles

// Arguments are kept as their bytes: a path need not be UTF-8, and `CommandLine.arguments` would have replaced
// what is not with U+FFFD, naming a file that does not exist. Without arguments, as the reader is most often
// started, no array of them is built (its type's first use costs the runtime tens of microseconds).
let args: [[UInt8]] = (1..<max(1, Int(CommandLine.argc))).compactMap { i in
    CommandLine.unsafeArgv[i].map { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: strlen($0))) }
}
let code = CommandLine.run(args)
exit(code)
