import Foundation
import Testing
@testable import WatchlistMatching

/// Rough per-call timings of the transliteration layer, printed, never asserted (machines differ).
/// Debug builds are several times slower than `swift test -c release`; the numbers in reports come from
/// `swift test -c release --filter TransliterationTimingTests`.
struct TransliterationTimingTests {
    private func microsecondsPerCall(_ calls: Int, _ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1000 / Double(calls)
    }

    @Test func reportsTimePerCall() {
        let cyrillic = CyrillicRomanizerTests.sampleWords
        let latin = cyrillic.flatMap { CyrillicRomanizer.spellings(of: $0) }
        #if DEBUG
            let rounds = 2
        #else
            let rounds = 50
        #endif
        var sink = 0

        let romanizer = microsecondsPerCall(rounds * cyrillic.count) {
            for _ in 0..<rounds { for word in cyrillic { sink &+= CyrillicRomanizer.spellings(of: word).count } }
        }
        let key = microsecondsPerCall(rounds * latin.count) {
            for _ in 0..<rounds { for token in latin { sink &+= RomanizationKey.key(for: token).utf8.count } }
        }
        _ = GivenNameEquivalents.classID(for: "warm-up")  // builds the index once
        let givenName = microsecondsPerCall(rounds * latin.count) {
            for _ in 0..<rounds { for token in latin { sink &+= GivenNameEquivalents.classID(for: token) ?? 0 } }
        }
        print(String(format: """
            Transliteration timings: CyrillicRomanizer.spellings %.2f µs/word (%d words, all systems, cap %d); \
            RomanizationKey.key %.2f µs/token; GivenNameEquivalents.classID %.2f µs/token (%d tokens)
            """, romanizer, cyrillic.count, CyrillicRomanizer.defaultLimit, key, givenName, latin.count))
        #expect(sink != 0)
    }
}
