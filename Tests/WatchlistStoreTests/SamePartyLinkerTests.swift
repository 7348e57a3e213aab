import Testing
import WatchlistCore
import WatchlistMatching

@testable import WatchlistStore

struct SamePartyLinkerTests {
    private func person(_ id: String, _ names: [String], born: String? = nil, country: String? = nil) -> Entity {
        Entity(
            id: EntityID(id)!, kind: .person,
            names: names.enumerated().map { EntityName($1, kind: $0 == 0 ? .primary : .alias) },
            birthDates: born.flatMap(PartialDate.init(iso:)).map { [.exact($0)] } ?? [],
            countries: country.map { [CountryLink(role: .nationality, name: $0, isoCode: $0)] } ?? [])
    }

    private func vessel(_ id: String, _ name: String, imo: String) -> Entity {
        Entity(
            id: EntityID(id)!, kind: .vessel, names: [EntityName(name, kind: .primary)],
            identifiers: [Identifier(type: "IMO Number", value: imo)])
    }

    private func linkedIDs(_ entities: [Entity], of id: String) -> Set<String> {
        let entity = entities.first { $0.id.rawValue == id }!
        return Set(entity.relations.filter { $0.role == Relation.samePartyRole }.compactMap(\.targetID?.rawValue))
    }

    private func build(_ entities: [Entity]) -> [Entity] {
        var builder = WatchlistBuilder()
        for entity in entities { builder.add(entity) }
        return builder.build().entities
    }

    @Test func aPersonOnTwoListsWithTheSameDateOfBirthIsLinkedAndAnAliasOfOneFindsTheOther() {
        let entities = build([
            person("ofac:36405", ["VINOKUROVA, Yekaterina Sergeyevna"], born: "1975-06-22"),
            person("ca:russia-1", ["Yekaterina Sergeyevna VINOKUROVA", "Екатерина Лаврова"], born: "1975-06-22"),
            person("ofac:1", ["LAVROV, Sergei Viktorovich"], born: "1950-03-21"),
        ])
        #expect(linkedIDs(entities, of: "ofac:36405") == ["ca:russia-1"])
        #expect(linkedIDs(entities, of: "ca:russia-1") == ["ofac:36405"])

        let matches = WatchlistMatcher(entities: entities).matches(for: ScreeningQuery(name: "Екатерина Лаврова"))
        #expect(matches.map(\.entityID.rawValue) == ["ca:russia-1", "ofac:36405"])
        #expect(matches.first?.sameParty == nil)
        #expect(matches.last?.sameParty?.rawValue == "ca:russia-1")
        #expect(matches.last?.score == matches.first?.score)
        #expect(matches.last?.matchedName.value == "Екатерина Лаврова")
    }

    @Test func theLinkedRecordsAreLeftOutWhenTheConfigurationSaysSo() {
        let entities = build([
            person("ofac:36405", ["VINOKUROVA, Yekaterina Sergeyevna"], born: "1975-06-22"),
            person("ca:russia-1", ["Yekaterina Sergeyevna VINOKUROVA", "Екатерина Лаврова"], born: "1975-06-22"),
        ])
        var configuration = MatchConfiguration.standard
        configuration.reportsSameParty = false
        let matches = WatchlistMatcher(entities: entities, configuration: configuration)
            .matches(for: ScreeningQuery(name: "Екатерина Лаврова"))
        #expect(matches.map(\.entityID.rawValue) == ["ca:russia-1"])
    }

    @Test func namesakesBornOnDifferentDatesAreNotLinked() {
        let entities = build([
            person("ofac:1", ["IVANOV, Sergei Borisovich"], born: "1953-01-31"),
            person("ofsi:2", ["Sergei Borisovich IVANOV"], born: "1962-07-04"),
        ])
        #expect(linkedIDs(entities, of: "ofac:1").isEmpty)
    }

    @Test func listsThatDifferByAYearOnTheBirthStillLinkButNotByTwo() {
        let aYear = build([
            person("ofac:36405", ["VINOKUROVA, Yekaterina Sergeyevna"], born: "1983-04-03"),
            person("ca:1", ["Yekaterina Sergeyevna VINOKUROVA"], born: "1982"),
        ])
        #expect(linkedIDs(aYear, of: "ca:1") == ["ofac:36405"])
        let twoYears = build([
            person("ofac:36405", ["VINOKUROVA, Yekaterina Sergeyevna"], born: "1983-04-03"),
            person("ca:1", ["Yekaterina Sergeyevna VINOKUROVA"], born: "1981"),
        ])
        #expect(linkedIDs(twoYears, of: "ca:1").isEmpty)
    }

    @Test func namesakesWithDifferentNationalitiesAreNotLinked() {
        let entities = build([
            person("un:1", ["Ali Hassan Mahmoud"], country: "IQ"),
            person("au:2", ["Ali Hassan Mahmoud"], country: "LB"),
        ])
        #expect(linkedIDs(entities, of: "un:1").isEmpty)
    }

    @Test func withoutADateAThreeWordNameMustMatchWordForWord() {
        let same = build([
            person("ofac:1", ["SHARGUNOV, Sergey Alexandrovich"], born: "1980-05-12"),
            person("ca:1", ["Sergey Alexandrovich SHARGUNOV"]),
        ])
        #expect(linkedIDs(same, of: "ca:1") == ["ofac:1"])
        let partial = build([
            person("ofac:1", ["SHARGUNOV, Sergey Alexandrovich"], born: "1980-05-12"),
            person("ca:1", ["Sergey SHARGUNOV"]),
        ])
        #expect(linkedIDs(partial, of: "ca:1").isEmpty)
    }

    @Test func aTwoWordNameWithoutADateIsLinkedOnlyWhenSpelledTheSame() {
        let exact = build([person("au:6928", ["Zeljko RUNJE"], born: "1966-01-04"), person("ca:1", ["Zeljko RUNJE"])])
        #expect(linkedIDs(exact, of: "ca:1") == ["au:6928"])
        // Andrei ~ Andrey scores 0.97: enough for three words, not for two.
        let spelledApart = build([person("au:6368", ["Andrey LUGOVOY"], born: "1966-09-19"), person("ca:1", ["Andrei LUGOVOY"])])
        #expect(linkedIDs(spelledApart, of: "ca:1").isEmpty)
    }

    @Test func aGroupHoldsOneRecordPerPublisher() {
        // Two OFAC records that both match the UK's record: only the closer one is linked to it, and the two
        // OFAC records are never linked to each other through it.
        let entities = build([
            person("ofac:1", ["Viktor Nikolayevich PETROV"], born: "1961-02-03"),
            person("ofac:2", ["Viktor Nikolaevich PETROV"], born: "1961-02-03"),
            person("ofsi:9", ["PETROV, Viktor Nikolayevich"], born: "1961-02-03"),
        ])
        #expect(linkedIDs(entities, of: "ofsi:9") == ["ofac:1"])
        #expect(linkedIDs(entities, of: "ofac:2").isEmpty)
    }

    @Test func vesselsAreLinkedByTheirIMONumberAndNeverAcrossDifferentOnes() {
        let same = build([vessel("ofac:1", "SEA BREEZE", imo: "9305611"), vessel("eu:7", "Sea Breeze", imo: "IMO 9305611")])
        #expect(linkedIDs(same, of: "eu:7") == ["ofac:1"])
        let different = build([vessel("ofac:1", "SEA BREEZE", imo: "9305611"), vessel("eu:7", "SEA BREEZE", imo: "9187423")])
        #expect(linkedIDs(different, of: "eu:7").isEmpty)
    }

    @Test func aUNReferenceInAUKRecordLinksItWhateverTheSpelling() {
        var ofsi = person("ofsi:7001", ["Abd al-Rahman Muhammad JAFIR"])
        ofsi.identifiers = [Identifier(type: "UN Reference Number", value: "QDi.086. Review pursuant to Security Council resolution 1822")]
        let entities = build([ofsi, person("un:QDi.086", ["ABDULRAHMAN MOHAMMED ZAFIR"]), person("un:QDi.087", ["Abd al-Rahman Muhammad JAFIR"])])
        #expect(linkedIDs(entities, of: "ofsi:7001") == ["un:QDi.086"])
        #expect(linkedIDs(entities, of: "un:QDi.087").isEmpty)
    }

    @Test func sharedDirectivesAndDatesAreNotIdentifiers() {
        // The names score 0.963: too little on their own, enough with an identifier, but a directive is none.
        var first = Entity(
            id: EntityID("ofac:1")!, kind: .organization, names: [EntityName("NOVATEK TRADING", kind: .primary)],
            identifiers: [Identifier(type: "Executive Order 13662 Directive Determination -", value: "Subject to Directive 2")])
        var second = first
        second.id = EntityID("eu:2")!
        second.names = [EntityName("NOVATEK TRAIDING", kind: .primary)]
        #expect(linkedIDs(build([first, second]), of: "eu:2").isEmpty)
        first.identifiers = [Identifier(type: "Registration Number", value: "1027739890096")]
        second.identifiers = first.identifiers
        #expect(linkedIDs(build([first, second]), of: "eu:2") == ["ofac:1"])
        // One list writes the number's label into the value.
        second.identifiers = [Identifier(type: "Business Registration Number", value: "OGRN: 1027739890096")]
        #expect(linkedIDs(build([first, second]), of: "eu:2") == ["ofac:1"])
    }

    @Test func recordsOfOnePublisherAreNeverLinkedToEachOther() {
        let entities = build([
            person("ofac:1", ["Viktor Nikolayevich PETROV"], born: "1961-02-03"),
            person("ofac:2", ["PETROV, Viktor Nikolayevich"], born: "1961-02-03"),
        ])
        #expect(linkedIDs(entities, of: "ofac:1").isEmpty)
    }

    @Test func recordsBornTheSameDayAreLinkedThroughAnyPairOfTheirNames() {
        // Neither primary name finds the other record at 0.90; their aliases agree, and so do the dates.
        let entities = build([
            person("ofac:9480", ["ABU KARIM", "Hani Yousef AL-SEBAI"], born: "1961-03-01"),
            person("un:QDi.198", ["HANI AL-SAYYID AL-SEBAI YUSIF", "Hani Yousef Al-Sebai"], born: "1961-03-01"),
            person("ofsi:1", ["Hani Yousef AL-SEBAI"], born: "1975-08-14"),
        ])
        #expect(linkedIDs(entities, of: "ofac:9480") == ["un:QDi.198"])
        #expect(linkedIDs(entities, of: "ofsi:1").isEmpty)
    }

    @Test func aSharedWeakAliasLinksRecordsBornTheSameDay() {
        var ofac = person("ofac:7832", ["ESSAADI, Moussa Ben Amor Ben Ali"], born: "1964-12-04")
        ofac.names.append(EntityName("DAH DAH", kind: .weakAlias))
        var un = person("un:QDi.096", ["MOUSSA BEN OMAR BEN ALI ESSAADI", "Dah Dah"], born: "1964-12-04")
        #expect(linkedIDs(build([ofac, un]), of: "un:QDi.096") == ["ofac:7832"])
        un.birthDates = []
        #expect(linkedIDs(build([ofac, un]), of: "un:QDi.096").isEmpty)
    }

    @Test func peopleBornTheSameDayWithUnlikeNamesAreNotLinked() {
        let entities = build([
            person("ofac:1", ["KOVALENKO, Dmitry Ivanovich"], born: "1970-05-17"),
            person("ofsi:2", ["Andrei Petrovich SOKOLOV"], born: "1970-05-17"),
        ])
        #expect(linkedIDs(entities, of: "ofac:1").isEmpty)
    }
}
