@testable import Reader
import XCTest

/// The first frame goes out in UTF-8 when the environment names a UTF-8 locale, read as the C library reads it.
final class LocaleCodesetTests: XCTestCase {
    func testUTF8IsRecognisedHoweverItIsSpelled() {
        for name in ["C.UTF-8", "en_US.UTF-8", "en_US.utf8", "de_DE.UTF-8@euro", "fr_FR.Utf-8"] {
            XCTAssertTrue(LocaleCodeset.namesUTF8(name), name)
        }
    }

    func testOtherCodesetsAndBareNamesAreNotUTF8() {
        for name in ["C", "POSIX", "en_US", "en_US.ISO-8859-1", "zh_CN.GB18030", "de_DE@euro", "ja_JP.eucJP", "x.UTF-16"] {
            XCTAssertFalse(LocaleCodeset.namesUTF8(name), name)
        }
    }
}
