#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Articles
import SeedArticles

let code = CommandLine.run(Array(CommandLine.arguments.dropFirst()))
exit(code)
