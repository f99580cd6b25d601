import Articles
import XCTest

/// Names no word list knows are typed from evidence in the text — the words around a mention, its other mentions,
/// the place words inside it — not by how many capitalised words it has; and amounts, time zones, abbreviations
/// and events are not taken for names.
final class EntityEvidenceTests: XCTestCase {
    /// The entities of one article made of `body` under a title.
    func entities(_ body: String) -> [Entity] {
        CorpusBuilder().build([(path: "a.txt", bytes: Array("A story\n\nDate: May 4, 2025\n\n\(body)\n".utf8))]).articles[0].entities
    }

    func type(_ text: String, in es: [Entity]) -> EntityType? { es.first { $0.text == text }?.type }

    func testWordsAroundANameSayItIsAnOrganisation() {
        let es = entities("Passengers of the airline Aer Caladh waited for hours. Oslo-based Halvorsen Brenner made the engines. "
            + "Quintero Vassel chief executive Dana Moore resigned.")
        XCTAssertEqual(type("Aer Caladh", in: es), .organization, "`the airline X`: a company, not a person")
        XCTAssertEqual(type("Halvorsen Brenner", in: es), .organization, "`-based X`: a company")
        XCTAssertEqual(type("Quintero Vassel", in: es), .organization, "`X chief executive`: a company's officer")
        XCTAssertEqual(type("Dana Moore", in: es), .person)
    }

    func testOneMentionWithEvidenceRetypesTheOthers() {
        let es = entities("Halvorsen Brenner won the contract on Monday. Critics said Halvorsen Brenner had bid too low. "
            + "The Oslo-based Halvorsen Brenner employs 900 people. Halvorsen Brenner declined to comment.")
        let types = Set(es.filter { $0.text == "Halvorsen Brenner" }.map(\.type))
        XCTAssertEqual(types, [.organization], "three mentions that look like a person's name are outvoted by one that says company")
    }

    func testAPlaceAtTheEndOfAnUnknownNameIsNotAPerson() {
        let es = entities("Flights of Marlow Kenya were cancelled. Officials at Tarsel Norway said the planes were safe.")
        XCTAssertNotEqual(type("Marlow Kenya", in: es), .person, "a surname is seldom a country")
        XCTAssertNotEqual(type("Tarsel Norway", in: es), .person)
    }

    func testAnAbbreviationInBracketsIsTheNamesShortFormNotATicker() {
        let es = entities("The Eastern Grid Authority (EGA) cut power to 40,000 homes. Shares of Globex Corp (GLBX) fell 4% in trading.")
        XCTAssertNotEqual(type("EGA", in: es), .ticker, "the authority's initials, not a stock")
        XCTAssertEqual(type("Eastern Grid Authority", in: es), .organization)
        XCTAssertEqual(type("GLBX", in: es), .ticker, "beside `shares` and `trading` the letters are a ticker")
    }

    func testAmountsInForeignDollarsAndTimeZonesAreNotNames() {
        let es = entities("The fund is worth US$180 billion, and a further A$12 million was pledged. The vote closed at 09:41 UTC "
            + "and results came at 3 p.m. EDT.")
        XCTAssertNil(es.first { $0.type == .place && ($0.text == "US" || $0.text == "A") }, "the letters before `$` belong to the amount")
        XCTAssertEqual(es.first { $0.text.hasPrefix("US$") }?.type, .money)
        XCTAssertNil(es.first { $0.text == "UTC" || $0.text == "EDT" }, "a time zone is never an entity")
    }

    func testAFlightNumberIsCutFromTheAirlinesName() {
        let es = entities("Investigators said Kestrel Air Flight 417 lost contact over the sea.")
        XCTAssertEqual(type("Kestrel Air", in: es), .organization, "the airline, without `Flight`")
    }

    func testAPlacesHeadAndAnItineraryMakeAPlace() {
        let es = entities("The jet flew from Kumasi to London. It landed at Tamale airport after midnight.")
        XCTAssertEqual(type("Kumasi", in: es), .place, "`from X to London`: X is a place too")
        XCTAssertEqual(type("Tamale", in: es), .place, "`X airport`")
    }

    func testCapitalsAfterAPossessiveOrASpacedDashAreNotSentenceOpenings() {
        let es = entities("Staff at Siemens' Training Centre were told on Friday. Two bidders remain - Harbour Freight Lines and Quintero Vassel.")
        XCTAssertNotNil(es.first { $0.text == "Training Centre" || $0.text == "Siemens' Training Centre" }, "`'` after a plural is a possessive, not a quotation mark")
        XCTAssertEqual(type("Harbour Freight Lines", in: es), .organization, "a name after a spaced dash keeps its first word")
    }

    func testEventsAndProgrammesAreNotOrganisations() {
        let es = entities("Orders were announced at the Kessington Air Show. The Skyline program was cancelled in 2019.")
        XCTAssertNotEqual(type("Kessington Air Show", in: es), .organization)
        XCTAssertNotEqual(type("Kessington Air Show", in: es), .place)
        XCTAssertNotEqual(type("Skyline", in: es), .organization, "`the X program` names a programme")
    }

    func testTheEuropeanUnionIsAPlaceAsNewsCorporaAnnotateIt() {
        let es = entities("The EU fined the company. European Union ministers met in Brussels.")
        XCTAssertEqual(type("EU", in: es), .place)
        XCTAssertEqual(type("European Union", in: es), .place)
    }

    // Cues that are thin must not retype a name everywhere (found in review, each a sentence of ordinary news)

    func testATickerInBracketsAfterAOneWordCompanyStaysATicker() {
        let es = entities("Tarvex (TRVX) said on Monday that deliveries rose.")
        XCTAssertEqual(type("TRVX", in: es), .ticker, "letters found inside one word spell no name")
    }

    func testAPersonListedBesideAPlaceIsStillAPerson() {
        let es = entities("The guests included Tom Hanks and Paris Hilton. Maria Lopez and Berlin officials met later.")
        XCTAssertEqual(type("Tom Hanks", in: es), .person)
        XCTAssertEqual(type("Maria Lopez", in: es), .person)
    }

    func testThinCuesRetypeNoKnownName() {
        let es = entities("France will host the summit in Lyon. France coach Didier Deschamps named his squad. Tokyo 35 Osaka 30 were "
            + "the day's highs. Tokyo expects rain. A Google street view car drove past. Google said it would fix the map. "
            + "Vodafone posted results. Vodafone said sales rose. Staff moved from Vodafone to Orange. The UN mission ended, the UN said.")
        XCTAssertEqual(es.filter { $0.text == "France" }.first?.type, .place, "`France coach` retypes no other France")
        XCTAssertEqual(es.filter { $0.text == "Tokyo" }.last?.type, .place, "a table of places is no results table")
        XCTAssertEqual(Set(es.filter { $0.text == "Google" }.map(\.type)), [.organization], "`Google street view` is no place")
        XCTAssertEqual(Set(es.filter { $0.text == "Vodafone" }.map(\.type)), [.organization], "`from X to Orange` retypes no other X")
        XCTAssertEqual(Set(es.filter { $0.text == "UN" }.map(\.type)).contains(.misc), false, "`the UN mission` is the UN's")
    }
}
