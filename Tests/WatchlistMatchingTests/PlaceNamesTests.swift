import Testing
@testable import WatchlistMatching

struct PlaceNamesTests {
    let comparer = NameComparer()

    @Test func aPlaceAndAKindOfBusinessDoNotMatchACompanyWhoseOwnNameTheyLack() {
        let comparison = comparer.compare(
            query: "Beijing Technology JSC", listed: "BEIJING JIAHEHENGDE TECHNOLOGY COMPANY LIMITED", kind: .organization)
        #expect(comparison.score < 0.8)
        #expect(comparison.explanation?.adjustments.contains { $0.rule.hasPrefix("only a place matched") } == true)
        // Words of the translation table say what a company does, not which it is (`Aviation`).
        #expect(comparer.compare(query: "Beijing Aviation Limited", listed: "BEIJING MAIKE PUTE AVIATION ELECTRONIC CO., LTD", kind: .organization).score < 0.8)
    }

    @Test func aCompanyNamedForItsPlaceStillMatches() {
        #expect(comparer.compare(query: "Volga Shipping JSC", listed: "VOLGA SHIPPING COMPANY", kind: .organization).score >= 0.9)
        // The company's own word in the query: the place is one word among others.
        #expect(comparer.compare(query: "Beijing Jiahehengde Technology", listed: "BEIJING JIAHEHENGDE TECHNOLOGY COMPANY LIMITED", kind: .organization).score >= 0.9)
        // A person is not a company: `Kazan` may be a surname.
        #expect(comparer.compare(query: "Ivan Kazan", listed: "KAZAN, Ivan Petrovich", kind: .person).score >= 0.9)
    }

    @Test func placesAreFoundWhateverTheSpelling() {
        let tokenizer = NameTokenizer()
        #expect(tokenizer.tokens(of: "Moskva Kiev Shenzhen", reading: .organization).allSatisfy(PlaceNames.isPlace))
        #expect(!tokenizer.tokens(of: "Jiahehengde Rosneft", reading: .organization).contains(where: PlaceNames.isPlace))
    }
}
