import Articles
import XCTest

/// What sits under a headline in most news sites' text: a byline and a date line stacked without a blank line,
/// and names the word lists alone get wrong (a first name heading a county, a nationality opening a company).
final class TopOfArticleTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["outage.txt"])
    var outage: Article { Self.corpus.articles[0] }

    func entity(_ text: String) -> Entity? { outage.entities.first { $0.text == text } }

    func read(_ text: String) -> Article { ArticleReader().read(path: "inline.txt", bytes: Array(text.utf8)) }

    /// An article given as text, read and annotated alone.
    func annotated(_ text: String) -> Article { CorpusBuilder().build([(path: "inline.txt", bytes: Array(text.utf8))]).articles[0] }

    func testStackedBylineAndDateLineAreMetadataAndDateTheArticle() {
        XCTAssertEqual(outage.byline, "Daniel Okoro and Leah Brandt")
        XCTAssertEqual(outage.date?.description, "2024-01-17")
        XCTAssertEqual(outage.dateSource, .metadata)
        XCTAssertEqual(outage.title, "Ice storm leaves 90,000 without power in western Pennsylvania")
        XCTAssertEqual(outage.timexes.first { $0.text.contains("January 17") }?.value, "2024-01-17", "the date line is a time expression")
        XCTAssertFalse(Self.corpus.timeline.contains { $0.events.contains { Self.corpus.text(of: $0).contains("January 17") } },
                       "the date line is metadata, not an event")
        // relative days now resolve against the article's date
        XCTAssertEqual(outage.timexes.first { $0.text == "Tuesday" }?.value, "2024-01-16")
        XCTAssertEqual(outage.quotes.first { $0.text.hasPrefix("Our line crews") }?.speaker, "Sandra Whitfield")
    }

    func testDateLinesInTheirCommonForms() {
        for line in ["March 14, 2023", "Published 10:32 a.m. ET March 14, 2023", "Last modified on Tue 14 Mar 2023 10.32 GMT",
                     "2023-03-14", "14 March 2023 · 2 hours ago"] {
            let a = read("A headline about a storm\n\n\(line)\n\nThe storm hit on Monday.\n")
            XCTAssertEqual(a.date?.description, "2023-03-14", line)
            XCTAssertEqual(a.dateSource, .metadata, line)
        }
    }

    func testSentencesAndTitlesThatOnlyLookLikeMetadataStayText() {
        let friday = read("Talks collapse\n\nBy Friday, the talks had collapsed.\n\nNegotiators left the city.\n")
        XCTAssertNil(friday.byline, "a sentence that begins with By")
        XCTAssertTrue(friday.paragraphs.contains { $0.role == .body && friday.text($0.span).hasPrefix("By Friday") })
        let dated = read("Storm of March 14, 2023 remembered\n\nResidents gathered on Monday.\n")
        XCTAssertNil(dated.date, "a headline with a date in it is not a date line")
        XCTAssertEqual(dated.title, "Storm of March 14, 2023 remembered")
        let month = read("Prices climb\n\nBy March\n\nPrices rose again.\n")
        XCTAssertNil(month.byline, "a month is not a byline")
    }

    func testNamesJoinedByAnAmpersandAreAFirm() {
        let text = "Retailer cuts forecast\n\nDate: Jan. 9, 2025\n\nEarlier this month, rival Hollis & Grant reported a 3% rise, and Marta Quinn said sales fell.\n"
        let a = annotated(text)
        XCTAssertEqual(a.entities.first { $0.text == "Hollis & Grant" }?.type, .organization)
        XCTAssertEqual(a.entities.first { $0.text == "Marta Quinn" }?.type, .person)
    }

    func testCompoundsThatOpenASentenceAndInstitutionsOfAPlace() {
        let text = "Port strike goes on\n\nLONG BEACH -- Dockworkers stayed off the job on Monday. Automakers said deliveries slipped, "
            + "according to the Marine Exchange of Southern California. Rosa Delgado said talks would resume.\n"
        let a = annotated(text)
        XCTAssertNil(a.entities.first { $0.text == "Dockworkers" }, "after a double-hyphen dateline, a compound of common words")
        XCTAssertNil(a.entities.first { $0.text == "Automakers" })
        XCTAssertEqual(a.entities.first { $0.text == "Marine Exchange of Southern California" }?.type, .organization)
        XCTAssertEqual(a.entities.first { $0.text == "Rosa Delgado" }?.type, .person)
        XCTAssertEqual(a.entities.first { $0.text == "LONG BEACH" }?.type, .place)
    }

    func testAHeadlineInCapitalsNamesNoOneAndIsExpectedToSpeaksOfTheFuture() {
        let text = "EU AGREES NEW RULES ON AI SAFETY\n\nPublished: 2024-03-13T18:05:00Z\n\n"
            + "The European Parliament approved the law on Wednesday. The Council is expected to endorse the text in April.\n"
        let a = annotated(text)
        XCTAssertFalse(a.entities.contains { $0.text.contains("AGREES") }, "the headline is not an organisation")
        XCTAssertEqual(a.entities.first { $0.text == "European Parliament" }?.type, .organization)
        XCTAssertEqual(a.date?.description, "2024-03-13")
        XCTAssertEqual(a.timexes.first { $0.text == "April" }?.value, "2024-04", "is expected to: the April to come")
        XCTAssertEqual(a.timexes.first { $0.text == "Wednesday" }?.value, "2024-03-13")
    }

    func testANameAfterInIsAPlaceUnlessItOwnsSomething() {
        let text = "Fire season\n\nA burnt-out car stood in Les Pennes-Mirabeau on Tuesday. Mark Tully played a role in Joe Biden’s campaign.\n"
        let a = annotated(text)
        XCTAssertEqual(a.entities.first { $0.text == "Les Pennes-Mirabeau" }?.type, .place, "Les is also a first name")
        XCTAssertEqual(a.entities.first { $0.text == "Joe Biden" }?.type, .person, "an owner after `in` is still a person")
        XCTAssertEqual(a.entities.first { $0.text == "Mark Tully" }?.type, .person)
    }

    func testPlaceHeadsNationalitiesAndTickersAfterAnExchange() {
        XCTAssertEqual(entity("Crawford County")?.type, .place)
        XCTAssertEqual(entity("Warren County")?.type, .place, "Warren is also a first name")
        XCTAssertEqual(entity("Allegheny River")?.type, .place)
        XCTAssertEqual(entity("Canadian Pacific Kansas City")?.type, .organization, "a nationality opening a company's name")
        XCTAssertNil(entity("Pacific Kansas City"))
        XCTAssertEqual(entity("GLEC")?.type, .ticker, "(NYSE: X) after a common noun")
        XCTAssertEqual(entity("Great Lakes Electric Cooperative")?.type, .organization)
        XCTAssertEqual(entity("Sandra Whitfield")?.type, .person)
        XCTAssertEqual(entity("Martin Hale")?.type, .person)
    }

    func testDatelineTownAndStateAbbreviationAndANewspaperInTheByline() {
        XCTAssertEqual(entity("ERIE")?.type, .place, "a town before its state, in a dateline")
        XCTAssertEqual(entity("ERIE")?.canonical, "Erie")
        XCTAssertEqual(entity("Pa.")?.canonical, "Pennsylvania", "the abbreviation with its period")
        XCTAssertEqual(outage.sentences.first { outage.text($0.span).hasPrefix("ERIE") }.map { outage.text($0.span).hasSuffix("said.") }, true,
                       "a dateline's abbreviation does not end the sentence")
        XCTAssertEqual(entity("The Valley Courier")?.type, .organization, "a name that takes The is not a person's")
        XCTAssertNil(outage.entities.first { $0.type == .person && $0.text.contains("Courier") })
    }
}

/// A British-style political story: scene-setting clauses, `has warned of “…”`, `accused … of “…”`, a passive
/// `was accused of “…”`, an acronym beside a company's legal suffix, and a credit line with a place.
final class ScareQuoteTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["budget.txt"])
    var budget: Article { Self.corpus.articles[0] }

    func quote(_ prefix: String) -> Quote? { budget.quotes.first { $0.text.hasPrefix(prefix) } }

    func testPhrasesQuotedAsJudgementsBelongToTheSubjectButNotInThePassive() {
        XCTAssertEqual(quote("hard choices")?.speaker, "Helen Carver", "`X, the minister, has warned of “…”`")
        XCTAssertEqual(quote("inventing a crisis")?.speaker, "Gareth Lyle", "`X accused … of “…”`")
        XCTAssertNotEqual(quote("scaremongering")?.speaker, "Gareth Lyle", "`X was accused of “…”`: X did not say it")
        XCTAssertEqual(quote("The numbers are poor")?.speaker, "Ruth Abara")
    }

    func testAClauseThatSetsTheSceneIsNotWhatWasSaid() {
        XCTAssertNil(quote("Speaking to Radio Northfield"))
        XCTAssertEqual(quote("We found the accounts")?.speaker, "Helen Carver")
        XCTAssertEqual(quote("families would pay")?.speaker, "Gareth Lyle", "reported speech after `told`")
    }

    func testTheLinesUnderTheHeadlineAreNotBody() {
        let body = budget.paragraphs.filter { $0.role == .body }.map { budget.text($0.span) }
        XCTAssertFalse(body.contains("Published 2 hours ago"), "a date line that says only how long ago")
        XCTAssertFalse(body.contains("Economics correspondent"), "the byline's role line")
        XCTAssertTrue(budget.paragraphs.contains { $0.role == .byline && budget.text($0.span) == "Economics correspondent" })
        XCTAssertEqual(body.first.map { $0.hasPrefix("The finance minister") }, true)
    }

    func testAcronymsCreditLinesAndCommonAbbreviations() {
        XCTAssertNil(budget.entities.first { $0.text == "AI" }, "AI names no one, and Marlow Apple Inc does not spell it")
        XCTAssertEqual(budget.entities.first { $0.text == "HFI" }?.canonical, "Halden Fiscal Institute")
        XCTAssertEqual(budget.entities.first { $0.text == "HFI" }?.type, .organization, "an institute's initials, not a ticker")
        XCTAssertEqual(budget.byline, "Owen Marsh")
        XCTAssertEqual(budget.entities.first { $0.text == "Northfield" && $0.span.start > budget.bytes.count - 60 }?.type, .place,
                       "where the reporter wrote from")
        XCTAssertEqual(budget.entities.first { $0.text == "Sunil Mehta" }?.type, .person)
    }
}

/// A sports story in single quotation marks: a first name alone in a quotation, and `the club said`.
final class FirstNameAndNominalTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["sacking.txt"])
    var story: Article { Self.corpus.articles[0] }

    func testAFirstNameAloneIsThePersonNamedInFullAndTheClubIsTheOneTheStoryIsAbout() {
        let luis = story.entities.first { $0.text == "Luis" }
        XCTAssertEqual(luis?.type, .person)
        XCTAssertEqual(luis?.canonical, "Luis Ferreira")
        XCTAssertEqual(story.quotes.first { $0.text == "in the coming weeks" }?.speaker, "Northgate City", "the club said")
        XCTAssertEqual(story.quotes.first { $0.text.hasPrefix("We thank Luis") }?.speaker, "Keith Morrow")
        XCTAssertEqual(story.quotes.first { $0.text.hasPrefix("It’s the right decision") }?.speaker, "Ian Platt")
        XCTAssertEqual(story.date?.description, "2024-10-12", "a date line with a weekday")
    }
}

/// A health story: a speaker introduced with a colon in the paragraph above, `the network's statement said`,
/// an organisation that opens a sentence with a common word, and a town named `X City`.
final class IntroducedAboveTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["clinics.txt"])
    var story: Article { Self.corpus.articles[0] }

    func testColonAboveAndAnOrganisationsStatement() {
        XCTAssertEqual(story.quotes.first { $0.text.hasPrefix("People here") }?.speaker, "Frank Odell", "`X said:` ends the paragraph above")
        XCTAssertEqual(story.quotes.first { $0.text.hasPrefix("We are listening") }?.speaker, "Valley Health System",
                       "the network's statement, not the last person quoted")
        XCTAssertEqual(story.quotes.first { $0.text.hasPrefix("This was not") }?.speaker, "Priya Natarajan")
    }

    func testOrganisationOpeningASentenceAndATownNamedCity() {
        XCTAssertEqual(story.entities.first { $0.text == "Valley Health System" }?.type, .organization)
        XCTAssertNil(story.entities.first { $0.text == "Health System" })
        XCTAssertEqual(story.entities.first { $0.text == "Carson City" }?.type, .place, "in Carson City; Carson is also a first name")
    }
}

/// A feature about two towns no word list knows: places known by their offices and by `the mayors of …`.
final class TownsByTheirOfficesTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["water.txt"])
    var story: Article { Self.corpus.articles[0] }

    func testTownsAreKnownByTheirMayorsAndKeepOneTypeThroughout() {
        let riverton = story.entities.filter { $0.text == "Riverton" }
        XCTAssertGreaterThanOrEqual(riverton.count, 3)
        XCTAssertTrue(riverton.allSatisfy { $0.type == .place }, "Riverton Mayor …, the mayors of Riverton: and so everywhere")
        XCTAssertTrue(story.entities.filter { $0.text == "Eastfield" }.allSatisfy { $0.type == .place })
        XCTAssertEqual(story.entities.first { $0.text == "Meridian River" }?.type, .place)
        XCTAssertEqual(story.quotes.first { $0.text.hasPrefix("Growth is coming") }?.speaker, "Tom Reyes")
        XCTAssertEqual(story.quotes.first { $0.text.hasPrefix("Nobody wins") }?.speaker, "Dolores Whitman")
    }
}

/// A labour story: `told CNN in an interview that …`, two people of one surname, an unnamed spokesperson.
final class ToldInAnInterviewTests: XCTestCase {
    static let corpus = FixtureCorpus.build(["pilots.txt"])
    var story: Article { Self.corpus.articles[0] }

    func testWhatWasToldStartsAfterThatAndSurnamesFindTheirPerson() {
        let told = story.quotes.first { $0.kind == .reported && $0.speaker == "Mia Lund" && $0.text.contains("22%") }
        XCTAssertEqual(told?.text, "the agreement raises pay by 22% over four years", "not `in an interview that …`")
        XCTAssertEqual(story.quotes.first { $0.text.hasPrefix("We value") }?.speaker, "Daniel Hart")
        XCTAssertEqual(story.quotes.first { $0.text.hasPrefix("unsustainable") }?.speaker, "Ellen Hart")
        let relieved = story.quotes.first { $0.text.hasPrefix("relieved") }
        XCTAssertEqual(relieved?.speaker, "a spokesperson for the Transport Department", "a description, as the text gives it")
        XCTAssertEqual(relieved?.speakerKind, .description)
        XCTAssertEqual(relieved?.speakerOrganization, "Transport Department", "linked to what it speaks for")
        XCTAssertEqual(story.quotes.first { $0.text.hasPrefix("I’d be surprised") || $0.text.hasPrefix("I'd be surprised") }?.speaker, "Mia Lund")
    }
}
