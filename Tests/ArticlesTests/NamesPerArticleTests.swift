import Articles
import XCTest

/// Names are settled within their article: another story's people lend no full name to a lone word here, and
/// one article's mistyped name does not retype it in the others. Full names and organisations' spellings are
/// still the same across articles.
final class NamesPerArticleTests: XCTestCase {
    static let files: [(path: String, bytes: [UInt8])] = [
        (path: "a.txt", bytes: Array("Trade talks resume\n\nVice Premier Liu He met the delegation on Monday. Dana Park, the trade minister, said talks went well. Shares of Northwind Logistics rose.\n".utf8)),
        (path: "b.txt", bytes: Array("A quiet council meeting\n\n“We are ready,” He said, before the vote. Later Park said the budget was fine. In Alberta, the mood was calm. Northwind logistics filed a report.\n".utf8)),
        (path: "c.txt", bytes: Array("Weather\n\nIn Alberta the snow came early. Alberta expects more on Friday. Dana Park visited Alberta.\n".utf8)),
    ]
    static let corpus = CorpusBuilder().build(files)

    func entity(_ article: Int, _ text: String) -> Entity? { Self.corpus.articles[article].entities.first { $0.text == text } }

    func testALoneWordIsNotAFullNameFromAnotherArticle() {
        XCTAssertNil(Self.corpus.articles[1].entities.first { $0.canonical == "Liu He" }, "`He` is a pronoun here")
        XCTAssertNotEqual(entity(1, "Park")?.canonical, "Dana Park", "this article never names Dana Park")
        XCTAssertEqual(entity(0, "Park")?.canonical ?? "Dana Park", "Dana Park")
    }

    func testFullNamesAndSpellingsAreSharedAcrossArticles() {
        XCTAssertEqual(entity(0, "Dana Park")?.canonical, entity(2, "Dana Park")?.canonical)
        XCTAssertEqual(entity(1, "Northwind")?.canonical ?? "Northwind Logistics", "Northwind Logistics", "an organisation's spelling")
    }

    func testPeopleAndPlacesAreNamedAndTypedAsIfEachArticleWereAlone() {
        for (i, file) in Self.files.enumerated() {
            let alone = CorpusBuilder().build([file]).articles[0].entities.filter { $0.type == .person || $0.type == .place }
            let together = Self.corpus.articles[i].entities.filter { $0.type == .person || $0.type == .place }
            XCTAssertEqual(alone.map { "\($0.text) \($0.type) \($0.canonical)" }, together.map { "\($0.text) \($0.type) \($0.canonical)" }, file.path)
        }
    }

    func testACompanyNamedAloneIsNotTheDivisionThatSharesItsFirstWord() {
        let files: [(path: String, bytes: [UInt8])] = [
            (path: "a.txt", bytes: Array("Orders rise\n\nTarvik Aerospace said on Monday that orders rose. Tarvik also hired 200 engineers.\n".utf8)),
            (path: "b.txt", bytes: Array("Plant opens\n\nTarvik opened a plant in Porto. Later, Tarvik Regional Jets said its new model would fly in May.\n".utf8)),
            (path: "c.txt", bytes: Array("Strike ends\n\nWorkers at Tarvik returned on Friday, Tarvik said.\n".utf8)),
        ]
        let c = CorpusBuilder().build(files)
        func canonical(_ i: Int, _ text: String) -> String? { c.articles[i].entities.first { $0.text == text }?.canonical }
        XCTAssertNotEqual(canonical(1, "Tarvik"), "Tarvik Regional Jets", "named before the division, the company is not the division")
        XCTAssertNotEqual(canonical(2, "Tarvik"), "Tarvik Regional Jets", "another article's division is not this company")
        XCTAssertEqual(canonical(0, "Tarvik"), "Tarvik Aerospace", "after its full name, the short name is that company")
        let alone = CorpusBuilder().build([files[1]])
        XCTAssertEqual(alone.articles[0].entities.first { $0.text == "Tarvik" }?.canonical, "Tarvik",
                       "in an article of its own too, the company named before its division is itself")
    }
}
