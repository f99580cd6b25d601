import Synchronization

/// One shared copy of each long name across a corpus, taken from every core at once: a name longer than 15 bytes
/// is a heap string, made anew for each of the thousands of mentions a long article or a large story has of it.
/// The table is split by the name's hash into shards, each behind its own lock, so two threads seldom wait for
/// each other. Names are told apart by their bytes (a precomposed and a decomposed accent are two spellings,
/// each kept as written), so what a mention holds never depends on which thread asked first.
final class NameInterner: Sendable {
    private static let shardCount = 64
    /// A name as a key: its bytes, hashed once (the hash that picks the shard), and equal only to the same bytes.
    /// (A `String` key was hashed again, by SipHash, and equal to canonically equivalent spellings, which had to be
    /// told apart after each hit.)
    private struct Key: Hashable {
        let name: String
        let hash: UInt64
        static func == (l: Key, r: Key) -> Bool { l.hash == r.hash && l.name.hasSameBytes(as: r.name) }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }
    /// One shard of the table and its lock.
    private final class Shard: Sendable {
        let names: Mutex<Set<Key>>
        init(capacity: Int) { names = Mutex(Set<Key>(minimumCapacity: capacity)) }
    }
    private let shards: [Shard]

    /// A table for about `expected` distinct names.
    init(expected: Int = 0) {
        let each = expected / NameInterner.shardCount
        shards = (0..<NameInterner.shardCount).map { _ in Shard(capacity: each) }
    }

    /// The shared copy of `name` (the first asked for with these bytes); a short name, which lives inside its
    /// `String`, as it is.
    func intern(_ name: String) -> String {
        guard name.utf8.count > 15 else { return name }
        let hash = WordTable.withBytes(of: name) { WordTable.hash($0, fold: false) }
        let key = Key(name: name, hash: hash)
        return shards[Int(truncatingIfNeeded: hash) & (NameInterner.shardCount - 1)].names.withLock { table in
            table.insert(key).memberAfterInsert.name
        }
    }
}
