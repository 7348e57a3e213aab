import Testing
import WatchlistCore
@testable import WatchlistMatching

struct NameComparerTests {
    @Test(arguments: ["Miklashevich", "Valentin Miklashevich", "Миклашевич Валянцін", "V Miklashevic"])
    func givesTheScoreScreeningGivesTheSameListedName(query: String) {
        let listed = "MIKLASHEVICH, Valyantsin Alfredavich"
        let matcher = WatchlistMatcher(
            entities: [Entity(id: .ofac(uid: "1"), kind: .person, names: [EntityName(listed, kind: .primary)])],
            configuration: MatchConfiguration(threshold: 0.01))
        let screened = matcher.matches(for: ScreeningQuery(name: query)).first
        let compared = NameComparer().compare(query: query, listed: listed, kind: .person)
        #expect(compared.score == screened?.score ?? 0)
        #expect(compared.explanation == screened?.explanation)
    }

    @Test func withoutAKindTheBetterReadingCounts() {
        let comparer = NameComparer()
        let either = comparer.compare(query: "Kvand IS", listed: "KVAND IS OOO")
        #expect(either.score == max(
            comparer.compare(query: "Kvand IS", listed: "KVAND IS OOO", kind: .person).score,
            comparer.compare(query: "Kvand IS", listed: "KVAND IS OOO", kind: .organization).score))
        #expect(either.score > 0.9)
    }

    @Test func russianCorporationWeighsAsTheLegalFormItTranslates() {
        let comparer = NameComparer()
        let translated = comparer.compare(query: "Корпорация Тактическое Ракетное", listed: "Tactical Missiles Corporation", kind: .organization)
        let without = comparer.compare(query: "Тактическое Ракетное", listed: "Tactical Missiles Corporation", kind: .organization)
        #expect(translated.score == without.score)
        #expect(translated.score >= 0.8)
    }

    @Test func oneWordOfALongOrganizationNameIsNoMatchButAnAcronymItSpellsOutIs() {
        let comparer = NameComparer()
        let part = comparer.compare(
            query: "OAO Sodruzhestvo", listed: "Sodruzhestvo Ofitserov za Mezhdunarodnuyu Bezopasnost", kind: .organization)
        #expect(part.score < 0.8)
        #expect(part.explanation?.adjustments.map(\.rule) == ["most of the listed name not in the query"])
        // Two words of it are a match; so is the acronym the name carries.
        #expect(comparer.compare(query: "Sodruzhestvo Ofitserov", listed: "Sodruzhestvo Ofitserov za Mezhdunarodnuyu Bezopasnost",
            kind: .organization).score >= 0.8)
        #expect(comparer.compare(query: "KIB", listed: "Katibat al-Imam al-Bukhari (KIB)", kind: .organization).score >= 0.8)
        #expect(comparer.compare(query: "Baztube", listed: "BAZTUBE LLC", kind: .organization).score >= 0.9)
    }

    @Test(arguments: [
        ("JOINT STOCK COMPANY UNITED METALLURGICAL COMPANY", "JSC UNITED METALLURGICAL COMPANY"),
        ("UNITED METALLURGICAL COMPANY JSC", "JOINT STOCK COMPANY UNITED METALLURGICAL COMPANY"),
        ("MANAGEMENT COMPANY SIBANTHRACITE", "LIMITED LIABILITY COMPANY MANAGEMENT COMPANY SIBANTHRACITE"),
    ])
    func aWordOfALegalFormPairsWithALegalFormsAndTheNamesOwnWordWithTheNames(query: String, listed: String) {
        let comparison = NameComparer().compare(query: query, listed: listed, kind: .organization)
        #expect(comparison.score == 1)
        #expect(comparison.explanation?.unmatchedQuery == [])
        #expect(comparison.explanation?.unmatchedName == [])
    }

    @Test func namesWithNothingInCommonScoreZeroWithoutExplanation() {
        let comparison = NameComparer().compare(query: "Maria Garcia", listed: "TEKHNOLIT")
        #expect(comparison.score == 0)
        #expect(comparison.explanation == nil)
    }

    @Test func aSomaliSpellingIsTheGivenNameItWrites() {
        // Somali writes ع as `c` and ح as `x`: `Cali` is Ali, `Maxamed` is Mohamed.
        let comparison = NameComparer().compare(query: "YARE, Ali", listed: "YARE, Cali", kind: .person)
        #expect(comparison.score >= 0.9)
        #expect(NameComparer().compare(query: "Maxamed Xasan", listed: "Mohamed HASSAN", kind: .person).score >= 0.85)
    }

    @Test func recordsNameSetsScoreByTheirBestPair() {
        let score = NameComparer().bestScore(
            queries: ["ABU KARIM", "Hani Yousef AL-SEBAI"], listed: ["HANI AL-SAYYID AL-SEBAI YUSIF", "Hani Yousef Al-Sebai"],
            kind: .person)
        #expect(score == 1)
        #expect(NameComparer().bestScore(queries: ["ABU KARIM"], listed: ["Hani Yousef Al-Sebai"], kind: .person) < 0.5)
    }
}

struct PrefixRuleTests {
    let comparer = NameComparer()

    @Test func anInitialPairsWithTheGivenNameItStarts() {
        let comparison = comparer.compare(query: "V. Miklashevich", listed: "MIKLASHEVICH, Valyantsin", kind: .person)
        #expect(comparison.explanation?.tokenMatches.map(\.method) == ["initial", "exact"])
        #expect(comparison.score >= 0.8)
    }

    @Test func aMiddleInitialTheListedNameLacksCostsLittle() {
        let withInitial = comparer.compare(query: "Svetlana V. UKHNALYOVA", listed: "Svetlana UKHNALYOVA", kind: .person)
        #expect(withInitial.score > 0.85)  // 0.667 when an initial weighed as much as a name
        #expect(withInitial.explanation?.unmatchedQuery == ["V"])
        // A whole word the listed name lacks still costs its full share.
        #expect(comparer.compare(query: "Svetlana Maria UKHNALYOVA", listed: "Svetlana UKHNALYOVA", kind: .person).score < 0.8)
    }

    @Test func initialsAloneMatchNothing() {
        #expect(comparer.compare(query: "V M", listed: "Valyantsin MIKLASHEVICH", kind: .person).score == 0)
    }

    @Test func theLastWordOfANameCutShortPairsWithTheWordItStarts() {
        let comparison = comparer.compare(
            query: "LEBANESE COMPANY FOR INFORMATION AN", listed: "LEBANESE COMPANY FOR INFORMATION AND STUDIES", kind: .organization)
        #expect(comparison.explanation?.tokenMatches.last?.method == "truncated")
        #expect(comparison.score >= 0.9)
    }

    @Test func aLegalFormAndATruncatedWordAreNoMatch() {
        let comparison = comparer.compare(
            query: "LIMITED LIABILITY COMPANY GEOS", listed: "LIMITED LIABILITY COMPANY GEOSCAN", kind: .organization)
        #expect(comparison.score == 0)
    }

    @Test func onlyTheLastWordMayBeTruncated() {
        let comparison = comparer.compare(query: "INFORM COMPANY LEBANESE", listed: "LEBANESE COMPANY FOR INFORMATION", kind: .organization)
        #expect(comparison.explanation?.tokenMatches.contains { $0.method == "truncated" } == false)
    }
}
