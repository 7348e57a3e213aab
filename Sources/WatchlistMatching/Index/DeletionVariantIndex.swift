/// Finds the words within a small edit distance of a query word by their deletion variants (the
/// "symmetric delete" method): two words within `d` edits (insertions, deletions, substitutions,
/// transpositions of neighbours) become equal after deleting at most `d` characters from each, so every
/// such pair shares a variant.
///
/// Each indexed word is stored under the hashes of all its variants with up to `maximumDeletions`
/// characters deleted; a query looks up the hashes of its own variants. The matcher uses it for the
/// common short pairs (at most two edits) and leaves the rare long ones to `BigramCountIndex`. Hash
/// collisions only add candidates, which the caller verifies.
///
/// The variants live in one open-addressing table written by hand rather than a `Dictionary`: a query
/// word of 12 letters looks up 79 variants, and each lookup is a cache miss into a table of millions of
/// entries. A slot packs a 32-bit fingerprint of the variant hash with the word position, so a lookup
/// reads one slot (rarely the next few) instead of a bucket directory, a hash array and a position array.
struct DeletionVariantIndex: Sendable {
    /// Deletions per side this index can bridge.
    let maximumDeletions: Int
    /// Slot: fingerprint in the high 32 bits, word position in the low 32; `emptySlot` when free.
    private let slots: [UInt64]
    private let slotBits: Int
    private static let emptySlot = UInt64.max

    /// Indexes each word with `deletions(word.count)` deletions, at most `maximumDeletions`; a negative
    /// number leaves the word out.
    init(words: [[UInt8]?], maximumDeletions: Int, deletions: (Int) -> Int) {
        self.maximumDeletions = maximumDeletions
        var entries: [UInt64] = []
        for (position, word) in words.enumerated() {
            guard let word else { continue }
            let depth = min(maximumDeletions, deletions(word.count))
            guard depth >= 0 else { continue }
            Self.forEachVariantHash(of: word, deletions: depth) { hash in
                entries.append(hash)
                entries.append(UInt64(position))
            }
        }
        // At most half full, so probe runs stay short.
        var slotBits = 4
        while (1 << slotBits) < entries.count { slotBits += 1 }
        var slots = [UInt64](repeating: Self.emptySlot, count: 1 << slotBits)
        let mask = (1 << slotBits) - 1
        var entry = 0
        while entry < entries.count {
            let hash = entries[entry]
            let packed = Self.packed(hash: hash, position: Int32(truncatingIfNeeded: entries[entry + 1]))
            var slot = Int(hash >> UInt64(64 - slotBits))
            while slots[slot] != Self.emptySlot, slots[slot] != packed { slot = (slot + 1) & mask }
            slots[slot] = packed
            entry += 2
        }
        self.slots = slots
        self.slotBits = slotBits
    }

    private static func packed(hash: UInt64, position: Int32) -> UInt64 {
        (hash << 32) | UInt64(UInt32(bitPattern: position))
    }

    /// Calls `body` with the position of every indexed word sharing a variant with `word` when up to
    /// `deletions` characters are deleted from it (a word may come more than once).
    func forEachCandidate(of word: [UInt8], deletions: Int, _ body: (Int32) -> Void) {
        let shift = UInt64(64 - slotBits)
        let mask = (1 << slotBits) - 1
        slots.withUnsafeBufferPointer { slots in
            Self.forEachVariantHash(of: word, deletions: min(deletions, maximumDeletions)) { hash in
                let fingerprint = hash << 32
                var slot = Int(hash >> shift)
                while true {
                    let value = slots[slot]
                    if value == Self.emptySlot { break }
                    if value & 0xFFFF_FFFF_0000_0000 == fingerprint {
                        body(Int32(bitPattern: UInt32(truncatingIfNeeded: value)))
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Hashes of the word and of every variant with one or two characters deleted (FNV-1a over the kept
    /// bytes and their count, then the SplitMix64 finalizer so the top bits are uniform for the slots).
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
