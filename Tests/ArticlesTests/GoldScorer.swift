import Articles
import Foundation

/// The figures of ../shared/tools/score-export, recomputed in Swift over the gold copied into Fixtures,
/// so the bars hold without the shared folder.
struct GoldScorer {
    struct Figures {
        var entityF1 = 0.0, entityStrictF1 = 0.0, canonical = 0.0
        var quoteRecall = 0.0, quotePrecision = 0.0, speaker = 0.0
        var timeRecall = 0.0, timePrecision = 0.0, timeValue = 0.0
        var meta = 0.0, timeline = 0.0
        var misses: [String] = []
    }

    static let types: Set<String> = ["person", "organization", "place", "ticker"]

    static func overlap(_ a: (Int, Int), _ b: (Int, Int)) -> Int { max(0, min(a.1, b.1) - max(a.0, b.0)) }

    static func canon(_ s: String?) -> String {
        var words = (s ?? "").lowercased().replacingOccurrences(of: ",", with: "").split(separator: " ").map(String.init)
        if words.first == "the" { words.removeFirst() }
        while let l = words.last, ["inc", "inc.", "corp", "corp.", "corporation", "co.", "ltd", "ltd.", "llc", "plc"].contains(l) { words.removeLast() }
        return words.joined(separator: " ")
    }

    static func sameSpeaker(_ p: String?, _ g: String) -> Bool {
        guard let p else { return false }
        let pc = canon(p), gc = canon(g)
        if pc == gc { return true }
        let pt = pc.split(separator: " "), gt = gc.split(separator: " ")
        return gt.count > 1 && !pt.isEmpty && pt.last == gt.last
    }

    static func chrono(_ v: String) -> [Int] { TimelineBuilder.chrono(v.split(separator: "T").first.map(String.init) ?? v) }

    static func score(gold: [String: Any], corpus: Corpus) -> Figures {
        var f = Figures()
        var byName: [String: Article] = [:]
        for a in corpus.articles { byName[(a.path as NSString).lastPathComponent] = a }
        var tp = 0, fp = 0, fn = 0, strict = 0, canonOK = 0, canonN = 0
        var qtp = 0, qfn = 0, qfp = 0, spkOK = 0, spkN = 0
        var ttp = 0, tfn = 0, tfp = 0, valOK = 0
        var metaOK = 0, metaN = 0
        for g in gold["articles"] as? [[String: Any]] ?? [] {
            let file = g["file"] as? String ?? ""
            guard let a = byName[file] else { f.misses.append("\(file) missing"); continue }
            // entities
            let gents = (g["entities"] as? [[String: Any]] ?? [])
            let req = gents.filter { ($0["required"] as? Bool) == true && types.contains($0["type"] as? String ?? "") }
            let opt = gents.filter { ($0["required"] as? Bool) == false }.map { ($0["start"] as! Int, $0["end"] as! Int) }
            let preds = a.entities.filter { types.contains($0.type.rawValue) }
            var used = Set<Int>()
            for ge in req {
                let gs = (ge["start"] as! Int, ge["end"] as! Int)
                if let i = preds.indices.first(where: { !used.contains($0) && preds[$0].type.rawValue == ge["type"] as? String
                    && overlap((preds[$0].span.start, preds[$0].span.end), gs) > 0 }) {
                    used.insert(i); tp += 1
                    if preds[i].span.start == gs.0 && preds[i].span.end == gs.1 { strict += 1 }
                    if let gc = ge["canonical"] as? String {
                        canonN += 1
                        if canon(preds[i].canonical) == canon(gc) { canonOK += 1 } else { f.misses.append("\(file): canonical \(preds[i].canonical) for \(gc)") }
                    }
                } else { fn += 1; f.misses.append("\(file): missed \(ge["text"] ?? "")") }
            }
            for (i, p) in preds.enumerated() where !used.contains(i) {
                if !opt.contains(where: { overlap($0, (p.span.start, p.span.end)) > 0 }) { fp += 1; f.misses.append("\(file): spurious \(p.text)") }
            }
            // quotes
            let gq = g["quotes"] as? [[String: Any]] ?? []
            let pq = a.quotes.filter { $0.kind == .direct }
            var qused = Set<Int>()
            for q in gq {
                let gs = (q["start"] as! Int, q["end"] as! Int)
                let need = Double(gs.1 - gs.0) / 2
                if let i = pq.indices.first(where: { !qused.contains($0) && Double(overlap((pq[$0].span.start, pq[$0].span.end), gs)) >= need }) {
                    qused.insert(i); qtp += 1
                    if let sp = q["speaker"] as? String {
                        spkN += 1
                        if sameSpeaker(pq[i].speaker, sp) { spkOK += 1 } else { f.misses.append("\(file): speaker \(pq[i].speaker ?? "nil") for \(sp)") }
                    }
                } else { qfn += 1; f.misses.append("\(file): missed quote \(q["text"] ?? "")") }
            }
            for (i, p) in pq.enumerated() where !qused.contains(i) {
                if !gq.contains(where: { overlap(($0["start"] as! Int, $0["end"] as! Int), (p.span.start, p.span.end)) > 0 }) { qfp += 1 }
            }
            // timexes
            let gt = g["timexes"] as? [[String: Any]] ?? []
            let treq = gt.filter { ($0["required"] as? Bool) == true }
            let topt = gt.filter { ($0["required"] as? Bool) == false }.map { ($0["start"] as! Int, $0["end"] as! Int) }
            var tused = Set<Int>()
            for t in treq {
                let gs = (t["start"] as! Int, t["end"] as! Int)
                if let i = a.timexes.indices.first(where: { !tused.contains($0) && overlap((a.timexes[$0].span.start, a.timexes[$0].span.end), gs) > 0 }) {
                    tused.insert(i); ttp += 1
                    let gv = t["value"] as! String, pv = a.timexes[i].value
                    if pv == gv || (gv.contains("T") && pv == String(gv.prefix(10))) { valOK += 1 } else { f.misses.append("\(file): time \(gv) got \(pv ?? "nil")") }
                } else { tfn += 1; f.misses.append("\(file): missed time \(t["text"] ?? "") @\(gs.0)") }
            }
            for (i, t) in a.timexes.enumerated() where !tused.contains(i) {
                if !topt.contains(where: { overlap($0, (t.span.start, t.span.end)) > 0 }) { tfp += 1; f.misses.append("\(file): spurious time \(t.text)") }
            }
            // metadata
            func check(_ ok: Bool, _ what: String) { metaN += 1; if ok { metaOK += 1 } else { f.misses.append("\(file): \(what)") } }
            if let title = g["title"] as? String { check(a.title == title, "title") } else { check(!a.title.isEmpty && a.titleDerived, "derived title") }
            check(a.date?.description == g["date"] as? String, "date")
            check(a.dateSource.rawValue == g["dateSource"] as? String, "dateSource")
            check(a.byline == g["byline"] as? String, "byline")
            let subs = a.subheadings.map { a.text($0) }
            check(subs == (g["subheadings"] as? [String] ?? []), "subheadings")
            let gc = g["captions"] as? [[String: Any]] ?? []
            check(gc.count == a.captions.count && zip(gc, a.captions).allSatisfy { c, p in
                let s = (c["start"] as! Int, c["end"] as! Int)
                return Double(overlap(s, (p.span.start, p.span.end))) >= Double(s.1 - s.0) * 0.9
            }, "captions")
        }
        // timeline
        var tlOK = 0, tlN = 0
        if let tl = gold["timeline"] as? [String: Any] {
            var dates: [String: Set<String>] = [:]
            for row in corpus.timeline {
                dates[row.date, default: []].formUnion(row.events.map { ($0.path as NSString).lastPathComponent })
            }
            for d in tl["mustContain"] as? [String] ?? [] { tlN += 1; if dates[d] != nil { tlOK += 1 } else { f.misses.append("timeline: no \(d)") } }
            for d in tl["crossArticleDates"] as? [String] ?? [] { tlN += 1; if (dates[d]?.count ?? 0) >= 2 { tlOK += 1 } else { f.misses.append("timeline: \(d) not merged") } }
            let order = corpus.timeline.map { chrono($0.date) }
            tlN += 1
            if zip(order, order.dropFirst()).allSatisfy({ !$1.lexicographicallyPrecedes($0) }) { tlOK += 1 } else { f.misses.append("timeline order") }
        }
        func f1(_ tp: Int, _ fp: Int, _ fn: Int) -> Double {
            let p = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0, r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }
        f.entityF1 = f1(tp, fp, fn)
        f.entityStrictF1 = f1(strict, fp + tp - strict, fn + tp - strict)
        f.canonical = canonN > 0 ? Double(canonOK) / Double(canonN) : 0
        f.quoteRecall = Double(qtp) / Double(max(1, qtp + qfn))
        f.quotePrecision = Double(qtp) / Double(max(1, qtp + qfp))
        f.speaker = Double(spkOK) / Double(max(1, spkN))
        f.timeRecall = Double(ttp) / Double(max(1, ttp + tfn))
        f.timePrecision = Double(ttp) / Double(max(1, ttp + tfp))
        f.timeValue = Double(valOK) / Double(max(1, ttp + tfn))
        f.meta = Double(metaOK) / Double(max(1, metaN))
        f.timeline = tlN > 0 ? Double(tlOK) / Double(tlN) : 1
        return f
    }
}
