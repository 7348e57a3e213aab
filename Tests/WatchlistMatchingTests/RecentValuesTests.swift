import Testing
@testable import WatchlistMatching

struct RecentValuesTests {
    @Test func computesAValueOncePerKeyWhileTheKeyIsKept() {
        var memo = RecentValues<String, Int>(capacity: 4)
        var computed: [String] = []
        for key in ["a", "b", "a", "c", "b", "a"] {
            let value = memo.value(for: key) {
                computed.append(key)
                return key.unicodeScalars.first!.value.hashValue
            }
            #expect(value == key.unicodeScalars.first!.value.hashValue)
        }
        #expect(computed == ["a", "b", "c"])
    }

    @Test func dropsKeysNotUsedWithinTwoGenerations() {
        var memo = RecentValues<Int, Int>(capacity: 3)
        for key in 0..<10 { _ = memo.value(for: key) { key * 2 } }
        // Generations of 3: keys 9 (current) and 6, 7, 8 (previous) are kept; 0...5 are gone.
        #expect((0...5).allSatisfy { !memo.contains($0) })
        #expect((6...9).allSatisfy { memo.contains($0) })
        var recomputed = 0
        #expect(memo.value(for: 0) { recomputed += 1; return 0 } == 0)
        #expect(recomputed == 1)
    }

    @Test func keepsAKeyInUseAcrossGenerations() {
        var memo = RecentValues<Int, Int>(capacity: 2)
        var computedHot = 0
        for key in 100..<120 {
            _ = memo.value(for: 1) { computedHot += 1; return 1 }
            _ = memo.value(for: key) { key }
        }
        #expect(computedHot == 1, "a key used in every generation is never dropped")
        #expect(!memo.contains(100))
    }
}
