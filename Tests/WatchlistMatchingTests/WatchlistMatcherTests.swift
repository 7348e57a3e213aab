import Testing
import WatchlistCore
@testable import WatchlistMatching

/// Screening behaviour on a small hand-made watchlist.
struct WatchlistMatcherTests {
    static let entities: [Entity] = [
        Entity(
            id: .ofac(uid: "49380"), kind: .person,
            names: [
                EntityName("MIKLASHEVICH, Valyantsin Alfredavich", kind: .primary,
                           parts: [NamePart(.given, "Valyantsin Alfredavich"), NamePart(.family, "MIKLASHEVICH")]),
                EntityName("MIKLASHEVICH, Valentin Alfredovich", kind: .alias,
                           parts: [NamePart(.given, "Valentin Alfredovich"), NamePart(.family, "MIKLASHEVICH")]),
            ],
            programs: [SanctionsProgram("RUSSIA-EO14024")]),
        Entity(
            id: .ofac(uid: "49424"), kind: .organization,
            names: [
                EntityName("JOINT STOCK COMPANY BELARUSREZINOTEKHNIKA", kind: .primary),
                EntityName("AO BRT", kind: .weakAlias),
            ]),
        Entity(id: .ofac(uid: "49533"), kind: .organization, names: [EntityName("KVAND IS OOO", kind: .primary)]),
        Entity(
            id: .ofac(uid: "49507"), kind: .organization,
            names: [EntityName("PRODUCTION UNITARY ENTERPRISE PLANT SVT", kind: .primary)]),
        Entity(
            id: .ofac(uid: "4350"), kind: .person,
            names: [EntityName("HABBASH, George", kind: .primary,
                               parts: [NamePart(.given, "George"), NamePart(.family, "HABBASH")])]),
        Entity(
            id: .ofac(uid: "2"), kind: .person,
            names: [EntityName("DANIELS, Emma", kind: .primary,
                               parts: [NamePart(.given, "Emma"), NamePart(.family, "DANIELS")])]),
    ]

    let matcher = WatchlistMatcher(entities: WatchlistMatcherTests.entities)

    private func best(_ query: String) -> Match? {
        matcher.matches(for: ScreeningQuery(name: query)).first
    }

    @Test(arguments: [
        ("Miklashevich", "ofac:49380"),
        ("Valentin Miklashevich", "ofac:49380"),
        ("MIKLASHEVICH, Valyantsin", "ofac:49380"),
        ("Miklashevitch", "ofac:49380"),  // typo
        ("Mikla\u{200B}shevich", "ofac:49380"),  // zero-width space
        ("Miklashеvich", "ofac:49380"),  // Cyrillic homoglyph
        ("Belarusrezinotekhnika", "ofac:49424"),
        ("BRT", "ofac:49424"),  // weak alias, exact after dropping the legal form
        ("Kvand IS", "ofac:49533"),
        ("KVAND IS LLC", "ofac:49533"),
        ("IS Kvand", "ofac:49533"),  // word order
        ("Plant SVT", "ofac:49507"),
    ])
    func findsTheListedEntity(query: String, expectedID: String) throws {
        let match = try #require(best(query))
        #expect(match.entityID.rawValue == expectedID)
        #expect(match.score >= MatchConfiguration.standard.threshold)
    }

    @Test(arguments: [
        "John Smith",
        "George Bush",  // shares only a common given name with George HABBASH
        "EMMA LLC",  // shares only a given name with Emma DANIELS
        "Valentin",  // a given name alone
        "Plant",  // a generic word alone
        "Joint Stock Company",  // a legal form alone
        "BRTX",  // weak aliases never match fuzzily
        "Petr Miklashevich",  // same surname, another given name: another person
    ])
    func doesNotMatchUnrelatedOrGenericNames(query: String) {
        #expect(best(query) == nil)
    }

    @Test func explainsWhichWordsMatchedAndWhatTheyAre() throws {
        let match = try #require(best("Miklashevich"))
        let pair = try #require(match.explanation.tokenMatches.first)
        #expect(pair.query == "Miklashevich")
        #expect(pair.name == "MIKLASHEVICH")
        #expect(pair.role == .family)
        #expect(pair.method == "exact")
        #expect(match.explanation.summary.hasPrefix(#""Miklashevich" ~ "MIKLASHEVICH" (surname, exact)"#))
        #expect(match.caption == "Valyantsin Alfredavich MIKLASHEVICH")
        #expect(match.programs == ["RUSSIA-EO14024"])
    }

    @Test func atEqualScoresTheNameSpelledClosestToTheQueryComesFirst() throws {
        // Three listed companies of one name: every query below scores 1.000 against each.
        let matcher = WatchlistMatcher(entities: [
            Entity(id: .ofac(uid: "47440"), kind: .organization, names: [EntityName("HALEEL COMMODITIES L.L.C.", kind: .primary)]),
            Entity(id: .ofac(uid: "47450"), kind: .organization, names: [EntityName("HALEEL COMMODITIES LIMITED", kind: .primary)]),
            Entity(id: .ofac(uid: "47451"), kind: .organization, names: [EntityName("HALEEL COMMODITIES LTD", kind: .primary)]),
        ])
        let limited = matcher.matches(for: ScreeningQuery(name: "Haleel Commodities Limited"))
        #expect(limited.map(\.score) == [1, 1, 1])
        #expect(limited.first?.entityID.rawValue == "ofac:47450")
        #expect(matcher.matches(for: ScreeningQuery(name: "Haleel Commodities Ltd")).first?.entityID.rawValue == "ofac:47451")
        #expect(matcher.matches(for: ScreeningQuery(name: "Haleel Commodities L.L.C.")).first?.entityID.rawValue == "ofac:47440")
    }

    @Test func fullNameScoresHigherThanSurnameAlone() throws {
        let full = try #require(best("Valentin Alfredovich Miklashevich"))
        let surname = try #require(best("Miklashevich"))
        #expect(full.score == 1)
        #expect(surname.score < full.score)
    }

    @Test func thresholdAndLimitAreHonoured() {
        let strict = WatchlistMatcher(entities: Self.entities, configuration: MatchConfiguration(threshold: 0.99))
        #expect(strict.matches(for: ScreeningQuery(name: "Miklashevich")).isEmpty)
        let one = WatchlistMatcher(entities: Self.entities, configuration: MatchConfiguration(threshold: 0, limit: 1))
        #expect(one.matches(for: ScreeningQuery(name: "Miklashevich Kvand")).count == 1)
    }

    @Test func emptyOrInvisibleQueryMatchesNothing() {
        #expect(matcher.matches(for: ScreeningQuery(name: "")).isEmpty)
        #expect(matcher.matches(for: ScreeningQuery(name: "\u{200B}\u{200B}")).isEmpty)
    }
}

/// The transliteration layer in the matcher: scripts, romanization systems and given-name equivalents.
struct TransliterationMatchingTests {
    let matcher = WatchlistMatcher(entities: WatchlistMatcherTests.entities)

    @Test(arguments: [
        ("Миклашевич", "ofac:49380", "exact"),  // Russian Cyrillic, romanized the way lists write it
        ("Валянцін Міклашэвіч", "ofac:49380", "exact"),  // Belarusian Cyrillic
        ("Walenty Miklashevich", "ofac:49380", "given_name_equivalent"),  // Polish Walenty ~ Valentin
        ("Belarusrezinotechnika", "ofac:49424", "romanization"),  // kh ~ ch
    ])
    func findsTheEntityAcrossScriptsAndRomanizations(query: String, expectedID: String, method: String) throws {
        let match = try #require(matcher.matches(for: ScreeningQuery(name: query)).first)
        #expect(match.entityID.rawValue == expectedID)
        #expect(match.explanation.tokenMatches.contains { $0.method == method })
    }

    @Test func aGivenNameEquivalentNeverStandsInForTheSurname() {
        #expect(matcher.matches(for: ScreeningQuery(name: "Valentin Petrov")).isEmpty)
    }
}
