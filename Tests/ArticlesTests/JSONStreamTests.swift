@testable import Articles
import XCTest

/// The export's strings are escaped on their bytes: quotation marks, backslashes, C0 and C1 controls, the bidi
/// controls and U+2028/2029 (what a terminal showing the export would act on, or JavaScript end a line at).
final class JSONStreamTests: XCTestCase {
    func written(_ s: String) -> String {
        var out = JSONStream(chunkBytes: .max) { _ in true }
        out.string(s)
        return String(decoding: out.buffer, as: UTF8.self)
    }

    func testEveryEscape() {
        let cases: [(String, String)] = [
            ("plain words", "\"plain words\""),
            ("a \"quoted\" word", "\"a \\\"quoted\\\" word\""),
            ("back\\slash", "\"back\\\\slash\""),
            ("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\""),
            ("\u{1B}[31mred\u{7}\u{7F}", "\"\\u001b[31mred\\u0007\\u007f\""),
            ("C1 \u{80}\u{85}\u{9B}\u{9F} after", "\"C1 \\u0080\\u0085\\u009b\\u009f after\""),
            ("Arabic mark \u{061C}", "\"Arabic mark \\u061c\""),
            ("bidi \u{200E}\u{200F}\u{202A}\u{202E}\u{2066}\u{2069}", "\"bidi \\u200e\\u200f\\u202a\\u202e\\u2066\\u2069\""),
            ("separators \u{2028}\u{2029}", "\"separators \\u2028\\u2029\""),
            ("kept: \u{2014} \u{2019} \u{2030} \u{2070} \u{20AC} Zürich 東京 😀", "\"kept: \u{2014} \u{2019} \u{2030} \u{2070} \u{20AC} Zürich 東京 😀\""),
            ("\u{A0}\u{C0}", "\"\u{A0}\u{C0}\""),
            ("", "\"\""),
            ("\u{200D}\u{2060}\u{206A}", "\"\u{200D}\u{2060}\u{206A}\""),
        ]
        for (s, expected) in cases {
            XCTAssertEqual(written(s), expected, s.debugDescription)
        }
    }

    func testNumbersAreWrittenInDecimal() {
        for n in [0, 7, 10, 123_456_789, -42, Int.max, Int.min] {
            var out = JSONStream(chunkBytes: .max) { _ in true }
            out.int(n)
            XCTAssertEqual(String(decoding: out.buffer, as: UTF8.self), String(n))
        }
    }
}
