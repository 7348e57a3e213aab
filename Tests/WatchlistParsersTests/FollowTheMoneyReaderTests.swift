import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct FollowTheMoneyReaderTests {
    let list: ListFile

    init() throws {
        list = try ListFileReader().read(fileURL: Fixture.url("ftm/entities.ftm.json"))
    }

    @Test func readsPartiesAndCountsTheRestAsWarnings() {
        #expect(list.format == .followTheMoneyJSON)
        #expect(list.entities.map(\.id.rawValue) == ["ftm:NK-3xYzA", "ftm:NK-4bRtC", "ftm:ves-9187629"])
        #expect(list.entities.map(\.kind) == [.person, .organization, .vessel])
        #expect(list.warnings.map(\.message) == ["1 records of schema Address are not parties: not screened"])
    }

    @Test func mapsEveryNameWithItsKindAndScript() throws {
        let person = try #require(list.entities.first)
        #expect(person.names.map(\.kind) == [.primary, .alias, .originalScript, .weakAlias])
        #expect(person.names[2].script == "Cyrl")
        #expect(person.birthDates == [.exact(try #require(PartialDate(year: 1970, month: 6, day: 3)))])
        #expect(person.countries == [CountryLink(role: .nationality, name: "by", isoCode: "BY")])
        #expect(person.identifiers == [Identifier(type: "Passport", value: "MP1853515")])
        #expect(person.provenance.first?.source == "us_ofac_sdn")
    }

    @Test func vesselKeepsItsFormerNameImoAndFlag() {
        let vessel = list.entities[2]
        #expect(vessel.names.map(\.kind) == [.primary, .former])
        #expect(vessel.identifiers == [Identifier(type: "IMO", value: "IMO9187629")])
        #expect(vessel.countries == [CountryLink(role: .flag, name: "mt", isoCode: "MT")])
    }

    @Test func truncatedLineIsAnErrorWithItsLineNumber() {
        do {
            _ = try ListFileReader().read(fileURL: Fixture.url("invalid/ftm_truncated.ftm.json"))
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.description.contains("not a JSON object"))
        }
    }
}
