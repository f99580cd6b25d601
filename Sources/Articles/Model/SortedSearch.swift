extension RandomAccessCollection where Index == Int {
    /// How many of the elements, ascending by `key`, have a key below `bound`: the index of the first at or above
    /// it, by binary search. The stages that ask "the last name before here" once per mention stay linear in the
    /// article with it.
    public func countBelow(_ bound: Int, by key: (Element) -> Int) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if key(self[mid]) < bound { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension Array where Element == Int {
    /// How many of the (ascending) elements are below `bound`.
    func countBelow(_ bound: Int) -> Int { countBelow(bound) { $0 } }
}
