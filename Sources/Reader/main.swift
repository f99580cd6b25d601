import Articles
import Foundation
import SeedArticles

let code = CommandLine.run(Array(CommandLine.arguments.dropFirst()))
exit(code)
