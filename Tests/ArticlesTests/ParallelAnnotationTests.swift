@testable import Articles
import XCTest

/// Annotation spread over cores and over pieces of a long article gives what one pass over the whole gives.
final class ParallelAnnotationTests: XCTestCase {
    func testMapKeepsOrderAndRunsEveryIndexOnce() {
        for workers in [1, 2, 3, 8] {
            for count in [0, 1, 2, 7, 1000] {
                let out = Parallel.map(count, workers: workers) { i in i * i }
                XCTAssertEqual(out, (0..<count).map { $0 * $0 }, "workers \(workers), count \(count)")
            }
        }
    }

    func testMapHandsOutUnevenWork() {
        // a slow first piece must not keep the others waiting behind it, and the results stay in order
        let out = Parallel.map(50, workers: 4) { i -> Int in
            var x = 0
            for k in 0..<(i == 0 ? 2_000_000 : 1000) { x &+= k ^ i }
            return i + (x & 0)
        }
        XCTAssertEqual(out, Array(0..<50))
    }

    func testAlongsideGivesBothResultsOnAnyNumberOfWorkers() {
        for workers in [1, 2, 4] {
            let (side, main) = Parallel.alongside({ (0..<1000).reduce(0, +) }, workers: workers) {
                Parallel.map(100, workers: workers) { $0 * 2 }
            }
            XCTAssertEqual(side, 499_500, "workers \(workers)")
            XCTAssertEqual(main, (0..<100).map { $0 * 2 }, "workers \(workers)")
        }
    }

    func testInternedNamesAreOneCopyAndKeepTheirBytes() {
        let interner = NameInterner()
        let long = "International Kessington Harbour Board"
        // (a string made apart from the literal: its own storage)
        let first = interner.intern(String(decoding: Array(long.utf8), as: UTF8.self))
        let again = interner.intern(long)
        XCTAssertEqual(again, long)
        // the shared copy: the same storage as the first one asked for
        XCTAssertEqual(first.utf8.withContiguousStorageIfAvailable { $0.baseAddress },
                       again.utf8.withContiguousStorageIfAvailable { $0.baseAddress })
        // a precomposed and a decomposed accent are equal strings but two spellings: each keeps its own bytes
        let precomposed = "Universit\u{E9} de Kessington Harbour", decomposed = "Universite\u{301} de Kessington Harbour"
        XCTAssertEqual(precomposed, decomposed)
        XCTAssertEqual(Array(interner.intern(precomposed).utf8), Array(precomposed.utf8))
        XCTAssertEqual(Array(interner.intern(decomposed).utf8), Array(decomposed.utf8))
        // from many threads at once, every name comes back as it was
        let names = (0..<500).map { "Northwind Aviation Division \($0 % 50)" }
        let back = Parallel.map(names.count, workers: 4) { interner.intern(names[$0]) }
        XCTAssertEqual(back, names)
    }

    func testInferredDatesAreThoseInferDatesGives() {
        let files = [
            (path: "a.txt", bytes: Array("Ferry Plan\n\nDate: May 2, 2023\n\nMaria Okafor of Tidewater Logistics met Tomas Lindqvist.\n".utf8)),
            (path: "b.txt", bytes: Array("Ferry Plan Again\n\nMaria Okafor and Tomas Lindqvist spoke again.\n".utf8)),
            (path: "c.txt", bytes: Array("Nothing Shared\n\nA quiet day at the harbour.\n".utf8)),
        ]
        let corpus = CorpusBuilder().build(files)
        XCTAssertEqual(corpus.articles[1].date, CalendarDate(year: 2023, month: 5, day: 2))
        XCTAssertEqual(corpus.articles[1].dateSource, .inferred)
        XCTAssertNil(corpus.articles[2].date)
        var undated = corpus.articles
        undated[1].date = nil
        undated[1].dateSource = .none
        let given = DateInferrer().inferredDates(undated)
        XCTAssertEqual(given.map(\.article), [1])
        DateInferrer().inferDates(&undated)
        XCTAssertEqual(undated[1].date, given.first?.date)
    }

    func testTimelineOfManyDatesIsInOrderWithEveryEventOnce() {
        // forty dates dealt into the shards the rows are made in: the rows still come out in time order, each
        // dated sentence once, whatever shard its date fell in
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
        let files = (0..<40).map { i in
            (path: "t\(i).txt", bytes: Array(("Harbour Story \(i)\n\nDate: May 1, 2023\n\n"
                + "The ferry board met on \(months[i % 10]) \(i / 10 + 3), 2021, in Kessington.\n").utf8))
        }
        let rows = CorpusBuilder().build(files).timeline
        XCTAssertEqual(rows.count, 40)
        XCTAssertEqual(rows.map(\.date), rows.map(\.date).sorted())
        XCTAssertEqual(Set(rows.flatMap { $0.events.map(\.article) }), Set(0..<40))
        XCTAssertEqual(rows.first?.date, "2021-01-03")
        XCTAssertEqual(rows.last?.date, "2021-10-06")
    }

    /// An article of many paragraphs with names, quotations and dates in all of them.
    func longArticle() -> Article {
        var text = "Harbour Board Weighs Ferry Plan\n\nDate: March 3, 2024\n\n"
        let people = ["Maria Okafor", "Tomas Lindqvist", "Priya Raman", "Jonah Whitfield"]
        for i in 0..<60 {
            let who = people[i % people.count]
            text += "“The ferries will run again by June \(i % 28 + 1),” \(who) of the Kessington Harbour Board said on Tuesday. "
            text += "She met officials from Northwind Aviation in Brightwell last week, and \(people[(i + 1) % people.count]) "
            text += "told reporters the plan would cost $\(i + 2) million.\n\n"
        }
        var a = ArticleReader().read(path: "long.txt", bytes: Array(text.utf8))
        ArticleReader.tokenize(&a)
        return a
    }

    func testPiecesCoverEveryParagraphOnceInOrder() {
        let a = longArticle()
        let pieces = CorpusBuilder.pieces(of: [a, a], tokensPerPiece: 100)
        XCTAssertGreaterThan(pieces.count, 10)
        for article in 0..<2 {
            let mine = pieces.filter { $0.article == article }.map(\.paragraphs)
            XCTAssertEqual(mine.first?.lowerBound, 0)
            XCTAssertEqual(mine.last?.upperBound, a.paragraphs.count)
            XCTAssertTrue(zip(mine, mine.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        }
    }

    func testEntitiesAndTimesInPiecesEqualOnePass() {
        let a = longArticle()
        var r = EntityRecognizer(lexicon: .bundled)
        let pieces = CorpusBuilder.pieces(of: [a], tokensPerPiece: 100).map(\.paragraphs)
        let learned = pieces.map { r.confidentNameWords(a, paragraphs: $0) }.reduce(into: Set<String>()) { $0.formUnion($1) }
        XCTAssertEqual(learned, r.confidentNameWords(a))
        XCTAssertTrue(learned.contains("Okafor"))
        r.knownNameWords = learned
        let whole = r.recognize(a)
        let recognizer = r
        let joined = Parallel.map(pieces.count) { recognizer.recognize(a, paragraphs: pieces[$0]) }.flatMap { $0 }
        XCTAssertEqual(joined.map(\.span), whole.map(\.span))
        XCTAssertEqual(joined.map(\.type), whole.map(\.type))
        XCTAssertTrue(whole.contains { $0.text == "Maria Okafor" && $0.type == .person })

        var named = a
        named.entities = whole
        let builder = CorpusBuilder()
        let times = builder.recognizeTimexes(named, paragraphs: named.paragraphs.indices)
        let timesJoined = pieces.flatMap { builder.recognizeTimexes(named, paragraphs: $0) }
        XCTAssertEqual(timesJoined.map(\.span), times.map(\.span))
        XCTAssertGreaterThan(times.count, 60)
    }

    func testCorpusIsTheSameOnOneThreadAndOnMany() {
        // the same articles annotated with one worker and with several: every annotation identical
        let files = (0..<6).map { i in
            (path: "a\(i).txt", bytes: Array(("Story \(i)\n\nDate: May \(i + 1), 2023\n\n“We are ready,” said Elena Vasquez, "
                + "who runs Tidewater Logistics in Porto. The vote is on Friday.\n").utf8))
        }
        let many = CorpusBuilder().build(files)
        setenv("TIKTOK_READER_THREADS", "1", 1)
        defer { unsetenv("TIKTOK_READER_THREADS") }
        let one = CorpusBuilder().build(files)
        XCTAssertEqual(CorpusExporter.json(many), CorpusExporter.json(one))
        XCTAssertEqual(many.articles.map { $0.quotes.first?.speaker }, Array(repeating: "Elena Vasquez", count: 6))
    }

    func testLearningAndRecognisingInOneWalkEqualsTwoPasses() {
        // `Okafor` opens sentences (its capital says nothing there) and is learned from the sentences it does not
        // open; `Treasury` qualifies a title and is no name
        var text = "Ferry Plan Weighed\n\n"
        text += "Okafor said the ferries would run. Harbour officials agreed with Maria Okafor on Tuesday.\n\n"
        text += "Treasury Secretary Tomas Lindqvist said Okafor was right. Lindqvist left.\n\n"
        var a = ArticleReader().read(path: "ferry.txt", bytes: Array(text.utf8))
        ArticleReader.tokenize(&a)
        for article in [a, longArticle()] {
            var r = EntityRecognizer(lexicon: .bundled)
            r.knownNameWords = r.confidentNameWords(article)
            let twoPasses = r.recognize(article)
            let oneWalk = EntityRecognizer(lexicon: .bundled).recognizeLearning(article, paragraphs: article.paragraphs.indices)
            XCTAssertEqual(oneWalk.map(\.span), twoPasses.map(\.span))
            XCTAssertEqual(oneWalk.map(\.type), twoPasses.map(\.type))
            XCTAssertEqual(oneWalk.map(\.canonical), twoPasses.map(\.canonical))
        }
        let texts = EntityRecognizer(lexicon: .bundled).recognizeLearning(a, paragraphs: a.paragraphs.indices).map { a.text($0.span) }
        XCTAssertEqual(texts.filter { $0 == "Okafor" }.count, 2, "\(texts)")
        XCTAssertFalse(texts.contains("Treasury"), "\(texts)")
        XCTAssertTrue(texts.contains("Tomas Lindqvist"), "\(texts)")
    }
}

/// The progress of an annotation, as the reader's status bar reads it.
final class AnnotationProgressTests: XCTestCase {
    func testProgressIsPlannedThenCountsUpAndNeverSays100BeforeTheCorpus() {
        let progress = AnnotationProgress()
        XCTAssertNil(progress.percent, "nothing planned yet")
        let files = (0..<20).map { (path: "a\($0).txt", bytes: Array("Story \($0)\n\nMayor Ada Brook said on Tuesday that the bridge would open.\n".utf8)) }
        let corpus = CorpusBuilder().annotate(CorpusBuilder.read(files), progress: progress)
        XCTAssertEqual(corpus.articles.count, 20)
        XCTAssertEqual(progress.percent, 99, "all the work done; 100 is the corpus itself")
    }
}
