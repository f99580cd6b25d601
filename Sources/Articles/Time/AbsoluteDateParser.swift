/// Finds a full calendar date (`2020-08-02`, `August 2, 2020`, `Aug. 2, 2020`, `2 August 2020`, `08/02/2020`)
/// in a short text such as a `Date:` header.
public enum AbsoluteDateParser {
    public static func firstDate(in text: String) -> CalendarDate? {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(bytes, 0..<bytes.count)
        return firstDate(among: TimexRecognizer.recognize(tokens: tokens, range: 0..<tokens.count, bytes: bytes))
    }

    /// The first valid calendar date, with its year, month and day, that time expressions name.
    static func firstDate(among timexes: [Timex]) -> CalendarDate? {
        for timex in timexes {
            if case .absolute(let y, let m?, let d?) = timex.pattern.shape, let date = CalendarDate.valid(y, m, d) {
                return date
            }
        }
        return nil
    }
}
