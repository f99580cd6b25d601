/// How many columns a terminal gives one Unicode scalar: the C library's `wcwidth`, which ncurses places cells
/// by and tmux and xterm measure with, from a table made once (`tools/build-widths.py`), so the grid and the
/// terminal agree without the program loading a locale.
enum ScalarWidth {
    /// 0 for marks and joiners, 2 for wide (East Asian, emoji), -1 for a scalar with no width (unassigned, a
    /// separator, a control), else 1.
    static func of(_ v: UInt32) -> Int {
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? -1 : 1 }
        if contains(ScalarWidthTable.zero, v) { return 0 }
        if v >= 0x1100 && contains(ScalarWidthTable.wide, v) { return 2 }
        if v >= 0x378 && contains(ScalarWidthTable.none, v) { return -1 }
        return 1
    }

    /// Binary search over ascending (first, last) pairs.
    private static func contains(_ ranges: [UInt32], _ v: UInt32) -> Bool {
        var lo = 0, hi = ranges.count / 2
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[2 * mid + 1] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count / 2 && ranges[2 * lo] <= v
    }
}
