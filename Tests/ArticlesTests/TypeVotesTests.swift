@testable import Articles
import XCTest

/// A name's type is settled by its article's votes: evidence outweighs defaults, and on a tie a type some context
/// gave wins over organisation, the type of last resort.
final class TypeVotesTests: XCTestCase {
    func top(_ v: EntityCanonicalizer.TypeVotes) -> EntityType? {
        func rank(_ t: EntityType) -> Int { t == .organization ? 0 : 1 }
        return v.top(by: { $0.value != $1.value ? $0.value < $1.value
                           : rank($0.key) != rank($1.key) ? rank($0.key) < rank($1.key) : $0.key.rawValue > $1.key.rawValue })?.key
    }

    func testTheMostVotesWinAndTiesGoToAContextsType() {
        var v = EntityCanonicalizer.TypeVotes()
        XCTAssertNil(top(v), "a name nobody voted on has no type to take")
        v[.organization] += 2
        v[.person] += 1
        XCTAssertEqual(top(v), .organization)
        v[.person] += 1
        XCTAssertEqual(top(v), .person, "a tie with organisation goes to the other type")
        v[.place] += 2
        XCTAssertEqual(top(v), .person, "person and place tied: the first by name, as before")
        v[.place] += 1000
        XCTAssertEqual(top(v), .place)
        v[.ticker] += 5000
        XCTAssertEqual(v[.ticker], 0, "only people, organisations and places are voted on")
        XCTAssertEqual(top(v), .place)
    }

    func testAMentionTypedByEvidenceRetypesTheArticlesDefaults() {
        let c = CorpusBuilder().build([(path: "a.txt", bytes: Array(
            "Harbor vote\n\nDate: June 2, 2022\n\nWarrenby Lassiter spoke first. Lassiter said the board would meet. Mr. Lassiter left.\n".utf8))])
        let types = Set(c.articles[0].entities.filter { $0.canonical == "Warrenby Lassiter" }.map(\.type))
        XCTAssertEqual(types, [.person])
    }
}

/// A surname stands for the full name its article writes most, ties to the one that sorts first.
final class NameTallyTests: XCTestCase {
    func testTheMostWrittenNameAndTiesToTheFirstInOrder() {
        var t = EntityCanonicalizer.NameTally("Tom Lee")
        XCTAssertEqual(t.best, "Tom Lee")
        t.add("Ann Lee")
        XCTAssertEqual(t.best, "Ann Lee", "one each: the name that sorts first")
        t.add("Tom Lee")
        XCTAssertEqual(t.best, "Tom Lee")
        t.add("Bo Lee"); t.add("Bo Lee"); t.add("Bo Lee")
        XCTAssertEqual(t.best, "Bo Lee")
        // the same name in a precomposed and a decomposed spelling counts as one, as a `String` key does
        var u = EntityCanonicalizer.NameTally("Zo\u{EB} Lee")
        u.add("Ann Lee"); u.add("Ann Lee")
        u.add("Zoe\u{308} Lee"); u.add("Zo\u{EB} Lee")
        XCTAssertEqual(u.best, "Zo\u{EB} Lee")
    }
}
