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

    @Test func anArabicWordGivesTheLetterAfterItsArticle() {
        // Ansar al-Sharia Benghazi: ASB, not AAB.
        #expect(acronym("أنصار الشريعة - بنغازي") == "asb")
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

    @Test func aNameThatSpellsOutTheQueryAsItsAcronymRanksAboveInitialsThatOnlyAgree() throws {
        let entities = [
            Entity(id: .un(referenceNumber: "QDe.144"), kind: .organization, names: [EntityName("ABDALLAH AZZAM BRIGADES (AAB)", kind: .primary)]),
            Entity(id: .ofac(uid: "4707"), kind: .organization, names: [EntityName("AL-AWDAH BRIGADES", kind: .primary)]),
        ]
        let matcher = WatchlistMatcher(entities: entities)
        let matches = matcher.matches(for: ScreeningQuery(name: "AAB"))
        #expect(matches.map(\.entityID) == [.un(referenceNumber: "QDe.144"), .ofac(uid: "4707")])
        #expect(matches.map(\.score) == [MatchConfiguration.standard.weakAliasExactScore, OrganizationAcronym.similarity])
        let spelledOut = try #require(matches.first?.explanation)
        #expect(spelledOut.unmatchedName == ["ABDALLAH", "AZZAM", "BRIGADES"])
        #expect(spelledOut.adjustments.map(\.rule) == ["the listed name spells out the query (its acronym)"])
        #expect(matches == matcher.matchesScoringEveryName(for: ScreeningQuery(name: "AAB")))
        // Two words of the query are not an acronym.
        #expect(matcher.matches(for: ScreeningQuery(name: "AAB Trading")).allSatisfy { $0.score < MatchConfiguration.standard.weakAliasExactScore })
    }
}
