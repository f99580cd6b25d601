import Articles
import XCTest

/// Who said it, on sentences written for these tests: pronouns read against who is speaking, a speaker that goes
/// on, descriptions, appositives, single names, titles, documents.
final class SpeakerSieveTests: XCTestCase {
    func quotes(_ body: String) -> [Quote] {
        let corpus = CorpusBuilder().build([(path: "story.txt", bytes: Array("A test headline\n\n\(body)\n".utf8))])
        return corpus.articles[0].quotes.filter { $0.kind == .direct }
    }

    func speaker(_ body: String, _ prefix: String) -> Quote? { quotes(body).first { $0.text.hasPrefix(prefix) } }

    func testAPronounIsTheOneSpeakingNotTheNearestName() {
        let q = speaker("Ana Ruiz said she acted after the death of her neighbour Jordan Pike in March.\n\n“Nobody should have to wait that long,” she said.", "Nobody")
        XCTAssertEqual(q?.speaker, "Ana Ruiz")
        XCTAssertEqual(q?.speakerKind, .pronoun)
        let r = speaker("Tom Reyes told the Daily Courier that the plan was late.\n\n“We were promised a bridge,” he said.", "We were")
        XCTAssertEqual(r?.speaker, "Tom Reyes")
    }

    func testAPronounOfTheOtherGenderIsNotTheCurrentSpeaker() {
        let q = speaker("“The vote is close,” said Paul Wright. Helen Marsh, his deputy, disagreed.\n\n“We have the numbers,” she said.", "We have")
        XCTAssertEqual(q?.speaker, "Helen Marsh")
    }

    func testAParagraphOfNothingButQuotationContinuesTheSpeaker() {
        let q = speaker("Mara Quinn said the shelter has been full since October.\n\n“We turn people away every night.”", "We turn")
        XCTAssertEqual(q?.speaker, "Mara Quinn")
        XCTAssertEqual(q?.speakerKind, .continuation)
        let r = speaker("“The numbers are up,” Dev Patel said.\n\nThen, after a pause: “But so are the costs.”", "But so")
        XCTAssertEqual(r?.speaker, "Dev Patel", "a lead-in that names no one")
    }

    func testDescriptionsAreSpeakersLinkedToWhatTheySpeakFor() {
        let q = speaker("“The line will reopen on Friday,” a spokesperson for Harbor Transit Authority said.", "The line")
        XCTAssertEqual(q?.speaker, "a spokesperson for Harbor Transit Authority", "the words, with whom they speak for")
        XCTAssertEqual(q?.speakerKind, .description)
        XCTAssertEqual(q?.speakerOrganization, "Harbor Transit Authority")
        XCTAssertEqual(speaker("“Stay away from the area,” police said on Sunday.", "Stay")?.speaker, "police")
        XCTAssertEqual(speaker("“It was our busiest year,” says the owner.", "It was")?.speaker, "the owner")
    }

    func testATitleIsThePersonTheArticleGaveIt() {
        let q = speaker("Mayor Dana Kovac opened the meeting on Tuesday.\n\n“We will fix the roads,” the mayor said.", "We will")
        XCTAssertEqual(q?.speaker, "Dana Kovac")
    }

    func testAnAppositiveBetweenTheNameAndTheVerb() {
        let q = speaker("“Prices will keep rising,” Ivan Petrov, a senior energy analyst at a bank in Vienna, said.", "Prices")
        XCTAssertEqual(q?.speaker, "Ivan Petrov")
    }

    func testOneNameThatSpeaksIsAPerson() {
        XCTAssertEqual(speaker("“I am not worried,” Marta shrugged and said.", "I am")?.speaker, "Marta")
        let q = speaker("Claire Moreau has run the bakery for 30 years.\n\n“Bread is patience,” Moreau concludes.", "Bread")
        XCTAssertEqual(q?.speaker, "Claire Moreau")
    }

    func testQuotedAsSayingAndADocumentStandForTheirAuthor() {
        let q = speaker("Omar Haddad, the chief executive, announced the deal.\n\n“We are ready,” he was quoted as saying in the release.", "We are")
        XCTAssertEqual(q?.speaker, "Omar Haddad")
        let r = speaker("Senator Ruth Okafor did not attend the hearing.\n\n“I support the bill,” her statement read.", "I support")
        XCTAssertEqual(r?.speaker, "Ruth Okafor")
    }

    func testASpeakerNamedAfterTheVerbBeforeTheRestOfTheQuotation() {
        let qs = quotes("“We lost,” said Amy Lewis, “but we will be back next year.”")
        XCTAssertEqual(qs.map(\.speaker), ["Amy Lewis", "Amy Lewis"])
    }

    func testAReportingVerbFromTheBroadListCreditsTheQuotation() {
        XCTAssertEqual(speaker("“Nobody reads the manual,” Ben Ortiz joked at a meeting on Tuesday.", "Nobody")?.speaker, "Ben Ortiz")
        XCTAssertEqual(speaker("“We are out of time,” Lena Brooks warned.", "We are")?.speaker, "Lena Brooks")
    }

    func testSomeoneJustIntroducedIsWhomTheNextPronounMeans() {
        let q = speaker("“I walk every day,” Tom Reyes says. “It keeps me going,” he adds.\n\nThe program also helped retired nurse Omar Zaki, 61. “I sleep better now,” he says.", "I sleep")
        XCTAssertEqual(q?.speaker, "Omar Zaki")
    }

    func testAQuestionThenTheNameThatAskedIt() {
        XCTAssertEqual(speaker("“Is it finished?” Priya Shah asked before leaving the room.", "Is it")?.speaker, "Priya Shah")
    }

    func testARoleOfSomeoneThenTheNameOfWhoHasIt() {
        let q = speaker("Kim Lee opened the shop in 2010.\n\n“We print ten copies,” says Lee’s business partner, Joe Lund.", "We print")
        XCTAssertEqual(q?.speaker, "Joe Lund")
    }

    func testADefiniteDescriptionIsThePersonTheTextIsAbout() {
        let q = speaker("Alex Wise, 16, drew his first comic last year.\n\n“It takes months,” says the self-taught Halifax artist.", "It takes")
        XCTAssertEqual(q?.speaker, "Alex Wise")
    }

    func testASubjectAfterASceneSettingClauseAndAGenderTheArticleGave() {
        let body = "“The rules were followed,” Jordan Blake’s statement said. “I stand by it,” her statement added.\n\n"
            + "Speaking in Halton on Thursday morning, Premier Omar Farouk denied the story. “The allegations are false,” he said."
        XCTAssertEqual(speaker(body, "The allegations")?.speaker, "Omar Farouk", "she is Jordan Blake; he is the one who denied")
    }

    func testAPersonOpeningAClauseOfSeveralCommasIsItsSubject() {
        let body = "Rita Osei, Minister of Housing, Transport and Rural Development, said the plan would cost less than expected.\n\n“We will build it,” she said."
        let reported = CorpusBuilder().build([(path: "s.txt", bytes: Array("A test headline\n\n\(body)\n".utf8))]).articles[0].quotes.first { $0.kind == .reported }
        XCTAssertEqual(reported?.speaker, "Rita Osei")
        XCTAssertEqual(speaker(body, "We will")?.speaker, "Rita Osei")
    }

    func testSomeoneBroughtInByTheSubjectIsNotWhomTheNextPronounMeans() {
        let q = speaker("“Rents keep rising,” Ben Myers said.\n\nMyers also cited an idea from Frank Clayton, a research fellow at a university in the city.\n\n“Supply is the whole problem,” he said.", "Supply")
        XCTAssertEqual(q?.speaker, "Ben Myers")
    }

    func testAPhotoCreditIsNoOneSpeaking() {
        let q = speaker("Nadia Okoro runs the shelter on Queen Street.\n\nVolunteers set up tents in the lot. (Maria Lopez / City News)\n\n“We just need more beds,” she added.", "We just")
        XCTAssertEqual(q?.speaker, "Nadia Okoro")
    }

    func testTheOnePersonOfTheSentenceBeforeIsWhomThePronounMeans() {
        let q = speaker("Tom Hale complicated matters when he wrote to the board on Friday.\n\nIt was a remark that Sam Reid found troubling.\n\n“We would never accept that,” he said.", "We would")
        XCTAssertEqual(q?.speaker, "Sam Reid")
    }

    func testACurlyQuotationClosedByAStraightOrADoubledSingleMark() {
        let qs = quotes("“Prices will rise,\" said Ann Lee, who runs the co-op. “We are ready,’’ says Tom Reyes. “Are you?”")
        XCTAssertEqual(qs.map(\.text), ["Prices will rise,", "We are ready,", "Are you?"])
        XCTAssertEqual(qs.prefix(2).map(\.speaker), ["Ann Lee", "Tom Reyes"])
    }

    func testAPeriodInsideANameEndsNoSentence() {
        let q = speaker("“I have needed a model,” Gene Shaw, e.GO’s founder and the head of its lab, said inside the plant.", "I have")
        XCTAssertEqual(q?.speaker, "Gene Shaw", "the sentence runs past `e.GO` to the verb")
    }

    func testThePronounOpeningWhatSomeoneSaidIsTheirs() {
        let q = speaker("Sam Ortiz said she is unsure the plan will work, citing a study by Tom Reyes.\n\n“We will keep going,” she said.", "We will")
        XCTAssertEqual(q?.speaker, "Sam Ortiz", "Sam is most often a man’s name; the article says otherwise")
    }

    func testAParticipleAfterACommaSpeaksForTheSentencesSubject() {
        let q = speaker("Ann Lee also noted the slope from Route 9 to Harbor Bridge, adding “it was never flat.”", "it was")
        XCTAssertEqual(q?.speaker, "Ann Lee")
    }

    func testTheNameBeforeOfSpeaksNotWhereTheyWork() {
        XCTAssertEqual(speaker("“Markets are nervous,” Jingli Pan of Northwind Capital said in a note.", "Markets")?.speaker, "Jingli Pan")
    }

    func testADefiniteDescriptionOfWhereSomeoneWorksIsThatPerson() {
        let q = speaker("I am talking about Alfonso Reyes, who came to Canada in 2009. “We print for anyone,” says the 39-year-old founder of Northwind Press.", "We print")
        XCTAssertEqual(q?.speaker, "Alfonso Reyes")
        XCTAssertEqual(speaker("“The line reopens Friday,” a spokesperson for Harbor Transit Authority said.", "The line")?.speaker, "a spokesperson for Harbor Transit Authority",
                       "an indefinite one stays a description")
    }

    func testADescriptionRightAfterSomeoneIsQuotedNamesSomeoneElse() {
        let q = speaker("Alfonso Reyes opened the shop in 2017. “We print ten copies,” says his business partner, Joe Lund. “One!” says the affable owner.", "One!")
        XCTAssertEqual(q?.speaker, "Alfonso Reyes")
    }

    func testATitledNameTakenForAnOrganisationSpeaksAsAPerson() {
        let body = "“The deal is sound,” Finance Minister Bill Ortega said.\n\nIn question period, NDP MP Nathan Cole said the government had overpaid by $1 billion.\n\n“They were fleeced,” he said."
        XCTAssertEqual(speaker(body, "They were")?.speaker, "Nathan Cole")
    }

    func testSomeoneTakenForAnOrganisationIsStillWhomThePronounMeans() {
        let body = "“We gave no directives,” David Lam said.\n\nLiberal MP Marco Venti — a former prosecutor — went on the radio later in the day.\n\n“Neither directed nor pressured,” he said."
        XCTAssertEqual(speaker(body, "Neither")?.speaker, "Marco Venti")
    }

    func testABodyOfPeopleNamedByWhereTheyAreIsADescription() {
        let q = speaker("Mayor Dana Kovac left the meeting early.\n\nToronto staff explained it this way: “The pipes are a century old.”", "The pipes")
        XCTAssertEqual(q?.speaker, "Toronto staff")
        XCTAssertEqual(q?.speakerKind, .description)
        XCTAssertEqual(speaker("“Stay indoors tonight,” Ottawa police said.", "Stay")?.speaker, "Ottawa police")
    }

    func testARelativeIsADescriptionNotThePersonTheStoryIsAbout() {
        let q = speaker("Omar Haddi was killed in the attack on Monday.\n\n“He is gone, he is gone,” the father repeated into his phone.", "He is gone")
        XCTAssertEqual(q?.speaker, "the father")
        XCTAssertEqual(q?.speakerKind, .description)
    }

    func testASecondQuotationOfTheSameSentenceIsTheSameSpeakers() {
        let qs = quotes("Prosecutor Ana Pilar called the report “bold” and based on “one giant assumption.”")
        XCTAssertEqual(qs.map(\.speaker), ["Ana Pilar", "Ana Pilar"])
    }

    func testEveryKindOfQuotationMarkOpensAndClosesByItsBytes() {
        // curly double, straight double, curly single, and a curly double opened and closed by two single marks
        let qs = quotes("“The port will open,” said Ann Lee. \"We are ready,\" said Tom Reyes. "
                        + "‘It is late,’ said Mia Cole. “Nobody told us,’’ said Raj Patel. "
                        + "Asked about it, Raj Patel said: “We will see.” The sign read \u{201C}\u{301}closed.")
        XCTAssertEqual(qs.map(\.text), ["The port will open,", "We are ready,", "It is late,", "Nobody told us,", "We will see."])
        XCTAssertEqual(qs.map(\.speaker), ["Ann Lee", "Tom Reyes", "Mia Cole", "Raj Patel", "Raj Patel"])
    }
}
