import Testing
import WatchlistCore
@testable import WatchlistMatching

struct OrganizationAcronymTests {
    private func acronym(_ name: String) -> String? {
        OrganizationAcronym.acronym(of: NameTokenizer().tokens(of: name, reading: .organization))?.letters
    }

    @Test(arguments: [
        ("BelarusRezinoTekhnika", "brt"), ("Islamic State West Africa Province", "iswap"),
        ("Al-Qaida in the Arabian Peninsula", "aqap"), ("JSC Scientific and Technical Center Zaslon LLC", "stcz"),
    ])
    func anOrganizationsAcronymIsItsInitials(name: String, letters: String) {
        #expect(acronym(name) == letters)
    }

    @Test(arguments: ["Plant SVT", "Tehnolit", "GAZPROM OOO"])
    func namesOfFewerThanThreeLettersHaveNone(name: String) {
        #expect(acronym(name) == nil)
    }

    @Test func aQueryThatIsTheAcronymMatchesAndSaysSo() throws {
        let entities = [
            Entity(id: .ofac(uid: "1"), kind: .organization, names: [EntityName("BELARUSREZINOTECHNIKA OAO", kind: .primary)]),
            Entity(id: .ofac(uid: "2"), kind: .organization, names: [EntityName("BelarusRezinoTekhnika", kind: .primary)]),
            Entity(id: .ofac(uid: "3"), kind: .person, names: [EntityName("Boris Roman TEKHNOV", kind: .primary)]),
        ]
        let matcher = WatchlistMatcher(entities: entities)
        let matches = matcher.matches(for: ScreeningQuery(name: "BRT"))
        #expect(matches.map(\.entityID) == [.ofac(uid: "2")])
        let token = try #require(matches.first?.explanation.tokenMatches.first)
        #expect(token.method == "acronym")
        #expect(token.name == "BelarusRezinoTekhnika")
        #expect(matches.first?.score == OrganizationAcronym.similarity)
        #expect(matches == matcher.matchesScoringEveryName(for: ScreeningQuery(name: "BRT")))
        #expect(matcher.matches(for: ScreeningQuery(name: "BRT Holdings Limited")).isEmpty)
    }
}
