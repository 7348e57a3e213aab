import Testing
import WatchlistCore
@testable import WatchlistMatching

/// A person's name in Arabic script often carries the father's and grandfather's names (the nasab) that a
/// list's Latin spelling leaves out: unpaired middle words weigh `NameScorer.nasabWeight`.
struct NasabTests {
    private func compare(_ query: String, _ listed: String) -> (score: Double, rules: [String]) {
        let result = NameComparer().compare(query: query, listed: listed, kind: .person)
        return (result.score, result.explanation?.adjustments.map(\.rule) ?? [])
    }

    @Test func theFathersNameInTheMiddleOfAnArabicScriptNameWeighsLittleWhenTheListLeavesItOut() {
        // OFAC's `Jamal Husayn ZAYNIYAH`, DFAT's `جمال حسين حسن زينيه` (Jamal son of Husayn son of Hasan).
        let withNasab = compare("جمال حسين حسن زينيه", "Jamal Husayn ZAYNIYAH")
        #expect(withNasab.score >= 0.8)
        #expect(withNasab.rules == ["father's or grandfather's name not in the listed name"])
    }

    @Test func theFirstAndLastWordsStillCount() {
        // The family name is the last word: leaving it out is no nasab.
        #expect(compare("حسن محمد علي الورديان", "Hassan Mohammad ALI").score < 0.8)
        // A Latin query is read as written: its middle word is a given name like any other.
        #expect(compare("Hassan Mohammad Ali Wardian", "Hassan AL-WARDIAN").rules.isEmpty)
    }

    @Test(arguments: [0.7, 0.8])
    func indexedScreeningOfNamesWithANasabEqualsScoringEveryName(threshold: Double) {
        let matcher = WatchlistMatcher(
            entities: CandidateIndexTests.arabicNamedEntities, configuration: MatchConfiguration(threshold: threshold, limit: 1000))
        var generator = SeededGenerator(seed: 23)
        let arabicScriptNames = CandidateIndexTests.arabicNamedEntities.flatMap(\.names).map(\.value)
            .filter { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
        var nasabHits = 0
        for _ in 0..<150 {
            // A listed two-word name with one or two words put in the middle, in Arabic script.
            let listed = arabicScriptNames.randomElement(using: &generator)!
            let words = listed.split(separator: " ").map(String.init)
            let middle = (0..<Int.random(in: 1...2, using: &generator)).map { _ in
                (0..<2).map { _ in CandidateIndexTests.arabicSyllables.randomElement(using: &generator)! }.joined()
            }
            let query = ([words[0]] + middle + words.dropFirst()).joined(separator: " ")
            let indexed = matcher.matches(for: ScreeningQuery(name: query))
            #expect(indexed == matcher.matchesScoringEveryName(for: ScreeningQuery(name: query)), "\(query)")
            nasabHits += indexed.filter { match in
                match.explanation.adjustments.contains { $0.rule.hasPrefix("father's") }
            }.count
        }
        #expect(nasabHits > 20, "the queries must match through the nasab rule for the comparison to mean anything")
    }
}
