/// Finds, among a fixed list of words, every word that may be within an edit-distance similarity of a
/// query word, without comparing every word: a bigram count filter.
///
/// Each word is padded with start and end markers and reduced to its set of distinct bigrams. One edit
/// (insertion, deletion, substitution or transposition of neighbours) removes at most three bigrams, so two
/// words within `d` edits share at least `max(|A|, |B|) - 3d` distinct bigrams, and their lengths differ by
/// at most `d`. The index counts shared bigrams through inverted lists and reports the words that pass both
/// bounds; it never drops a word that is within the distance (the caller then computes the real one).
/// Where the bigram bound says nothing (short words with repeated bigrams), the words of that length are
/// scanned instead.
///
/// Words are numbered internally by length, so each inverted list is sorted by word length and a query
/// walks only the part of each list whose lengths can be within the distance.
///
/// Written by hand: none of the listed packages has an approximate-string index, and this loop is most of
/// the cost of a query.
struct BigramCountIndex: Sendable {
    /// Reusable per-query counters: one per indexed word, all zero between calls. They are allocated on
    /// first use: most queries never reach this index (it only serves long pairs).
    struct Scratch {
        fileprivate let wordCount: Int
        fileprivate var counts: [UInt16] = []
        fileprivate var touched: [Int32] = []

        init(wordCount: Int) { self.wordCount = wordCount }
    }

    private static let alphabetSize = 65
    /// Slot (internal number) → caller's word position; slot numbers run by ascending word length.
    private let positions: [Int32]
    private let lengths: [Int32]
    private let bigramCounts: [Int32]
    /// `lengthStarts[m]`: the first slot of a word of length >= m.
    private let lengthStarts: [Int32]
    private let postingStarts: [Int32]
    private let postings: [Int32]

    /// The number of word positions (indexed or not); the size of a `Scratch`.
    let wordCount: Int

    /// Indexes `words` by position; nil entries are not indexed and never reported.
    init(words: [[UInt8]?]) {
        wordCount = words.count
        let indexed = words.indices.filter { words[$0]?.isEmpty == false }.sorted {
            (words[$0]!.count, $0) < (words[$1]!.count, $1)
        }
        var lengths: [Int32] = []
        var bigramCounts: [Int32] = []
        var byBigram = [[Int32]](repeating: [], count: Self.alphabetSize * Self.alphabetSize)
        var lengthStarts: [Int32] = [0]
        for (slot, position) in indexed.enumerated() {
            let word = words[position]!
            while lengthStarts.count <= word.count { lengthStarts.append(Int32(slot)) }
            let bigrams = Self.distinctBigrams(of: word)
            lengths.append(Int32(word.count))
            bigramCounts.append(Int32(bigrams.count))
            for bigram in bigrams { byBigram[bigram].append(Int32(slot)) }
        }
        lengthStarts.append(Int32(indexed.count))
        var postingStarts: [Int32] = [0]
        postingStarts.reserveCapacity(byBigram.count + 1)
        for list in byBigram { postingStarts.append(postingStarts.last! + Int32(list.count)) }
        self.positions = indexed.map(Int32.init)
        self.lengths = lengths
        self.bigramCounts = bigramCounts
        self.lengthStarts = lengthStarts
        self.postingStarts = postingStarts
        self.postings = byBigram.flatMap { $0 }
    }

    /// Calls `body` once with the position of each indexed word that may reach `minimumSimilarity` with
    /// `word` (similarity = 1 - distance / longer length), among the words that make a pair at least
    /// `minimumPairLength` long (the longer of the two).
    func forEachCandidate(
        of word: [UInt8], minimumSimilarity: Double, minimumPairLength: Int = 0, scratch: inout Scratch,
        _ body: (Int32) -> Void
    ) {
        guard !word.isEmpty, positions.count > 0 else { return }
        let queryLength = word.count
        let longestIndexed = lengthStarts.count - 2
        // Most queries pair only with short words, which another index handles: leave before any work.
        let longestPartner = min(longestIndexed, Int(Double(queryLength) / max(minimumSimilarity, 0.01)) + 1)
        guard max(queryLength, longestPartner) >= minimumPairLength else { return }
        let queryBigrams = Self.distinctBigrams(of: word)
        // Allowed distance by the other word's length; lengths outside [shortest, longest] cannot qualify.
        var allowed = [Int](repeating: -1, count: longestIndexed + 1)
        var shortest = Int.max
        var longest = 0
        for length in 1...longestIndexed {
            let distance = Int((1 - minimumSimilarity) * Double(max(queryLength, length)) + 1e-9)
            guard abs(length - queryLength) <= distance, max(length, queryLength) >= minimumPairLength else { continue }
            allowed[length] = distance
            shortest = min(shortest, length)
            longest = max(longest, length)
        }
        guard shortest <= longest else { return }
        let first = lengthStarts[shortest]
        let end = lengthStarts[longest + 1]

        if scratch.counts.isEmpty { scratch.counts = [UInt16](repeating: 0, count: scratch.wordCount) }
        postings.withUnsafeBufferPointer { postings in
            scratch.counts.withUnsafeMutableBufferPointer { counts in
                for bigram in queryBigrams {
                    var cursor = Self.lowerBound(of: first, in: postings, from: Int(postingStarts[bigram]), to: Int(postingStarts[bigram + 1]))
                    let listEnd = Int(postingStarts[bigram + 1])
                    while cursor < listEnd {
                        let slot = postings[cursor]
                        if slot >= end { break }
                        if counts[Int(slot)] == 0 { scratch.touched.append(slot) }
                        counts[Int(slot)] &+= 1
                        cursor += 1
                    }
                }
                for slot in scratch.touched {
                    let distance = allowed[Int(lengths[Int(slot)])]
                    guard distance >= 0 else { continue }
                    let required = max(queryBigrams.count, Int(bigramCounts[Int(slot)])) - 3 * distance
                    if Int(counts[Int(slot)]) >= required { body(positions[Int(slot)]) }
                }
                // Words sharing no bigram can still be close when the bound is vacuous for them.
                for length in shortest...longest where allowed[length] >= 0 && queryBigrams.count <= 3 * allowed[length] {
                    for slot in lengthStarts[length]..<lengthStarts[length + 1]
                    where counts[Int(slot)] == 0 && Int(bigramCounts[Int(slot)]) <= 3 * allowed[length] {
                        body(positions[Int(slot)])
                    }
                }
                for slot in scratch.touched { counts[Int(slot)] = 0 }
            }
        }
        scratch.touched.removeAll(keepingCapacity: true)
    }

    /// The first index in `list[from..<to]` (sorted ascending) whose value is >= `value`.
    private static func lowerBound(of value: Int32, in list: UnsafeBufferPointer<Int32>, from: Int, to: Int) -> Int {
        var low = from
        var high = to
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The distinct padded bigrams of a word as small integers. Bytes other than ASCII letters and digits
    /// share one class: merging characters can only add shared bigrams, so the bound stays safe.
    static func distinctBigrams(of word: [UInt8]) -> [Int] {
        func symbol(_ byte: UInt8) -> Int {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a"))
            case UInt8(ascii: "0")...UInt8(ascii: "9"): 26 + Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): 39 + Int(byte - UInt8(ascii: "A"))  // key sound classes
            default: 36
            }
        }
        let start = 37
        let end = 38
        var bigrams: [Int] = []
        bigrams.reserveCapacity(word.count + 1)
        var previous = start
        for byte in word {
            let current = symbol(byte)
            bigrams.append(previous * alphabetSize + current)
            previous = current
        }
        bigrams.append(previous * alphabetSize + end)
        bigrams.sort()
        var distinct: [Int] = []
        distinct.reserveCapacity(bigrams.count)
        for bigram in bigrams where distinct.last != bigram { distinct.append(bigram) }
        return distinct
    }
}
