/// What a cell shows on a terminal whose locale is not UTF-8 (curses can write only ASCII there, and anything else
/// comes out as several cells or none, shifting the rest of the row): one ASCII character per cell.
enum ASCIIStandIn {
    /// The ASCII character for a scalar: itself, a look-alike for the punctuation and lines the reader draws, or ?.
    static func byte(for scalar: UInt32) -> UInt8 {
        if scalar >= 0x20 && scalar < 0x7F { return UInt8(scalar) }
        switch scalar {
        case 0x2018, 0x2019, 0x201A, 0x2032: return UInt8(ascii: "'")
        case 0x201C, 0x201D, 0x201E, 0x2033, 0x275D, 0x275E, 0xAB, 0xBB: return UInt8(ascii: "\"")
        case 0x2010...0x2015, 0x2212: return UInt8(ascii: "-")
        case 0xB7, 0x2022, 0x2026, 0x25E6: return UInt8(ascii: ".")
        case 0x25CF: return UInt8(ascii: "*")
        case 0x2502, 0x2503, 0x2551, 0x258F: return UInt8(ascii: "|")
        case 0x2500, 0x2501, 0x2550: return UInt8(ascii: "-")
        case 0x256D, 0x256E, 0x256F, 0x2570, 0x250C, 0x2510, 0x2514, 0x2518: return UInt8(ascii: "+")
        case 0x2590, 0x2588: return UInt8(ascii: "#")
        case 0xA0: return UInt8(ascii: " ")
        case 0xC0...0xFF: return latin1Letters[Int(scalar - 0xC0)]
        default: return UInt8(ascii: "?")
        }
    }

    /// À … ÿ as their base letters (× and ÷ as x and /).
    private static let latin1Letters = Array("AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty".utf8)
}
