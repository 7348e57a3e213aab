/// `1 - distance / max(length)`, where distance is the optimal-string-alignment edit distance
/// (insertions, deletions, substitutions, and transpositions of adjacent characters, each costing 1).
///
/// Works on UTF-8 bytes: tokens are ASCII after normalization, and bytes keep this hot loop free of
/// `Character` and grapheme work. Two rolling rows plus the row before them; O(n*m) time, O(m) memory.
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

    func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
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
