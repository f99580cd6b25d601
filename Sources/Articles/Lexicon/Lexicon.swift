/// The word lists the annotators consult: first names, places, common words, titles, organisation words.
///
/// Built at development time from public data (see docs/data.md) and compiled in (`WordLists`); loaded once.
/// A class: every annotator, sieve and discourse holds it, and a copy of a struct of a dozen tables retained each
/// of them, on counts both cores share.
public final class Lexicon: Sendable {
    /// Lower-cased first names and their usual gender (`m`, `f` or `u`).
    public let firstNames: FirstNameTable
    /// Place names as written (`Thessaloniki`, `New York`).
    public let places: SortedLines
    /// Other names of places → canonical name (`U.S.` → `United States`).
    public let placeAliases: WordMap<String>
    /// Nationality adjectives → country (`Chinese` → `China`).
    public let demonyms: WordMap<String>
    /// Lower-case English words.
    public let commonWords: SortedLines
    /// Lower-cased titles and roles (`president`, `ceo`, `secretary`).
    public let titles: WordSet
    /// Lower-cased heads of job descriptions (`editor`, `enthusiast`).
    public let roleWords: WordSet
    /// Lower-cased organisation suffixes and heads (`inc`, `university`, `news`).
    public let orgWords: WordSet
    /// Lower-cased heads of laws and events (`act`, `treaty`).
    public let miscHeads: WordSet
    /// Lower-cased heads of place names (`county`, `river`).
    public let placeHeads: WordSet
    /// Lower-case English function words and number words (`in`, `it`, `he`, `two`), never a name alone.
    public let functionWords: WordSet
    /// Lower-case forms of verbs of communication (`said`, `quipped`, `concludes`, `shrugged`), to tell who speaks.
    public let reportingVerbs: SortedLines

    /// The lexicon compiled into the package.
    public static let bundled = Lexicon()

    /// The compiled-in lists; the large sorted ones are searched in place, the small ones become sets.
    init() {
        // split on bytes: splitting a String by Characters segments graphemes, which cost a millisecond here
        func lines(_ text: String) -> [String] {
            text.utf8.split(separator: 0x0A).filter { $0.first != UInt8(ascii: "#") }.map { String(decoding: $0, as: UTF8.self) }
        }
        func pairs(_ text: String) -> WordMap<String> {
            // (a later line for the same name wins, as it did when these were dictionaries)
            var out: [(String, String)] = []
            var at: [String: Int] = [:]
            for line in lines(text) {
                let parts = line.utf8.split(separator: 0x09, maxSplits: 1)
                guard parts.count == 2 else { continue }
                let key = String(decoding: parts[0], as: UTF8.self), value = String(decoding: parts[1], as: UTF8.self)
                if let k = at[key] { out[k].1 = value } else { at[key] = out.count; out.append((key, value)) }
            }
            return WordMap(out)
        }
        firstNames = FirstNameTable(lines: SortedLines(bytes: Array(WordLists.firstNames.utf8)))
        places = SortedLines(bytes: Array(WordLists.places.utf8))
        placeAliases = pairs(WordLists.placeAliases)
        demonyms = pairs(WordLists.demonyms)
        commonWords = SortedLines(bytes: Array(WordLists.commonWords.utf8))
        titles = WordSet(lines(WordLists.titles))
        roleWords = WordSet(lines(WordLists.roleWords))
        orgWords = WordSet(lines(WordLists.orgWords))
        miscHeads = WordSet(lines(WordLists.miscHeads))
        placeHeads = WordSet(lines(WordLists.placeHeads))
        functionWords = WordSet(lines(WordLists.functionWords))
        reportingVerbs = SortedLines(bytes: Array(WordLists.reportingVerbs.utf8))
    }

    /// Whether a name as written is a known place: in the gazetteer or among the other names of places.
    public func isPlaceName(_ name: String) -> Bool { places.contains(name) || placeAliases[name] != nil }

    /// The gender a first name usually has, if it is a known first name.
    public func gender(ofFirstName name: String) -> Character? { firstNames[name.lowercased()] }
}
