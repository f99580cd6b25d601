@testable import Articles
import Foundation
import XCTest

/// How speakers are listed and exported: named speakers first, then descriptions by the organisation they speak
/// for; each quotation with its kind, how its speaker is known and, for a description, its organisation.
/// Quotes are set by hand on a story written for these tests, so attribution's choices do not matter here.
final class SpeakerExportTests: XCTestCase {
    static let text = "Ferry cuts\n\nAnn Roe runs the “night ferry”.\n\n“One.” “Two.” “Three.” “Four.” “Five.” “Six.”\n"

    func corpus() -> Corpus {
        let builder = CorpusBuilder()
        var c = builder.build([(path: "f.txt", bytes: Array(Self.text.utf8))])
        let a = c.articles[0]
        func q(_ words: String, _ kind: Quote.Kind, _ speaker: String?, _ sk: Quote.SpeakerKind? = nil, _ org: String? = nil) -> Quote {
            let all = a.text(ByteSpan(0, a.bytes.count))
            let start = all.range(of: words).map { all[..<$0.lowerBound].utf8.count } ?? 0
            return Quote(span: ByteSpan(start, start + words.utf8.count), text: words, kind: kind, speaker: speaker,
                         speakerKind: sk, speakerOrganization: org)
        }
        c.articles[0].quotes = [
            q("night ferry", .phrase, nil),
            q("One.", .direct, "a spokesperson", .description, "Port Authority"),
            q("Two.", .direct, "Ann Roe", .name),
            q("Three.", .direct, "police", .description),
            q("Four.", .direct, "a spokesperson", .continuation, "Port Authority"),
            q("Five.", .direct, "police", .continuation),
            q("Six.", .direct, "Ann Roe", .pronoun),
        ]
        c.speakers = builder.speakers(c.articles)
        return c
    }

    func testNamedSpeakersComeFirstThenDescriptionsByOrganisation() {
        let s = corpus().speakers
        XCTAssertEqual(s.map(\.name), ["Ann Roe", "a spokesperson", "police"])
        XCTAssertEqual(s.map(\.quotes), [2, 2, 2], "a continuation and a pronoun count for whom they resolve to")
        XCTAssertEqual(s.map(\.kind), [.name, .description, .description])
        XCTAssertEqual(s.map(\.organization), [nil, "Port Authority", nil])
    }

    func testTheExportSaysHowEachSpeakerIsKnown() throws {
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(CorpusExporter.json(corpus()).utf8)) as? [String: Any])
        let article = try XCTUnwrap((json["articles"] as? [[String: Any]])?.first)
        let quotes = try XCTUnwrap(article["quotes"] as? [[String: Any]])
        func field(_ text: String, _ key: String) -> Any? { quotes.first { $0["text"] as? String == text }?[key] }
        XCTAssertEqual(field("night ferry", "kind") as? String, "phrase")
        XCTAssertTrue(field("night ferry", "speakerKind") is NSNull)
        XCTAssertEqual(field("One.", "speakerKind") as? String, "description")
        XCTAssertEqual(field("One.", "speakerOrganization") as? String, "Port Authority")
        XCTAssertEqual(field("Two.", "speakerKind") as? String, "name")
        XCTAssertNil(field("Two.", "speakerOrganization"), "left out when there is none")
        XCTAssertEqual(field("Six.", "speakerKind") as? String, "pronoun")
        let speakers = try XCTUnwrap(json["speakers"] as? [[String: Any]])
        XCTAssertEqual(speakers.map { $0["name"] as? String }, ["Ann Roe", "a spokesperson", "police"])
        XCTAssertEqual(speakers.map { $0["quotes"] as? Int }, [2, 2, 2])
        XCTAssertEqual(speakers.map { $0["kind"] as? String }, ["name", "description", "description"])
        XCTAssertEqual(speakers[1]["organization"] as? String, "Port Authority")
    }
}
