/// Dates as people read them: `Fri 31 Jul 2020`, `May 2020`, `2017`, `week 31 2020`, `weekend 1–2 Aug 2020`,
/// `summer 2024`, `Q3 1989`, `first half 1990`, `1990s`.
public enum DateLabel {
    public static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    public static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    public static func day(_ d: CalendarDate) -> String { "\(weekdays[d.weekday - 1]) \(d.day) \(months[d.month - 1]) \(d.year)" }

    public static func of(_ value: String) -> String {
        let parts = value.split(separator: "-").map(String.init)
        guard let y = parts.first, Int(y) != nil else { return value }
        // a decade (`199`) and a century (`19`) as their years: `1990s`, `1900s`
        if parts.count == 1, y.count == 3 { return "\(y)0s" }
        if parts.count == 1, y.count == 2 { return "\(y)00s" }
        if parts.count == 2, let h = ["H1": "first half", "H2": "second half"][parts[1]] { return "\(h) \(y)" }
        if parts.count == 3, let d = CalendarDate(iso: value) { return day(d) }
        if parts.count >= 2, parts[1].hasPrefix("W"), let wy = Int(y), let w = Int(parts[1].dropFirst()) {
            let monday = CalendarDate.monday(isoYear: wy, week: w)
            if parts.count == 3 {
                let sat = monday.adding(days: 5), sun = monday.adding(days: 6)
                return "weekend \(sat.day)–\(sun.day) \(months[sun.month - 1]) \(sun.year)"
            }
            return "week of \(monday.day) \(months[monday.month - 1]) \(monday.year)"
        }
        if parts.count == 2, parts[1].hasPrefix("Q") { return "\(parts[1]) \(y)" }
        if parts.count == 2, let season = ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"][parts[1]] {
            return "\(season) \(y)"
        }
        if parts.count == 2, let m = Int(parts[1]), (1...12).contains(m) { return "\(months[m - 1]) \(y)" }
        return y
    }
}
