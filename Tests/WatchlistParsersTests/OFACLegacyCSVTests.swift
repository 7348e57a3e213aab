import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct OFACLegacyCSVTests {
    let list: ListFile

    init() throws {
        list = try ListFileReader().read(fileURL: Fixture.url("ofac_csv/sdn.csv"))
    }

    private func entity(_ uid: String) throws -> Entity {
        try #require(list.entities.first { $0.id == .ofac(uid: uid) })
    }

    @Test func readsEveryEntrySkippingTheCtrlZLine() {
        #expect(list.format == .ofacLegacyCSV)
        #expect(list.entities.map(\.id.rawValue) == ["ofac:49380", "ofac:49424", "ofac:22561"])
        #expect(list.entities.map(\.kind) == [.person, .organization, .vessel])
        #expect(list.warnings.isEmpty)
    }

    @Test func joinsAliasesAddressesAndRemarkFactsToTheirEntry() throws {
        let person = try entity("49380")
        #expect(person.names.map(\.value) == [
            "MIKLASHEVICH, Valyantsin Alfredavich", "MIKLASHEVICH, Valentin Alfredovich", "MIKLASHEVICH, Valiantsin",
        ])
        #expect(person.names[0].parts == [NamePart(.given, "Valyantsin Alfredavich"), NamePart(.family, "MIKLASHEVICH")])
        #expect(person.birthDates == [.exact(try #require(PartialDate(year: 1970, month: 6, day: 3)))])
        #expect(person.birthPlaces == ["Volkovysk, Belarus"])
        #expect(person.gender == "Male")
        #expect(person.countries.contains(CountryLink(role: .nationality, name: "Belarus")))
        #expect(person.identifiers.contains(Identifier(type: "Passport", value: "MP1853515", country: "Belarus")))
        #expect(person.identifiers.contains(Identifier(type: "National ID No.", value: "3030779K030PB8", country: "Belarus")))
        #expect(person.addresses == [Address(street: ["House 3, Shirokaya St., Apartment 144"], city: "Minsk", country: "Belarus")])
    }

    @Test func quotedRemarkAliasesAreWeakAndProgramsSplit() throws {
        let company = try entity("49424")
        #expect(company.names.map(\.kind) == [.primary, .alias, .weakAlias])
        #expect(company.names.last?.value == "AO BRT")
        #expect(company.programs.map(\.code) == ["RUSSIA-EO14024", "BELARUS-EO14038"])
        #expect(company.relations.map(\.targetName) == ["JOINT STOCK COMPANY 81 ARMORED FIGHTING VEHICLES REPAIR PLANT"])
    }

    @Test func remarksContinueInTheCommentsFile() throws {
        let vessel = try entity("22561")
        #expect(vessel.relations.map(\.targetName) == ["GLOBAL SHIPPING LTD"])
        #expect(vessel.names.map(\.kind) == [.primary, .former, .weakAlias])
        #expect(vessel.identifiers.contains(Identifier(type: "Vessel Registration Identification", value: "IMO 9187629")))
        #expect(vessel.identifiers.contains(Identifier(type: "Call Sign", value: "9HA2504")))
        #expect(vessel.countries.contains(CountryLink(role: .flag, name: "Malta")))
    }

    @Test func toleratesAHeaderRowAndWarnsAboutMissingSideFiles() throws {
        let headered = try ListFileReader().read(fileURL: Fixture.url("ofac_csv_headered/sdn.csv"))
        #expect(headered.entities.map(\.id.rawValue) == ["ofac:49533"])
        #expect(headered.warnings.map(\.message).contains("alt.csv not found beside it: read without it"))
    }

    @Test func raggedRowIsReadWithAWarning() throws {
        let ragged = try ListFileReader().read(fileURL: Fixture.url("invalid/ofac_csv_ragged/sdn.csv"))
        #expect(ragged.entities.count == 2)
        #expect(ragged.warnings.contains { $0.line == 2 && $0.message.contains("4 fields, expected 12") })
    }

    @Test func rowWithoutANumericIDIsAnErrorWithItsLine() {
        #expect(throws: ListReadError.self) {
            try ListFileReader().read(fileURL: Fixture.url("invalid/ofac_csv_no_id/sdn.csv"))
        }
        do {
            _ = try ListFileReader().read(fileURL: Fixture.url("invalid/ofac_csv_no_id/sdn.csv"))
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func invalidUTF8IsAnErrorNotAGarbledName() {
        #expect(throws: ListReadError.self) {
            try ListFileReader().read(fileURL: Fixture.url("invalid/ofac_csv_bad_utf8/sdn.csv"))
        }
    }

    @Test func sideFileGivenAloneSaysToGiveSdnCSV() {
        do {
            _ = try ListFileReader().read(fileURL: Fixture.url("ofac_csv/alt.csv"))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("give sdn.csv"))
        }
    }

    @Test func remarkParserSeparatesFactsFromPlainRemarks() {
        let remarks = OFACRemarks("DOB circa 1960; alt. DOB 1955 to 1957; citizen Iran; Website www.example.com; Additional Sanctions Information - Subject to Secondary Sanctions.")
        #expect(remarks.birthDates.count == 2)
        #expect(remarks.countries == [CountryLink(role: .citizenship, name: "Iran")])
        #expect(remarks.identifiers == [Identifier(type: "Website", value: "www.example.com")])
        #expect(remarks.other == ["Additional Sanctions Information - Subject to Secondary Sanctions"])
    }

    @Test func readsTheRealJune2024SDNListCompletely() throws {
        guard let url = Fixture.sharedList("ofac/sdn_csv_2024-06/sdn.csv") else { return }
        let real = try ListFileReader().read(fileURL: url)
        // SOURCES.md: 15,402 rows (individual 6,915 / vessel 861 / aircraft 374 / entity 7,252); header row added.
        #expect(real.entities.count == 15_402)
        #expect(real.entities.filter { $0.kind == .person }.count == 6_915)
        #expect(real.entities.filter { $0.kind == .vessel }.count == 861)
        #expect(real.entities.filter { $0.kind == .aircraft }.count == 374)
        let person = try #require(real.entities.first { $0.id == .ofac(uid: "49380") })
        #expect(person.names.first?.value == "MIKLASHEVICH, Valyantsin Alfredavich")
        #expect(person.addresses.first?.city == "Minsk")
        let company = try #require(real.entities.first { $0.id == .ofac(uid: "49424") })
        #expect(company.names.contains(EntityName("AO BRT", kind: .weakAlias)))
    }

    @Test func readsTheReal2021SetWithEveryAlias() throws {
        guard let url = Fixture.sharedList("ofac/sdn_csv_2021-07/sdn.csv") else { return }
        let real = try ListFileReader().read(fileURL: url)
        // SOURCES.md: 8,976 sdn rows; alt.csv 11,910 rows. Every alt row must arrive as a name.
        #expect(real.entities.count == 8_976)
        let strongAndFormer = real.entities.reduce(0) { $0 + $1.names.filter { $0.kind == .alias || $0.kind == .former }.count }
        #expect(strongAndFormer == 11_910)
        #expect(real.warnings.isEmpty)
    }
}
