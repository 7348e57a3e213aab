import Testing
@testable import WatchlistMatching

struct LevenshteinSimilarityTests {
    /// The textbook recursive definition of optimal-string-alignment distance, memoized; slow but obviously right.
    private func referenceDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var memo: [Int: Int] = [:]
        func d(_ i: Int, _ j: Int) -> Int {
            if i == 0 { return j }
            if j == 0 { return i }
            if let known = memo[i * 1000 + j] { return known }
            var best = min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : 1))
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, d(i - 2, j - 2) + 1) }
            memo[i * 1000 + j] = best
            return best
        }
        return d(a.count, b.count)
    }

    @Test(arguments: 0..<200)
    func agreesWithTheReferenceOnGeneratedStrings(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet = Array("abkhsz".utf8)  // small alphabet: many shared letters and transpositions
        let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        let b = (0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        #expect(LevenshteinSimilarity().distance(a, b) == referenceDistance(a, b))
    }

    @Test(arguments: 0..<100)
    func bitParallelAndDynamicProgrammingAgreeUpToSixtyFourBytes(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) + 10_000)
        let alphabet = Array("abkhsz".utf8)
        let a = (0..<Int.random(in: 1...64, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        var b = a
        for _ in 0..<Int.random(in: 0...6, using: &generator) {
            let position = Int.random(in: 0..<max(1, b.count), using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0 where !b.isEmpty: b.remove(at: position)
            case 1: b.insert(alphabet.randomElement(using: &generator)!, at: position)
            case 2 where position + 1 < b.count: b.swapAt(position, position + 1)
            default: if !b.isEmpty { b[position] = alphabet.randomElement(using: &generator)! }
            }
        }
        #expect(
            LevenshteinSimilarity.bitParallelDistance(pattern: a, text: b)
                == LevenshteinSimilarity.dynamicProgrammingDistance(a, b))
    }

    @Test func wordsLongerThanSixtyFourBytesStillGetTheirDistance() {
        let long = Array(String(repeating: "abcdefghij", count: 8).utf8)
        var edited = long
        edited.swapAt(70, 71)
        edited.remove(at: 3)
        #expect(LevenshteinSimilarity().distance(long, edited) == 2)
    }

    @Test func similarityIsOneMinusDistanceOverTheLongerLength() {
        let metric = LevenshteinSimilarity()
        #expect(metric.similarity(Array("tehnolit".utf8), Array("tekhnolit".utf8), cutoff: 0) == 1 - 1.0 / 9)
        #expect(metric.similarity(Array("abcd".utf8), Array("abdc".utf8), cutoff: 0) == 0.75)
        #expect(metric.similarity([], [], cutoff: 0) == 1)
    }

    @Test func returnsZeroBelowTheCutoff() {
        #expect(LevenshteinSimilarity().similarity(Array("smith".utf8), Array("svt".utf8), cutoff: 0.75) == 0)
    }
}

/// A small deterministic generator (SplitMix64) so generated cases are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
