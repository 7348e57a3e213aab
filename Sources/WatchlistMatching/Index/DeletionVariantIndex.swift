/// Finds the words within a small edit distance of a query word by their deletion variants (the
/// "symmetric delete" method): two words within `d` edits (insertions, deletions, substitutions,
/// transpositions of neighbours) become equal after deleting at most `d` characters from each, so every
/// such pair shares a variant.
///
/// Each indexed word is stored under the hashes of all its variants with up to `maximumDeletions`
/// characters deleted; a query looks up the hashes of its own variants. A lookup costs a few dozen binary
/// lookups, whatever the size of the vocabulary, which is why the matcher uses it for the common short
/// pairs (at most two edits) and leaves the rare long ones to `BigramCountIndex`. Hash collisions only add
/// candidates, which the caller verifies.
struct DeletionVariantIndex: Sendable {
    /// Deletions per side this index can bridge.
    let maximumDeletions: Int
    /// Variant hashes, sorted, with the word position of each.
    private let hashes: [UInt64]
    private let positions: [Int32]
    /// `bucketStarts[b]`: the first entry whose hash's top `bucketBits` bits are >= b, so a lookup reads
    /// one bucket of a few entries instead of binary-searching millions (each step a cache miss).
    private let bucketStarts: [Int32]
    private let bucketBits: Int

    /// Indexes each word with `deletions(word.count)` deletions, at most `maximumDeletions`; a negative
    /// number leaves the word out.
    init(words: [[UInt8]?], maximumDeletions: Int, deletions: (Int) -> Int) {
        self.maximumDeletions = maximumDeletions
        var entries: [(hash: UInt64, position: Int32)] = []
        for (position, word) in words.enumerated() {
            guard let word else { continue }
            let depth = min(maximumDeletions, deletions(word.count))
            guard depth >= 0 else { continue }
            Self.forEachVariantHash(of: word, deletions: depth) { entries.append(($0, Int32(position))) }
        }
        entries.sort { ($0.hash, $0.position) < ($1.hash, $1.position) }
        var hashes: [UInt64] = []
        var positions: [Int32] = []
        hashes.reserveCapacity(entries.count)
        positions.reserveCapacity(entries.count)
        for entry in entries where !(hashes.last == entry.hash && positions.last == entry.position) {
            hashes.append(entry.hash)
            positions.append(entry.position)
        }
        var bucketBits = 1
        while (1 << bucketBits) < hashes.count / 2 { bucketBits += 1 }
        var bucketStarts = [Int32](repeating: 0, count: (1 << bucketBits) + 1)
        var entry = 0
        for bucket in 0...(1 << bucketBits) {
            while entry < hashes.count, Int(hashes[entry] >> UInt64(64 - bucketBits)) < bucket { entry += 1 }
            bucketStarts[bucket] = Int32(entry)
        }
        self.hashes = hashes
        self.positions = positions
        self.bucketStarts = bucketStarts
        self.bucketBits = bucketBits
    }

    /// Calls `body` with the position of every indexed word sharing a variant with `word` when up to
    /// `deletions` characters are deleted from it (a word may come more than once).
    func forEachCandidate(of word: [UInt8], deletions: Int, _ body: (Int32) -> Void) {
        hashes.withUnsafeBufferPointer { hashes in
            Self.forEachVariantHash(of: word, deletions: min(deletions, maximumDeletions)) { hash in
                let bucket = Int(hash >> UInt64(64 - bucketBits))
                var low = Int(bucketStarts[bucket])
                var high = Int(bucketStarts[bucket + 1])
                while low < high {
                    let middle = (low + high) / 2
                    if hashes[middle] < hash { low = middle + 1 } else { high = middle }
                }
                while low < hashes.count, hashes[low] == hash {
                    body(positions[low])
                    low += 1
                }
            }
        }
    }

    /// Hashes of the word and of every variant with one or two characters deleted (FNV-1a over the kept
    /// bytes and their count, then the SplitMix64 finalizer so the top bits are uniform for the buckets).
    static func forEachVariantHash(of word: [UInt8], deletions: Int, _ body: (UInt64) -> Void) {
        func hash(skipping first: Int, _ second: Int) -> UInt64 {
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            for (index, byte) in word.enumerated() where index != first && index != second {
                value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            value ^= UInt64(word.count - (first >= 0 ? 1 : 0) - (second >= 0 ? 1 : 0)) &* 0x9E37_79B9_7F4A_7C15
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        body(hash(skipping: -1, -1))
        guard deletions >= 1 else { return }
        for first in word.indices {
            // Deleting either of two equal neighbours gives the same variant: hash it once.
            if first > 0, word[first] == word[first - 1] { continue }
            body(hash(skipping: first, -1))
        }
        guard deletions >= 2, word.count >= 2 else { return }
        for first in word.indices {
            for second in (first + 1)..<word.count { body(hash(skipping: first, second)) }
        }
    }
}
