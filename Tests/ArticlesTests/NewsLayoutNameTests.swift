@testable import Articles
import Foundation
import XCTest

/// Names in the layouts news comes in, not only in running prose: a sports round-up's results table, scorers
/// line and line-ups; a wire story's ALL-CAPS headline and dateline, its time zones, amounts, bracketed initials
/// and exchange tickers; companies no word list knows, typed from the words around them; and people and smaller
/// cities from abroad, among the function words that open sentences. Each fixture is an article of its own.
final class NewsLayoutNameTests: XCTestCase {
    static let sports = FixtureCorpus.build(["sports-results.txt"]).articles[0]
    static let wire = FixtureCorpus.build(["wire-caps.txt"]).articles[0]
    static let business = FixtureCorpus.build(["business-unknown.txt"]).articles[0]
    static let foreign = FixtureCorpus.build(["foreign-names.txt"]).articles[0]
    static var all: [Article] { [sports, wire, business, foreign] }

    /// The first mention written exactly `text`.
    func entity(_ a: Article, _ text: String) -> Entity? { a.entities.first { $0.text == text } }

    /// The types of every mention written exactly `text` (empty when none is found).
    func types(_ a: Article, _ text: String) -> Set<EntityType> { Set(a.entities.filter { $0.text == text }.map(\.type)) }

    /// The byte span of the first occurrence of `line` in the article's file.
    func span(_ a: Article, of line: String) -> ByteSpan? {
        let needle = Array(line.utf8)
        guard !needle.isEmpty, a.bytes.count >= needle.count else { return nil }
        for i in 0...(a.bytes.count - needle.count) where a.bytes[i..<(i + needle.count)].elementsEqual(needle) {
            return ByteSpan(i, i + needle.count)
        }
        return nil
    }

    /// The mentions lying inside the first occurrence of `line`.
    func entities(_ a: Article, inLine line: String) -> [Entity] {
        guard let s = span(a, of: line) else {
            XCTFail("the fixture has no line `\(line)`")
            return []
        }
        return a.entities.filter { $0.span.start >= s.start && $0.span.end <= s.end }
    }

    func describe(_ es: [Entity]) -> String { es.map { "\($0.text) (\($0.type))" }.joined(separator: ", ") }

    // MARK: Sports round-up

    func testEveryTeamInTheResultsTableIsAClub() {
        let table = ["Brightwell Rovers 3 Kessington 1", "Porto 2 Aldermoor Athletic 0",
                     "Castleford Vale 1 Dunmere United 1", "Halvey Town 0 Redbank Wanderers 4"]
        let teams = [["Brightwell Rovers", "Kessington"], ["Porto", "Aldermoor Athletic"],
                     ["Castleford Vale", "Dunmere United"], ["Halvey Town", "Redbank Wanderers"]]
        for (row, pair) in zip(table, teams) {
            let found = entities(Self.sports, inLine: row)
            XCTAssertEqual(found.map(\.text), pair,
                           "results row `\(row)`: the reader should highlight its two teams, each on its own, and nothing else; got [\(describe(found))]")
            XCTAssertEqual(Set(found.map(\.type)), [.organization],
                           "results row `\(row)`: a team in a results table is a club, not a person or a place; got [\(describe(found))]")
        }
    }

    func testClubsNamedAfterCitiesAreClubsInASportsStory() {
        XCTAssertEqual(types(Self.sports, "Porto"), [.organization],
                       "`Porto beat Aldermoor Athletic`, `Rovers play Porto away`: the club is listed as a place")
        XCTAssertEqual(types(Self.sports, "Kessington"), [.organization],
                       "`the Kessington striker`, `Kessington made it hard for us`: the club is listed as a person or a place")
        XCTAssertEqual(types(Self.sports, "Aldermoor Athletic"), [.organization], "every mention of Aldermoor Athletic is the club")
        XCTAssertEqual(Set(Self.sports.entities.filter { $0.text == "Kessington" }.map(\.canonical)), ["Kessington"],
                       "the club is listed under its own name, not under words glued to it elsewhere")
        XCTAssertEqual(entity(Self.sports, "Rovers")?.canonical, "Brightwell Rovers",
                       "`Rovers pulled away`: a club's short name is the club named in full, as `Brightwell` and `Aldermoor` are")
        XCTAssertEqual(entity(Self.sports, "Manchester")?.type, .place,
                       "`supporters had flown in from Manchester`: a city travelled from is a place, even in a sports story")
    }

    func testScorersLineAndLineUpsNamePlayersAndTheirClubs() {
        let scorers = entities(Self.sports, inLine: "Scorers: Brightwell Rovers - Threlfall 12, 71; Venturelli 55. Kessington - Ekwueme 38 (pen).")
        XCTAssertEqual(scorers.first { $0.text == "Threlfall" }?.canonical, "Callum Threlfall",
                       "the scorers line's `Threlfall` should be the player named in the report; got [\(describe(scorers))]")
        XCTAssertEqual(scorers.first { $0.text == "Ekwueme" }?.type, .person,
                       "a scorer's surname before the minute is a person; got [\(describe(scorers))]")
        XCTAssertEqual(scorers.first { $0.text == "Kessington" }?.type, .organization,
                       "the side a scorer played for is a club; got [\(describe(scorers))]")

        let lineUps: [(club: String, players: [String])] = [
            ("Brightwell Rovers", ["Mattias Lindqvar", "Reuben Okonkwo-Hale", "Jonas Pekkarinen", "Sami Draoui", "Ewan Castellane",
                                   "Kofi Asamoah-Bright", "Dario Venturelli", "Lucas Ferrandiz", "Niall Cushendun", "Callum Threlfall", "Tobiah Renwick"]),
            ("Kessington", ["Pavel Hrubecky", "Marcus Ollerenshaw", "Idris Fallowfield", "Yannick Beraud", "Cole Tennant",
                            "Anders Vikstrom", "Femi Adebanjo-Lowe", "Joel Marchetti", "Sean Tully", "Obi Ekwueme", "Rafe Colquhoun"]),
        ]
        for (club, players) in lineUps {
            let line = "\(club): \(players[0]); \(players[1...4].joined(separator: ", ")); \(players[5...7].joined(separator: ", ")); \(players[8...10].joined(separator: ", "))."
            let found = entities(Self.sports, inLine: line)
            XCTAssertEqual(found.map(\.text), [club] + players,
                           "the \(club) line-up: the club, then eleven names split at commas and semicolons; got [\(describe(found))]")
            XCTAssertEqual(found.dropFirst().filter { $0.type != .person }.map(\.text), [],
                           "the \(club) line-up: every player is a person; got [\(describe(found))]")
            XCTAssertEqual(found.first.map { "\($0.text) \($0.type)" }, "\(club) organization",
                           "the team named before a line-up's colon is the club; got [\(describe(found))]")
        }
    }

    func testCoachAndPlayersNamedInTheReport() {
        XCTAssertEqual(entity(Self.sports, "Dalsgaard")?.canonical, "Henrik Dalsgaard", "the coach's surname alone is the coach")
        XCTAssertEqual(Self.sports.quotes.first { $0.kind == .direct && $0.text.hasPrefix("We were patient") }?.speaker, "Henrik Dalsgaard",
                       "the coach's quote is credited to someone else")
        XCTAssertEqual(entity(Self.sports, "Ruth Abernethy-Cole")?.type, .person, "`Kessington manager Ruth Abernethy-Cole said`")
        XCTAssertEqual(entity(Self.sports, "Tiago Monfalim")?.type, .person, "`the winger Tiago Monfalim`")
    }

    // MARK: Wire story

    func testAllCapsHeadlineAndDatelineNameWhatTheBodyNames() {
        let headline = entities(Self.wire, inLine: "NORTHWIND AVIATION CHIEF QUITS AS KESSINGTON PROBE WIDENS")
        XCTAssertEqual(headline.map(\.text), ["NORTHWIND AVIATION", "KESSINGTON"],
                       "an ALL-CAPS headline: only the names in it are names, not CHIEF, QUITS, PROBE or WIDENS; got [\(describe(headline))]")
        XCTAssertEqual(headline.first { $0.text == "NORTHWIND AVIATION" }?.type, entity(Self.wire, "Northwind Aviation")?.type,
                       "the headline's NORTHWIND AVIATION is the company the body names; got [\(describe(headline))]")
        XCTAssertEqual(headline.first { $0.text == "NORTHWIND AVIATION" }?.canonical, "Northwind Aviation",
                       "the headline's company is listed twice, once in capitals; got [\(describe(headline))]")
        XCTAssertEqual(types(Self.wire, "Kessington"), [.place],
                       "`the carrier's Kessington hub`, `hubs in Kessington, Nairobi and Accra`: in this story Kessington is a city")
        XCTAssertEqual(headline.first { $0.text == "KESSINGTON" }?.type, .place,
                       "the headline's KESSINGTON is the hub the body names (`hubs in Kessington, Nairobi and Accra`); got [\(describe(headline))]")

        XCTAssertEqual(entity(Self.wire, "NAIROBI")?.type, .place, "the dateline's city")
        XCTAssertEqual(entity(Self.wire, "NAIROBI")?.canonical, entity(Self.wire, "Nairobi")?.canonical,
                       "NAIROBI in the dateline and Nairobi in the body are one city, listed twice")
        XCTAssertEqual(entity(Self.wire, "Kenya")?.type, .place, "the dateline's country")
        XCTAssertEqual(Self.wire.byline, "Marguerite Oyelaran-Fisk", "the byline under an ALL-CAPS headline")
    }

    func testBracketedInitialsAreTheOrganisationAndAnExchangeTickerIsATicker() {
        let ega = Self.wire.entities.filter { $0.text == "EGA" }
        XCTAssertEqual(ega.count, 3, "`Eastern Grid Authority (EGA)`, `The EGA`, `An EGA spokesman`: three mentions; got \(ega.count)")
        XCTAssertEqual(Set(ega.map(\.type)), [.organization], "EGA is the authority's short form, not a stock ticker; got \(ega.map(\.type))")
        XCTAssertEqual(Set(ega.map(\.canonical)), ["Eastern Grid Authority"], "EGA should be listed under the authority's full name")
        XCTAssertEqual(entity(Self.wire, "NWA")?.type, .ticker, "`(NYSE: NWA)` is a stock ticker")
        XCTAssertEqual(entity(Self.wire, "NWA")?.canonical, "Northwind Aviation", "a ticker is listed under its company")
    }

    func testWireTimesAmountsCompaniesAndPeople() {
        for a in Self.all {
            let zones = a.entities.filter { e in e.text.split(separator: " ").contains { $0 == "UTC" || $0 == "EDT" } }
            XCTAssertTrue(zones.isEmpty, "\((a.path as NSString).lastPathComponent): `09:41 UTC` and `3 p.m. EDT` are times; the reader lists [\(describe(zones))] as names")
        }
        XCTAssertEqual(entity(Self.wire, "US$180 billion")?.type, .money, "`US$180 billion` is one amount, its `US` included")
        for name in ["Kestrel Fuel Services", "Marrow Bay Energy", "Fjellstad Kapital"] {
            XCTAssertEqual(types(Self.wire, name), [.organization], "`\(name)` is a company (`records from Kestrel Fuel Services and Marrow Bay Energy`, `the pension fund Fjellstad Kapital`)")
        }
        for name in ["Dariusz Kowalczyk-Brandt", "Wanjiru Kamau-Ellison", "Otieno Mbarak"] {
            XCTAssertEqual(entity(Self.wire, name)?.type, .person, "`\(name)`: a person, named with a job or a verb of saying")
        }
        XCTAssertEqual(entity(Self.wire, "Kamau-Ellison")?.canonical, "Wanjiru Kamau-Ellison", "a hyphenated surname alone is the person named before")
        XCTAssertNotEqual(entity(Self.wire, "East African")?.type, .organization,
                          "`six East African governments`: a region's adjective, not an organisation")
        XCTAssertEqual(types(Self.wire, "Northwind"), [.organization], "`Shares of Northwind`")
        XCTAssertEqual(entity(Self.wire, "Northwind")?.canonical, "Northwind Aviation", "a company's short name takes its full name")
    }

    // MARK: Companies no list knows

    func testUnknownCompaniesAreTypedFromTheWordsAroundThem() {
        let b = Self.business
        XCTAssertEqual(types(b, "Northwind"), [.organization], "`Northwind's chief executive`: a company with an executive")
        XCTAssertEqual(entity(b, "Northwind")?.canonical, "Northwind Aviation", "the short name takes the company's full name")
        XCTAssertEqual(types(b, "Tidewater"), [.organization], "`Shares of Tidewater`, `Tidewater's chairman`: a company")
        XCTAssertEqual(entity(b, "Tidewater")?.canonical, "Tidewater Logistics", "the short name takes the company's full name")
        XCTAssertEqual(types(b, "Halvorsen Brenner"), [.organization],
                       "`Oslo-based Halvorsen Brenner, which leases freighters`: the reader lists a company among people")
        XCTAssertEqual(types(b, "Aer Caladh"), [.organization], "`the airline Aer Caladh`: the reader lists an airline among people")
        XCTAssertEqual(entity(b, "Oslo")?.type, .place, "the `Oslo` of `Oslo-based` is a city, cut from the company it describes")
        XCTAssertEqual(types(b, "Birchfield Securities"), [.organization], "`an analyst at Birchfield Securities`")
    }

    func testPeopleWithForeignNamesInABusinessStory() {
        let b = Self.business
        for name in ["Radovan Szekeres-Lind", "Fenella Audsley-Kray", "Ciarán Ó Flathartaigh", "Thandiwe Mokoena-Price"] {
            XCTAssertEqual(entity(b, name)?.type, .person, "`\(name)`: named with a title or `said`, so a person; got \(String(describing: entity(b, name)?.type))")
        }
        XCTAssertEqual(entity(b, "Szekeres-Lind")?.canonical, "Radovan Szekeres-Lind", "the chief executive's surname alone")
        XCTAssertEqual(entity(b, "Mokoena-Price")?.canonical, "Thandiwe Mokoena-Price", "the analyst's surname alone")
        XCTAssertEqual(b.quotes.first { $0.kind == .direct && $0.text.hasPrefix("Cargo rates") }?.speaker, "Thandiwe Mokoena-Price",
                       "`\"…,\" said X, an analyst at Y`: the quote's speaker")
        for place in ["Shannon", "Lagos", "London", "Rotterdam", "Johannesburg"] {
            XCTAssertEqual(entity(b, place)?.type, .place, "`\(place)` (`from Shannon to Lagos`, `rose in London`, `founded in Rotterdam`) is a city")
        }
        XCTAssertEqual(entity(b, "€412 million")?.type, .money)
    }

    // MARK: Foreign names and places

    func testForeignPeopleAndTheirSurnamesAlone() {
        let f = Self.foreign
        let people = ["Nguyen Thi Lan", "Kwabena Asante-Mireku", "Oluwaseun Adeyemi", "Siddharth Venkataraman",
                      "José María Ibarra", "Ingrid Søgaard"]
        for name in people {
            XCTAssertEqual(entity(f, name)?.type, .person, "`\(name)` should be one person, whole; got \(String(describing: entity(f, name)?.type))")
        }
        let alone = ["Lan": "Nguyen Thi Lan", "Asante-Mireku": "Kwabena Asante-Mireku", "Adeyemi": "Oluwaseun Adeyemi",
                     "Venkataraman": "Siddharth Venkataraman", "Ibarra": "José María Ibarra", "Søgaard": "Ingrid Søgaard"]
        for (short, full) in alone.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(entity(f, short)?.canonical, full, "`\(short)` alone later in the story is \(full)")
        }
        XCTAssertEqual(entity(f, "Vietnamese")?.type, .nationality, "`the Vietnamese team`")
    }

    func testSmallerCitiesAndCountriesAbroad() {
        let f = Self.foreign
        for place in ["Trondheim", "Kumasi", "Da Nang", "Ibadan", "Coimbatore", "Bilbao", "Nigeria", "Ghana", "Spain", "Norway"] {
            XCTAssertEqual(types(f, place), [.place], "`\(place)` is a place; the reader shows \(types(f, place).map(\.rawValue).sorted())")
        }
        XCTAssertNil(entity(f, "Nang"), "`Da Nang` is one city: `Da` is not a particle to drop")
        for region in ["Southeast Asia", "Scandinavia"] {
            XCTAssertEqual(types(f, region), [.place], "`a team from \(region)`: a region is a place; the reader shows \(types(f, region).map(\.rawValue).sorted())")
        }
        XCTAssertEqual(types(Self.business, "West Africa"), [.place], "`between northern Europe and West Africa`: a region is a place")
    }

    func testFunctionWordsOpeningSentencesAreNeverNames() {
        let openers: Set<String> = ["A", "An", "The", "In", "It", "He", "She", "Two", "About", "Neither", "Its", "Shares", "Analysts"]
        for a in Self.all {
            let bad = a.entities.filter { openers.contains(String($0.text.split(separator: " ").first ?? "")) && $0.type != .money && $0.type != .percent }
            XCTAssertTrue(bad.isEmpty, "\((a.path as NSString).lastPathComponent): a sentence's first word is shown as part of a name: [\(describe(bad))]")
        }
        for (a, label) in [(Self.foreign, "Group A"), (Self.sports, "Group C")] {
            let bad = entities(a, inLine: label).filter { [.person, .place, .organization, .ticker].contains($0.type) }
            XCTAssertTrue(bad.isEmpty, "`\(label)` is a pool of teams, not a person, place, organisation or ticker; got [\(describe(bad))]")
        }
    }
}
