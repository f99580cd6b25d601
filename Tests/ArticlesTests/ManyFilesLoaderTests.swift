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
