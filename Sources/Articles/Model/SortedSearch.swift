extension Array where Element == Int {
    /// How many of the (ascending) elements are below `bound`: the index of the first at or above it, by binary
    /// search. The stages that ask "the last name before here" once per mention stay linear in the article with it.
    func countBelow(_ bound: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid] < bound { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
