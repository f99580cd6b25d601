import Articles

/// The speakers overlay's lines: named speakers first, then descriptions (`a spokesperson`) under a heading for
/// the organisation they speak for, or "other descriptions", each with its quote count. `Corpus.speakers` is in
/// that order already, so the overlay's selection stays an index into it; a heading is a line of its own.
struct SpeakerLines {
    let lines: [(String, Style)]
    /// Per speaker in `Corpus.speakers`, the line showing it.
    private let lineOfSpeaker: [Int]

    init(_ speakers: [Speaker]) {
        var lines: [(String, Style)] = []
        var lineOf: [Int] = []
        var heading: String?
        for sp in speakers {
            let count = "  " + Render.counted(sp.quotes, "quote")
            switch sp.kind {
            case .name:
                lineOf.append(lines.count)
                lines.append((sp.name + count, Style.role(.person)))
            case .description:
                let h = sp.organization.map { "described, for " + $0 } ?? "other descriptions"
                if h != heading {
                    lines.append((h, Style(role: sp.organization == nil ? .muted : .organization, bold: true)))
                    heading = h
                }
                lineOf.append(lines.count)
                lines.append(("  " + sp.name + count, Style.plain))
            }
        }
        self.lines = lines
        lineOfSpeaker = lineOf
    }

    /// The line of speaker `i`, nil when there is no such speaker.
    func line(ofSpeaker i: Int) -> Int? { lineOfSpeaker.indices.contains(i) ? lineOfSpeaker[i] : nil }

    /// How a speaker is named in messages and the status bar: a description with what it speaks for.
    static func label(_ sp: Speaker) -> String {
        sp.organization.map { "\(sp.name) (\($0))" } ?? sp.name
    }
}
