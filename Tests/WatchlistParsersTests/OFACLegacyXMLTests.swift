import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct OFACLegacyXMLTests {
    let list: ListFile

    init() throws {
        list = try ListFileReader().read(fileURL: Fixture.url("ofac_sdn_legacy_sample.xml"))
    }

    @Test func readsEveryEntryWithItsKindAndPublishDate() {
        #expect(list.format == .ofacLegacyXML)
        #expect(list.published == PartialDate(year: 2020, month: 4, day: 22))
        #expect(list.entities.map(\.id.rawValue) == ["ofac:10136", "ofac:15037", "ofac:22561"])
        #expect(list.entities.map(\.kind) == [.person, .organization, .vessel])
    }

    @Test func individualKeepsNamePartsAndEveryAliasKind() throws {
        let person = try #require(list.entities.first)
        #expect(person.names.map(\.kind) == [.primary, .alias, .weakAlias, .former])
        #expect(person.names[0].value == "MIKLASHEVICH, Petr Petrovich")
        #expect(person.names[0].parts == [NamePart(.given, "Petr Petrovich"), NamePart(.family, "MIKLASHEVICH")])
        #expect(person.names[2].value == "PETYA")
        #expect(person.caption == "Petr Petrovich MIKLASHEVICH")
        #expect(person.titles == ["Prosecutor General of the Republic of Belarus"])
    }

    @Test func individualKeepsBirthFactsAndNationality() throws {
        let person = try #require(list.entities.first)
        #expect(person.birthDates == [
            .exact(try #require(PartialDate(year: 1954, month: 10, day: 18))),
            .approximately(try #require(PartialDate(year: 1955))),
        ])
        #expect(person.birthPlaces == ["Kosuta, Minsk Region, Belarus"])
        #expect(person.countries == [CountryLink(role: .nationality, name: "Belarus")])
        #expect(person.programs == [SanctionsProgram("BELARUS", authority: "US-OFAC")])
    }

    @Test func entityKeepsProgramsIdentifiersAddressAndLinkedParty() throws {
        let bank = list.entities[1]
        #expect(bank.programs.map(\.code) == ["IRAN", "NPWMD"])
        #expect(bank.identifiers == [Identifier(type: "SWIFT/BIC", value: "BKMTIRTH")])
        #expect(bank.addresses.first?.formatted == "327 Taleghani Avenue, 15817, Tehran, Iran")
        #expect(bank.countries.contains(CountryLink(role: .location, name: "Iran")))
        #expect(bank.relations == [Relation(role: "linked to", targetName: "IRAN GOVERNMENT")])
        #expect(bank.provenance.first?.recordID == "15037")
    }

    @Test func vesselKeepsFormerNameFlagAndCallSign() {
        let vessel = list.entities[2]
        #expect(vessel.names.map(\.value) == ["SEA STAR", "OCEAN PRIDE"])
        #expect(vessel.names[1].kind == .former)
        #expect(vessel.countries == [CountryLink(role: .flag, name: "Malta")])
        #expect(vessel.identifiers.map(\.value) == ["IMO 9187629", "9HA2504"])
    }

    @Test func readsTheSameFromMemoryAsFromDisk() throws {
        let data = try Data(contentsOf: Fixture.url("ofac_sdn_legacy_sample.xml"))
        let fromMemory = try ListFileReader().read(data: data, documentName: "ofac_sdn_legacy_sample.xml")
        #expect(fromMemory.entities == list.entities)
    }

    @Test func readsTheRealOFACConsolidatedListCompletely() throws {
        guard let url = Fixture.sharedList("ofac/consolidated_2026-01-08.xml") else { return }
        let real = try ListFileReader().read(fileURL: url)
        // Counts from ../shared/lists/SOURCES.md: 442 entries (363 entity, 79 individual), 1,144 aka.
        #expect(real.entities.count == 442)
        #expect(real.entities.filter { $0.kind == .person }.count == 79)
        #expect(real.entities.reduce(0) { $0 + $1.names.count - 1 } == 1_144)
        #expect(real.published == PartialDate(year: 2026, month: 1, day: 8))
    }
}
