/// A bounded memo of values computed for recently seen keys, for work that recurs across the queries of a
/// batch: the tokens of a query word, and the listed words alike to it.
///
/// Words in real batches follow a long tail: on a generated million-row supplier list
/// (`scripts/make-suppliers.py`: 159,000 distinct words, 89,000 of them seen once), the 5,000 commonest
/// words make 89% of the words screened. A lookup in `ListedWordTable` is most of a query's cost (the
/// edit-distance variants alone are dozens of probes into a table of millions of slots), while a hit here
/// is one hash of the key.
///
/// Bounded by two generations: values go into the current one; when it holds `capacity` keys it becomes
/// the previous one and the one before is dropped, and a key found in the previous generation moves back
/// to the current one. So keys used within the last `capacity` distinct keys stay, however long the batch,
/// and memory stays flat. Not shared between threads: each thread's `QueryScratch` has its own.
struct RecentValues<Key: Hashable, Value> {
    /// Keys kept per generation.
    let capacity: Int
    private var current: [Key: Value] = [:]
    private var previous: [Key: Value] = [:]

    init(capacity: Int) {
        precondition(capacity > 0, "a memo holds at least one key")
        self.capacity = capacity
    }

    /// The value kept for `key`, or the one `compute` returns (then kept).
    mutating func value(for key: Key, compute: () -> Value) -> Value {
        if let found = current[key] { return found }
        let found = previous.removeValue(forKey: key) ?? compute()
        if current.count >= capacity {
            previous = current
            current = Dictionary(minimumCapacity: capacity)
        }
        current[key] = found
        return found
    }

    /// Whether `key` is kept (in either generation).
    func contains(_ key: Key) -> Bool { current[key] != nil || previous[key] != nil }
}

extension RecentValues: Sendable where Key: Sendable, Value: Sendable {}
