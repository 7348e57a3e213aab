import Testing
@testable import WatchlistMatching

struct ConsonantSkeletonTests {
    private func skeleton(_ word: String) -> String? {
        let token = NameToken(text: TextNormalizer().normalize(word: word), original: word, role: .word)
        return token.skeleton.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [("Zaitoun", "Zaytun"), ("Hussein", "Huseyn"), ("Katarji", "Qatarji"), ("Saqr", "صقر"),
                      ("Rustum", "رستم"), ("Hussein", "حسين")])
    func romanizationsOfTheSameArabicNameShareASkeleton(first: String, second: String) {
        #expect(skeleton(first) != nil)
        #expect(skeleton(first) == skeleton(second))
    }

    @Test func differentNamesKeepDifferentSkeletons() {
        #expect(skeleton("Rustum") != skeleton("Rostov"))
        #expect(skeleton("Petrov") != skeleton("Pavlov"))
    }

    @Test func wordsWithFewerThanThreeConsonantsHaveNoSkeleton() {
        #expect(skeleton("Ali") == nil)
        #expect(skeleton("Omar") == nil)
        #expect(skeleton("A320") == nil)
    }

    @Test func aSkeletonMatchCountsBelowARomanizationMatch() {
        let comparison = NameComparer().compare(query: "Mohammed Deeb ZEITUN", listed: "ZAYTUN, Muhammad Dib", kind: .person)
        let pair = comparison.explanation?.tokenMatches.first { $0.query == "ZEITUN" }
        #expect(pair?.method == "consonant_skeleton")
        #expect(pair?.similarity == WordComparison.skeletonSimilarity)
    }
}
