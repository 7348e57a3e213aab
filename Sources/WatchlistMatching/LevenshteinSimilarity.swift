/// `1 - distance / max(length)`, where distance is the optimal-string-alignment edit distance
/// (insertions, deletions, substitutions, and transpositions of adjacent characters, each costing 1).
///
/// Works on UTF-8 bytes: tokens are ASCII after normalization, and bytes keep this hot loop free of
/// `Character` and grapheme work.
struct LevenshteinSimilarity: StringSimilarity {
    func similarity(_ a: [UInt8], _ b: [UInt8], cutoff: Double = 0) -> Double {
        let longest = max(a.count, b.count)
        if longest == 0 { return 1 }
        if a == b { return 1 }
        // The length difference alone bounds the similarity from above.
        let bound = 1 - Double(abs(a.count - b.count)) / Double(longest)
        if bound < cutoff { return 0 }
        let result = 1 - Double(distance(a, b)) / Double(longest)
        return result < cutoff ? 0 : result
    }

    /// The optimal-string-alignment distance: bit-parallel when one word fits in 64 bits (every name
    /// token in practice), the textbook dynamic programme otherwise.
    func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if a.count <= 64 { return Self.bitParallelDistance(pattern: a, text: b) }
        if b.count <= 64 { return Self.bitParallelDistance(pattern: b, text: a) }
        return Self.dynamicProgrammingDistance(a, b)
    }

    /// Hyyrö's bit-vector algorithm for the Damerau (optimal string alignment) distance: one column of the
    /// edit-distance table per text byte, held as bit vectors of vertical and diagonal differences.
    /// Written by hand because it is the matcher's innermost loop (every candidate word pair goes through
    /// it) and no listed package provides it. Reference: H. Hyyrö, "A bit-vector algorithm for computing
    /// Levenshtein and Damerau edit distances", Nordic Journal of Computing 10 (2003).
    /// `pattern.count` must be 1...64.
    static func bitParallelDistance(pattern: [UInt8], text: [UInt8]) -> Int {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 256) { matchMasks in
            matchMasks.initialize(repeating: 0)
            for (position, byte) in pattern.enumerated() { matchMasks[Int(byte)] |= 1 << UInt64(position) }
            let lastBit: UInt64 = 1 << UInt64(pattern.count - 1)
            var verticalPositive: UInt64 = ~0
            var verticalNegative: UInt64 = 0
            var diagonalZero: UInt64 = 0
            var previousMatch: UInt64 = 0
            var distance = pattern.count
            for byte in text {
                let match = matchMasks[Int(byte)]
                let transposition = ((~diagonalZero & match) << 1) & previousMatch
                diagonalZero = (((match & verticalPositive) &+ verticalPositive) ^ verticalPositive)
                    | match | verticalNegative | transposition
                var horizontalPositive = verticalNegative | ~(diagonalZero | verticalPositive)
                var horizontalNegative = diagonalZero & verticalPositive
                if horizontalPositive & lastBit != 0 { distance += 1 }
                if horizontalNegative & lastBit != 0 { distance -= 1 }
                horizontalPositive = (horizontalPositive << 1) | 1
                horizontalNegative = horizontalNegative << 1
                verticalPositive = horizontalNegative | ~(diagonalZero | horizontalPositive)
                verticalNegative = diagonalZero & horizontalPositive
                previousMatch = match
            }
            return distance
        }
    }

    /// Two rolling rows plus the row before them; O(n*m) time, O(m) memory.
    static func dynamicProgrammingDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            swap(&previousPrevious, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
