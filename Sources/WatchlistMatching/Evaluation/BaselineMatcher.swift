import WatchlistCore

/// What OFAC's own Sanctions List Search does, as the yardstick our matcher must beat: plain Jaro-Winkler
/// between the whole normalized query and every whole normalized listed name, the best name per entity,
/// the same threshold.
///
/// Normalization is `TextNormalizer`'s (case, diacritics, invisible characters, romanization of other
/// scripts), its words joined by one space, so the baseline differs from the matcher only in how names
/// are compared, not in how text is cleaned. It visits every listed name for every query (brute force);
/// a bound from letter counts skips the names that cannot reach the threshold without changing any result.
///
/// ```swift
/// let baseline = BaselineMatcher(entities: watchlist.entities, threshold: 0.8)
/// baseline.matches(for: "Valentin Miklashevich").first?.entityID
/// ```
public struct BaselineMatcher: Sendable {
    public let threshold: Double
    public let limit: Int
    private let entityIDs: [EntityID]
    /// Every listed name's normalized bytes, back to back; `nameStarts[i]..<nameStarts[i + 1]` is name `i`.
    private let nameBytes: [UInt8]
    private let nameStarts: [Int]
    /// The entity (index into `entityIDs`) of each name.
    private let nameEntities: [Int32]
    /// Each name's letter counts (`LetterCounts.width` per name), for the bound on common characters.
    private let nameCounts: [UInt16]
    private let normalizer = TextNormalizer()
    private let metric = JaroWinklerSimilarity()

    public init(entities: [Entity], threshold: Double = MatchConfiguration.standard.threshold, limit: Int = MatchConfiguration.standard.limit) {
        self.threshold = threshold
        self.limit = limit
        var entityIDs: [EntityID] = []
        var nameBytes: [UInt8] = []
        var nameStarts: [Int] = [0]
        var nameEntities: [Int32] = []
        var nameCounts: [UInt16] = []
        let normalizer = TextNormalizer()
        for entity in entities {
            let entityIndex = Int32(entityIDs.count)
            entityIDs.append(entity.id)
            var seen = Set<[UInt8]>()
            for name in entity.names {
                let bytes = Self.normalizedBytes(name.value, normalizer)
                guard !bytes.isEmpty, seen.insert(bytes).inserted else { continue }
                nameBytes += bytes
                nameStarts.append(nameBytes.count)
                nameEntities.append(entityIndex)
                nameCounts += LetterCounts.counts(bytes)
            }
        }
        self.entityIDs = entityIDs
        self.nameBytes = nameBytes
        self.nameStarts = nameStarts
        self.nameEntities = nameEntities
        self.nameCounts = nameCounts
    }

    /// The number of distinct normalized names compared per query.
    public var nameCount: Int { nameEntities.count }

    /// The entities whose best name scores at least `threshold`, best first (ties by id), at most `limit`
    /// (`self.limit` when nil).
    public func matches(for query: String, limit: Int? = nil) -> [EvaluationHit] {
        let queryBytes = Self.normalizedBytes(query, normalizer)
        guard !queryBytes.isEmpty else { return [] }
        let queryCounts = LetterCounts.counts(queryBytes)
        var best: [Int32: Double] = [:]
        queryBytes.withUnsafeBufferPointer { query in
            nameBytes.withUnsafeBufferPointer { all in
                nameCounts.withUnsafeBufferPointer { counts in
                    for name in 0..<nameEntities.count {
                        let start = nameStarts[name]
                        let listed = UnsafeBufferPointer(rebasing: all[start..<nameStarts[name + 1]])
                        // Cheap exact bound first: common characters cannot exceed the shared letter counts.
                        let common = LetterCounts.sharedCount(
                            queryCounts, UnsafeBufferPointer(rebasing: counts[(name * LetterCounts.width)...]))
                        let prefix = metric.commonPrefixLength(query, listed)
                        guard metric.upperBound(matches: Double(common), query.count, listed.count, prefix: prefix) >= threshold
                        else { continue }
                        let score = metric.winkler(metric.jaroSimilarity(query, listed), prefix: prefix)
                        guard score >= threshold else { continue }
                        let entity = nameEntities[name]
                        if score > best[entity] ?? -1 { best[entity] = score }
                    }
                }
            }
        }
        let hits = best.map { EvaluationHit(entityID: entityIDs[Int($0.key)], score: $0.value) }
        return Array(hits.sorted { ($0.score, $1.entityID) > ($1.score, $0.entityID) }.prefix(limit ?? self.limit))
    }

    static func normalizedBytes(_ text: String, _ normalizer: TextNormalizer) -> [UInt8] {
        Array(normalizer.words(in: text).map(\.normalized).joined(separator: " ").utf8)
    }
}

/// Per-byte-class counts of a normalized name, for a quick upper bound on the characters two names share.
enum LetterCounts {
    /// a-z, 0-9, space, and one bucket for anything else.
    static let width = 38

    static func bucket(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): 26 + Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: " "): 36
        default: 37
        }
    }

    static func counts(_ bytes: [UInt8]) -> [UInt16] {
        var counts = [UInt16](repeating: 0, count: width)
        for byte in bytes {
            let index = bucket(byte)
            if counts[index] < UInt16.max { counts[index] += 1 }
        }
        return counts
    }

    /// An upper bound on the characters two names have in common: per bucket, the smaller count. (The
    /// "other" bucket mixes bytes, and the smaller total still bounds what it can share.)
    static func sharedCount(_ a: [UInt16], _ b: UnsafeBufferPointer<UInt16>) -> Int {
        var shared = 0
        for index in 0..<width { shared += Int(min(a[index], b[index])) }
        return shared
    }
}
