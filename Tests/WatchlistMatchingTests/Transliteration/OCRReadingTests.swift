import Testing
@testable import WatchlistMatching

struct OCRReadingTests {
    private func key(_ word: String) -> String? {
        OCRReading.key(of: Array(word.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [
        ("kimbcrlcy", "kimberley"), ("eririque", "enrique"), ("m0bamad", "mohamad"), ("5frvices", "services"),
        ("mvhamrnad", "muhammad"), ("jorig", "jong"), ("w0ri", "won"), ("tet1aria", "tetiana"), ("olcg", "oleg"),
        ("vlaclimirovicb", "vladimirovich"), ("5cyeed", "seyeed"), ("amigf", "amige"),
    ])
    func aWordMisreadSeveralTimesReadsLikeTheWordItWas(misread: String, word: String) {
        #expect(key(misread) != nil)
        #expect(key(misread) == key(word))
    }

    @Test(arguments: [("carl", "earl"), ("hassan", "bassan"), ("ivan", "iran"), ("olga", "oleg")])
    func differentNamesStayApart(first: String, second: String) {
        #expect(key(first) != key(second))
    }

    @Test(arguments: ["ab", "1234", "a320", "x-ray"])
    func shortWordsNumbersAndOtherCharactersHaveNoReading(word: String) {
        #expect(key(word) == nil)
    }

    @Test func aNameWithOCRErrorsInShortWordsStillMatches() {
        let comparison = NameComparer().compare(query: "YURCHIK, Olcg", listed: "YURCHIK, Oleg", kind: .person)
        #expect(comparison.score >= 0.85)
        #expect(comparison.explanation?.tokenMatches.contains { $0.method == "ocr_reading" } == true)
    }
}
