/// Month, weekday and other calendar words, shared by the time recogniser and the entity recogniser.
enum CalendarWords {
    /// Month names and abbreviations (lower case, without a period) → month number.
    static let months: WordMap<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    /// Weekday names and abbreviations → ISO weekday (Monday 1).
    static let weekdays: WordMap<Int> = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]
    /// Full weekday names only: abbreviations like `Sat` or `Sun` are too ambiguous in running text.
    static let fullWeekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Full month names and the abbreviations that appear with a period in news style.
    static let monthWords: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
    ]

    /// The months' full names (the abbreviations are the other `monthWords`).
    static let fullMonthNames: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Season names → TIMEX3 season codes.
    static let seasons: WordMap<String> = ["spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"]
    /// TIMEX3 season codes → the month each season begins (northern hemisphere; winter begins in December).
    static let seasonFirstMonth: WordMap<Int> = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]

    /// A weekday (`monday`, or `mondays`: every Monday) or a month: a word of the calendar, no name.
    static func isCalendarWord(_ lower: String) -> Bool {
        fullWeekdays.contains(lower) || monthWords.contains(lower) || pluralWeekday(lower) != nil
    }

    /// The weekday a plural names (`mondays`: 1), or nil.
    static func pluralWeekday(_ lower: String) -> Int? {
        guard lower.hasSuffix("s") else { return nil }
        let day = String(lower.dropLast())
        return fullWeekdays.contains(day) ? weekdays[day] : nil
    }
}
