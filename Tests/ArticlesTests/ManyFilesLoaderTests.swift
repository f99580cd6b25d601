import Articles
import Foundation
import XCTest

/// A folder of many articles is read on every core: the files and the problems still come in the folder's order.
final class ManyFilesLoaderTests: XCTestCase {
    func testAFolderOfManyFilesKeepsItsOrderAndItsProblems() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("many-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for k in 0..<150 {
            let name = String(format: "%03d.txt", k)
            let bytes: [UInt8] = k % 50 == 7 ? [0, 1, 2, 0, 0, 9] : Array("Story \(k)\n\nIt happened on day \(k).\n".utf8)
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        let (files, problems) = ArticleLoader().load([folder.path])
        XCTAssertEqual(files.count, 147)
        XCTAssertEqual(files.map { ($0.path as NSString).lastPathComponent }.prefix(9),
                       ["000.txt", "001.txt", "002.txt", "003.txt", "004.txt", "005.txt", "006.txt", "008.txt", "009.txt"])
        XCTAssertEqual(files.last.map { String(decoding: $0.bytes, as: UTF8.self) }, "Story 149\n\nIt happened on day 149.\n")
        XCTAssertEqual(problems.map { ($0 as NSString).lastPathComponent.prefix(7) }, ["007.txt", "057.txt", "107.txt"])
        XCTAssertTrue(problems.allSatisfy { $0.hasSuffix("looks like a binary file, not text; skipped") })
    }
}

/// The first screen of a large folder reads only the tops of the articles after the first: what the list shows of
/// them is what reading them whole gives.
final class FirstScreenReadTests: XCTestCase {
    func testTheTopsGiveTheSameTitlesDatesAndBylinesAsTheWholeArticles() {
        let body = String(repeating: "The council met again to argue over the budget, and nothing was settled. ", count: 40)
        let files = (0..<80).map { k in
            (path: "s\(k).txt", bytes: Array("Budget talks, day \(k)\n\nMarch \(k % 28 + 1), 2023\nBy Ada Brook\n\n\(body)\n\nMore text follows.\n".utf8))
        }
        let (tops, complete) = CorpusBuilder.readForFirstScreen(files)
        let whole = CorpusBuilder.read(files)
        XCTAssertFalse(complete, "80 long files: only their tops were read")
        XCTAssertEqual(tops.map(\.title), whole.map(\.title))
        XCTAssertEqual(tops.map { $0.date?.description }, whole.map { $0.date?.description })
        XCTAssertEqual(tops.map(\.byline), whole.map(\.byline))
        XCTAssertEqual(tops[0].paragraphs.count, whole[0].paragraphs.count, "the first article, open on the first screen, read whole")
        XCTAssertLessThan(tops[1].bytes.count, whole[1].bytes.count)
        XCTAssertTrue(CorpusBuilder.readForFirstScreen(Array(files.prefix(5))).complete, "a few files are read whole")
        let again = CorpusBuilder.readWhole(files, tops: tops)
        XCTAssertEqual(again.map(\.bytes), whole.map(\.bytes), "the tops read whole are the articles read whole")
        XCTAssertEqual(again.map(\.paragraphs.count), whole.map(\.paragraphs.count))
    }

    func testOnlyTheArticlesOnTheFirstScreenAreReadBeforeIt() {
        let files = (0..<100).map { k in (path: "news/s\(k).txt", bytes: Array("Story \(k)\n\nJune 3, 2024\n\nIt happened.\n".utf8)) }
        let (first, complete) = CorpusBuilder.readForFirstScreen(files, visible: 10)
        XCTAssertFalse(complete)
        XCTAssertEqual(first.count, 100, "every file has its row")
        XCTAssertEqual(first.prefix(11).map(\.title), (0..<11).map { "Story \($0)" }, "the rows on the screen, and one more")
        XCTAssertEqual(first[11].title, "s11.txt", "a row off the screen shows its file's name until it is read")
        XCTAssertNil(first[11].date)
        let whole = CorpusBuilder.readWhole(files, tops: first)
        XCTAssertEqual(whole.map(\.title), (0..<100).map { "Story \($0)" })
        XCTAssertEqual(whole.map(\.path), files.map(\.path))
    }
}

/// A file is turned away as binary on its first 8 KiB: a NUL byte, or control characters in more than a tenth
/// of them (tabs, line ends, form feeds and escapes are text's own).
final class LooksBinaryTests: XCTestCase {
    func testNULsAndControlsMakeAFileBinaryTextsOwnControlsDoNot() {
        XCTAssertFalse(ArticleLoader.looksBinary([]))
        XCTAssertFalse(ArticleLoader.looksBinary(Array("Title\n\n\tBody text\r\n\u{1B}[0m\u{0C}".utf8)))
        XCTAssertTrue(ArticleLoader.looksBinary(Array("text".utf8) + [0] + Array("more".utf8)))
        XCTAssertTrue(ArticleLoader.looksBinary([0x01, 0x02, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48]), "two in ten")
        XCTAssertFalse(ArticleLoader.looksBinary([0x01] + Array(repeating: 0x41, count: 10)), "one in eleven")
        XCTAssertFalse(ArticleLoader.looksBinary(Array(repeating: 0x41, count: 8192) + [0, 0, 0]), "only the first 8 KiB are read")
    }
}
