import Testing
@testable import WatchlistMatching

struct JaroWinklerSimilarityTests {
    /// Jaro-Winkler written straight from the definition, with sets and arrays; slow but obviously right.
    static func reference(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        var usedInB = Set<Int>()
        var matchedInA: [Int] = []
        for i in a.indices {
            if let j = b.indices.first(where: { abs($0 - i) <= window && !usedInB.contains($0) && b[$0] == a[i] }) {
                usedInB.insert(j)
                matchedInA.append(i)
            }
        }
        let m = matchedInA.count
        if m == 0 { return 0 }
        let commonA = matchedInA.map { a[$0] }
        let commonB = usedInB.sorted().map { b[$0] }
        let transpositions = zip(commonA, commonB).filter { $0 != $1 }.count / 2
        let jaro = (Double(m) / Double(a.count) + Double(m) / Double(b.count) + Double(m - transpositions) / Double(m)) / 3
        let prefix = zip(a, b).prefix(4).prefix { $0 == $1 }.count
        return jaro > 0.7 ? jaro + Double(prefix) * 0.1 * (1 - jaro) : jaro
    }

    @Test(arguments: 0..<300)
    func agreesWithTheReferenceOnGeneratedStrings(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet = Array("abkhsz ".utf8)  // small alphabet: many shared letters and transpositions
        let a = (0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        let b = (0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        let metric = JaroWinklerSimilarity()
        #expect(abs(metric.similarity(a, b, cutoff: 0) - Self.reference(a, b)) < 1e-12)
        // A cut-off only ever turns a result below it into 0.
        let cutoff = 0.8
        let expected = Self.reference(a, b) >= cutoff ? Self.reference(a, b) : 0
        #expect(abs(metric.similarity(a, b, cutoff: cutoff) - expected) < 1e-12)
    }

    @Test(arguments: [
        ("martha", "marhta", 0.9611),
        ("dwayne", "duane", 0.8400),
        ("dixon", "dicksonx", 0.8133),
        ("miklashevich", "miklashevich", 1.0),
        ("abc", "xyz", 0.0),
    ])
    func matchesWinklersPublishedExamples(a: String, b: String, expected: Double) {
        let score = JaroWinklerSimilarity().similarity(Array(a.utf8), Array(b.utf8), cutoff: 0)
        #expect(abs(score - expected) < 0.0001)
    }

    @Test func emptyStringsAreEqualAndUnlikeAnythingElse() {
        let metric = JaroWinklerSimilarity()
        #expect(metric.similarity([], [], cutoff: 0) == 1)
        #expect(metric.similarity([], Array("a".utf8), cutoff: 0) == 0)
    }

    @Test func prefixBoostAppliesOnlyAboveTheBoostThreshold() {
        let metric = JaroWinklerSimilarity()
        // Jaro of "abcdxyzw" / "abcdqrst" is 0.667: no boost even though 4 letters are shared up front.
        let a = Array("abcdxyzw".utf8)
        let b = Array("abcdqrst".utf8)
        let jaro = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { metric.jaroSimilarity(a, $0) } }
        #expect(jaro <= metric.boostThreshold)
        #expect(metric.similarity(a, b, cutoff: 0) == jaro)
    }
}
