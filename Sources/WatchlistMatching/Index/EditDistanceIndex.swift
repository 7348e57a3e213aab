/// Finds, among a fixed list of words, every word whose edit-distance similarity to a query word may
/// reach a minimum (similarity = 1 - distance / longer length), without comparing every word.
///
/// Pairs whose longer word has at most `shortPairLength` bytes allow at most two edits at the similarities
/// the matcher uses, and are found through `DeletionVariantIndex`; longer pairs, rare, through
/// `BigramCountIndex`. Both only ever add candidates: the caller computes the real similarity.
struct EditDistanceIndex: Sendable {
    typealias Scratch = BigramCountIndex.Scratch

    /// The longest pair (longer word, in bytes) left to the deletion variants.
    let shortPairLength: Int
    let minimumSimilarity: Double
    private let deletions: DeletionVariantIndex
    private let bigrams: BigramCountIndex

    var wordCount: Int { bigrams.wordCount }

    /// Indexes `words` by position (nil entries are not indexed) for queries at `minimumSimilarity`, pairs
    /// of up to `maximumDeletions` edits (at most two) through deletion variants and longer ones through bigrams.
    init(words: [[UInt8]?], minimumSimilarity: Double, maximumDeletions: Int = 2) {
        self.minimumSimilarity = minimumSimilarity
        // The longest pair that allows no more edits than the deletion variants bridge.
        var shortPairLength = 1
        while Self.allowedDistance(shortPairLength + 1, minimumSimilarity) <= maximumDeletions, shortPairLength < 64 {
            shortPairLength += 1
        }
        self.shortPairLength = shortPairLength
        let limit = shortPairLength
        self.deletions = DeletionVariantIndex(words: words, maximumDeletions: maximumDeletions) { length in
            Self.deepestDeletion(length: length, upTo: limit, minimumSimilarity)
        }
        self.bigrams = BigramCountIndex(words: words)
    }

    func makeScratch() -> Scratch { Scratch(wordCount: bigrams.wordCount) }

    /// Calls `body` with the position of each word that may reach the minimum similarity with `word`
    /// (a word may come more than once).
    func forEachCandidate(of word: [UInt8], scratch: inout Scratch, _ body: (Int32) -> Void) {
        guard !word.isEmpty else { return }
        let depth = Self.deepestDeletion(length: word.count, upTo: shortPairLength, minimumSimilarity)
        if depth >= 0 { deletions.forEachCandidate(of: word, deletions: depth, body) }
        bigrams.forEachCandidate(
            of: word, minimumSimilarity: minimumSimilarity, minimumPairLength: shortPairLength + 1, scratch: &scratch, body)
    }

    /// Edits allowed when the longer word has `length` bytes.
    static func allowedDistance(_ length: Int, _ minimumSimilarity: Double) -> Int {
        Int((1 - minimumSimilarity) * Double(length) + 1e-9)
    }

    /// The most deletions a word of `length` bytes needs to meet any partner whose pair is at most
    /// `upTo` long; -1 when it has no such partner.
    ///
    /// Within `d` edits, the longer word of a pair loses its surplus letters and one letter per
    /// substitution; the shorter one only one per substitution, at most `d` minus the difference in
    /// length. So a 9-letter word needs one deletion, not two, to meet an 11-letter partner two edits
    /// away, which keeps the variants of mid-length words (the commonest) at one deletion.
    static func deepestDeletion(length: Int, upTo limit: Int, _ minimumSimilarity: Double) -> Int {
        var deepest = -1
        var partner = 1
        while partner <= limit {
            let distance = allowedDistance(max(length, partner), minimumSimilarity)
            if max(length, partner) <= limit, abs(length - partner) <= distance {
                let needed = partner <= length ? distance : distance - (partner - length)
                deepest = max(deepest, needed)
            }
            partner += 1
        }
        return deepest
    }
}
