import Foundation

/// The word lists the annotators consult: first names, places, common words, titles, organisation words.
///
/// Built at development time from public data (see docs/data.md) and shipped as resources; loaded once.
public struct Lexicon: Sendable {
    /// Lower-cased first names and their usual gender (`m`, `f` or `u`).
    public let firstNames: FirstNameTable
    /// Place names as written (`Thessaloniki`, `New York`).
    public let places: SortedLines
    /// Other names of places → canonical name (`U.S.` → `United States`).
    public let placeAliases: [String: String]
    /// Nationality adjectives → country (`Chinese` → `China`).
    public let demonyms: [String: String]
    /// Lower-case English words.
    public let commonWords: SortedLines
    /// Lower-cased titles and roles (`president`, `ceo`, `secretary`).
    public let titles: Set<String>
    /// Lower-cased heads of job descriptions (`editor`, `enthusiast`).
    public let roleWords: Set<String>
    /// Lower-cased organisation suffixes and heads (`inc`, `university`, `news`).
    public let orgWords: Set<String>
    /// Lower-cased heads of laws and events (`act`, `treaty`).
    public let miscHeads: Set<String>

    /// The lexicon shipped with the package.
    public static let bundled: Lexicon = Lexicon(folder: FileSystem.resourceFolder(bundle: "tiktok-reader_Articles.resources", "Resources")
        ?? Bundle.module.url(forResource: "Resources", withExtension: nil)?.path)

    /// Loads the lists from a folder; a missing file gives an empty list rather than a crash.
    public init(folder: String?) {
        func bytes(_ name: String) -> [UInt8] { folder.flatMap { FileSystem.bytes(FileSystem.join($0, name)) } ?? [] }
        func lines(_ name: String) -> [Substring] {
            let text = String(decoding: bytes(name), as: UTF8.self)
            return text.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("#") }
        }
        func pairs(_ name: String) -> [String: String] {
            var out: [String: String] = [:]
            for line in lines(name) {
                let parts = line.split(separator: "\t", maxSplits: 1)
                if parts.count == 2 { out[String(parts[0])] = String(parts[1]) }
            }
            return out
        }
        firstNames = FirstNameTable(lines: SortedLines(bytes: bytes("first-names.txt")))
        places = SortedLines(bytes: bytes("places.txt"))
        placeAliases = pairs("place-aliases.txt")
        demonyms = pairs("demonyms.txt")
        commonWords = SortedLines(bytes: bytes("common-words.txt"))
        titles = Set(lines("titles.txt").map(String.init))
        roleWords = Set(lines("role-words.txt").map(String.init))
        orgWords = Set(lines("org-words.txt").map(String.init))
        miscHeads = Set(lines("misc-heads.txt").map(String.init))
    }

    /// The gender a first name usually has, if it is a known first name.
    public func gender(ofFirstName name: String) -> Character? { firstNames[name.lowercased()] }
}
