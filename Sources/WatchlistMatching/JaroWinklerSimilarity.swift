/// Jaro-Winkler similarity: the Jaro similarity of two strings, raised for a shared prefix.
///
/// Jaro counts the characters the two strings have in common within a window of
/// `max(|a|, |b|) / 2 - 1` positions, `m`, and the transpositions among them, `t` (half the number of
/// common characters that appear in a different order), and gives `(m/|a| + m/|b| + (m - t)/m) / 3`.
/// Winkler adds `prefixLength * prefixScale * (1 - jaro)` for a common prefix of up to `maximumPrefix`
/// characters, when the Jaro similarity exceeds `boostThreshold`. The defaults (0.1, 4, 0.7) are
/// Winkler's (1990), and what OFAC's Sanctions List Search and most libraries use.
///
/// ```swift
/// JaroWinklerSimilarity().similarity(Array("martha".utf8), Array("marhta".utf8), cutoff: 0)  // 0.9611
/// ```
///
/// Works on UTF-8 bytes, like every metric here: names are ASCII after normalization, and bytes keep the
/// loop free of `Character` and grapheme work (the baseline matcher calls it for every listed name).
struct JaroWinklerSimilarity: StringSimilarity {
    var prefixScale = 0.1
    var maximumPrefix = 4
    var boostThreshold = 0.7

    func similarity(_ a: [UInt8], _ b: [UInt8], cutoff: Double = 0) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in similarity(a, b, cutoff: cutoff) }
        }
    }

    func similarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, cutoff: Double) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        let prefix = commonPrefixLength(a, b)
        // At most min(|a|, |b|) characters can be common: that bounds Jaro, and so Jaro-Winkler, from above.
        let shortest = Double(min(a.count, b.count))
        if upperBound(matches: shortest, a.count, b.count, prefix: prefix) < cutoff { return 0 }
        let jaro = jaroSimilarity(a, b)
        let result = winkler(jaro, prefix: prefix)
        return result < cutoff ? 0 : result
    }

    /// The Jaro similarity alone, without the prefix boost.
    func jaroSimilarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        // Which characters of each string found a partner; on the stack, since this runs per name pair.
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<a.count {
                let low = max(0, i - window)
                let high = min(b.count - 1, i + window)
                guard low <= high else { continue }
                for j in low...high where !flags[a.count + j] && a[i] == b[j] {
                    flags[i] = true
                    flags[a.count + j] = true
                    matches += 1
                    break
                }
            }
            if matches == 0 { return 0 }
            // Walk the common characters of both strings in order; each position that differs is half a
            // transposition, rounded down as in Winkler's strcmp95.
            var outOfOrder = 0
            var j = 0
            for i in 0..<a.count where flags[i] {
                while !flags[a.count + j] { j += 1 }
                if a[i] != b[j] { outOfOrder += 1 }
                j += 1
            }
            let m = Double(matches)
            return (m / Double(a.count) + m / Double(b.count) + (m - Double(outOfOrder / 2)) / m) / 3
        }
    }

    /// The Winkler boost of a Jaro similarity for a common prefix of `prefix` characters.
    func winkler(_ jaro: Double, prefix: Int) -> Double {
        guard jaro > boostThreshold else { return jaro }
        return jaro + Double(min(prefix, maximumPrefix)) * prefixScale * (1 - jaro)
    }

    /// The highest Jaro-Winkler similarity two strings of these lengths with at most `matches` common
    /// characters and this common prefix can have. Jaro-Winkler grows with Jaro, so the bound is the
    /// boosted Jaro bound.
    func upperBound(matches: Double, _ lengthA: Int, _ lengthB: Int, prefix: Int) -> Double {
        guard matches > 0 else { return 0 }
        let jaro = (matches / Double(lengthA) + matches / Double(lengthB) + 1) / 3
        return jaro + Double(min(prefix, maximumPrefix)) * prefixScale * (1 - jaro)
    }

    func commonPrefixLength(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var length = 0
        let limit = min(a.count, b.count, maximumPrefix)
        while length < limit && a[length] == b[length] { length += 1 }
        return length
    }
}
