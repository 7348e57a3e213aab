import Testing
import WatchlistCore
@testable import WatchlistMatching

struct QualifierAdjustmentTests {
    static let person = Entity(
        id: .ofac(uid: "49380"), kind: .person,
        names: [EntityName("MIKLASHEVICH, Valyantsin", kind: .primary,
                           parts: [NamePart(.given, "Valyantsin"), NamePart(.family, "MIKLASHEVICH")])],
        birthDates: [.exact(PartialDate(year: 1970, month: 6, day: 3)!)],
        countries: [CountryLink(role: .nationality, name: "Belarus")])
    let matcher = WatchlistMatcher(entities: [QualifierAdjustmentTests.person])

    private func score(_ query: ScreeningQuery) -> Double? {
        matcher.matches(for: query).first?.score
    }

    @Test func agreeingBirthDateAndCountryRaiseTheScoreAndSaySo() throws {
        let plain = try #require(score(ScreeningQuery(name: "Miklashevich")))
        let qualified = try #require(matcher.matches(for: ScreeningQuery(
            name: "Miklashevich", birthDate: PartialDate(year: 1970), country: "BY")).first)
        #expect(qualified.score > plain)
        #expect(qualified.explanation.adjustments.map(\.rule) == ["birth date agrees (1970)", "country agrees (BY)"])
    }

    @Test func conflictingFactsLowerTheScore() throws {
        let lenient = WatchlistMatcher(entities: [Self.person], configuration: MatchConfiguration(threshold: 0.5))
        func score(_ query: ScreeningQuery) -> Double? { lenient.matches(for: query).first?.score }
        let plain = try #require(score(ScreeningQuery(name: "Valyantsin Miklashevich")))
        let conflicting = try #require(score(ScreeningQuery(
            name: "Valyantsin Miklashevich", birthDate: PartialDate(year: 1985), country: "Poland")))
        #expect(abs(conflicting - plain * 0.8 * 0.9) < 0.001)
        let wrongKind = try #require(score(ScreeningQuery(name: "Valyantsin Miklashevich", kind: .organization)))
        #expect(abs(wrongKind - plain * 0.8) < 0.001)
        // Below the default threshold, the conflicting facts turn the hit into no hit.
        #expect(matcher.matches(for: ScreeningQuery(name: "Valyantsin Miklashevich", birthDate: PartialDate(year: 1985), country: "Poland")).isEmpty)
    }

    @Test func qualifiersNeverCreateAMatchOnTheirOwn() {
        // "Miklashevitz" alone scores under the threshold; agreeing facts must not lift it over.
        let weak = ScreeningQuery(name: "Mikla", kind: .person, birthDate: PartialDate(year: 1970, month: 6, day: 3), country: "BY")
        #expect(matcher.matches(for: weak).isEmpty)
    }

    @Test(arguments: [("Belarus", "BY"), ("BY", "BY"), ("Russian Federation", "RU"), ("Belarus / Bélarus", "BY"),
                      ("Iran (Islamic Republic of)", "IR"), ("north korea", "KP")])
    func resolvesCountryNamesAndCodes(text: String, code: String) {
        #expect(CountryResolver.isoCode(for: text) == code)
    }
}
