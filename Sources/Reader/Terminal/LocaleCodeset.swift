#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the environment names a UTF-8 locale, read from the variables as the C library reads them but without
/// loading the locale: that takes as long as a tenth of the time to the first screen, which goes out before it.
/// Curses loads the locale afterwards and repaints in ASCII if it turns out otherwise (e.g. not installed).
enum LocaleCodeset {
    /// True when the locale for character types (`LC_ALL`, else `LC_CTYPE`, else `LANG`) names UTF-8.
    static func environmentNamesUTF8() -> Bool {
        for variable in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let p = getenv(variable), p.pointee != 0 { return namesUTF8(String(cString: p)) }
        }
        return false   // the C locale
    }

    /// True when a locale name (`language[_territory][.codeset][@modifier]`) has a codeset that the C library
    /// takes for UTF-8: compared as it compares them, lower case, letters and digits only (`UTF-8`, `utf8`).
    static func namesUTF8(_ name: String) -> Bool {
        guard let dot = name.firstIndex(of: ".") else { return false }
        let codeset = name[name.index(after: dot)...].prefix { $0 != "@" }
        let normalized = codeset.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return normalized == "utf8"
    }
}
