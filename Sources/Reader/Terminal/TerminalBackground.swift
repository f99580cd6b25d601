#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the terminal's background is dark or light, learned as terminal programs learn it: `COLORFGBG` when
/// the terminal sets it (rxvt, Konsole), else by asking the terminal for its background colour (OSC 11).
enum TerminalBackground {
    /// The theme `COLORFGBG` (`15;0`, `0;default;15`: foreground, background) implies: a background of colour 7
    /// or 9–15 is light, 0–6 and 8 dark; nil when it says no number.
    static func theme(colorFGBG value: String?) -> Theme? {
        guard let value, let last = value.split(separator: ";").last, let bg = Int(last), (0...15).contains(bg) else { return nil }
        return bg == 7 || bg >= 9 ? .light : .dark
    }

    /// The theme of an answer to OSC 11 (`ESC ] 11 ; rgb:RRRR/GGGG/BBBB` then BEL or ST; one to four hex
    /// digits a channel): light when the colour's relative luminance is over a half, nil when it is no answer.
    static func theme(answer bytes: [UInt8]) -> Theme? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let at = text.firstRange(of: "]11;rgb:") else { return nil }
        let rest = text[at.upperBound...].prefix { $0.isHexDigit || $0 == "/" }
        let parts = rest.split(separator: "/")
        guard parts.count == 3 else { return nil }
        var channels: [Double] = []
        for p in parts {
            guard (1...4).contains(p.count), let v = Int(p, radix: 16) else { return nil }
            channels.append(Double(v) / Double((1 << (4 * p.count)) - 1))
        }
        func lin(_ s: Double) -> Double { s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4) }
        let luminance = 0.2126 * lin(channels[0]) + 0.7152 * lin(channels[1]) + 0.0722 * lin(channels[2])
        return luminance > 0.5 ? .light : .dark
    }

    /// Whether `bytes` hold the terminal's answer to the device-attributes question (`ESC [ ? … c`), which every
    /// terminal gives, after the background's when it knows that question: the end of the wait.
    static func holdsAttributes(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x1B && bytes[i + 1] == UInt8(ascii: "[") && bytes[i + 2] == UInt8(ascii: "?") {
                var j = i + 3
                while j < bytes.count && (bytes[j] == UInt8(ascii: ";") || (bytes[j] >= 0x30 && bytes[j] <= 0x39)) { j += 1 }
                if j < bytes.count && bytes[j] == UInt8(ascii: "c") { return true }
            }
            i += 1
        }
        return false
    }

    /// A question about the background sent to the terminal, whose answer is read later: the first frame goes out
    /// meanwhile, so the round trip (1–2 ms through tmux) costs the first screen nothing.
    struct Question {
        private var saved: termios

        /// Asks the terminal on standard input and output for its background, then for its attributes: a
        /// terminal that does not know the first question answers only the second, so the wait for the answer
        /// ends after one round trip. Nil when standard input is no terminal.
        static func ask() -> Question? {
            var saved = termios()
            guard isatty(0) != 0, tcgetattr(0, &saved) == 0 else { return nil }
            var raw = saved
            // no echo, and each byte as it comes: the answer is no line
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
            withUnsafeMutableBytes(of: &raw.c_cc) { cc in
                cc[Int(VMIN)] = 0
                cc[Int(VTIME)] = 0
            }
            guard tcsetattr(0, TCSANOW, &raw) == 0 else { return nil }
            let question = Array("\u{1B}]11;?\u{1B}\\\u{1B}[c".utf8)
            guard question.withUnsafeBytes({ write(1, $0.baseAddress, $0.count) }) == question.count else {
                tcsetattr(0, TCSANOW, &saved)
                return nil
            }
            return Question(saved: saved)
        }

        /// The background the terminal's answer names, waiting at most `milliseconds` for it; nil when the
        /// terminal does not say. The terminal's modes are as they were before the question.
        func answer(milliseconds: Int = 150) -> Theme? {
            var saved = self.saved
            defer { tcsetattr(0, TCSANOW, &saved) }
            var answer: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 256)
            let deadline = TerminalBackground.now() + Double(milliseconds) / 1000
            while !TerminalBackground.holdsAttributes(answer) {
                let left = Int32(max(0, (deadline - TerminalBackground.now()) * 1000))
                guard left > 0 else {
                    // no answer in time: one that comes later must not be read as keys
                    tcflush(0, TCIFLUSH)
                    break
                }
                var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, left) > 0 else { continue }
                let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                answer += chunk[0..<n]
                if answer.count > 4096 { break }
            }
            return TerminalBackground.theme(answer: answer)
        }
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
