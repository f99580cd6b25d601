#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles
import SeedArticles

// without arguments, as the reader is most often started, `CommandLine.arguments` is not built: it is an array of
// a type not used before, which costs the runtime tens of microseconds before the first screen
let args = CommandLine.argc > 1 ? Array(CommandLine.arguments.dropFirst()) : []
let code = CommandLine.run(args)
exit(code)
