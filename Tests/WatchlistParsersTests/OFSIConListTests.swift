import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct OFSIConListTests {
    let xml: ListFile
    let csv: ListFile

    init() throws {
        xml = try ListFileReader().read(fileURL: Fixture.url("uk/ofsi_conlist_2022format_sample.xml"))
        csv = try ListFileReader().read(fileURL: Fixture.url("uk/ofsi_conlist_2020_cp1252.csv"))
    }

    // MARK: XML

    @Test func xmlGroupsRowsByGroupIDInFirstSeenOrder() {
        #expect(xml.format == .ofsiConListXML)
        // 8 rows, the entity's rows interleaved with the person's.
        #expect(xml.entities.map(\.id.rawValue) == ["ofsi:14120", "ofsi:13925", "ofsi:16401"])
        #expect(xml.entities.map(\.kind) == [.organization, .person, .vessel])
        #expect(xml.warnings.isEmpty)
    }

    @Test func xmlPersonKeepsNameKindsOriginalScriptAndLanguage() throws {
        let person = xml.entities[1]
        #expect(person.names.map(\.kind) == [.primary, .originalScript, .alias, .originalScript, .weakAlias])
        #expect(person.names[0].value == "Petr Petrovich MIKLASHEVICH")
        #expect(person.names[0].parts == [NamePart(.given, "Petr"), NamePart(.middle, "Petrovich"), NamePart(.family, "MIKLASHEVICH")])
        #expect(person.caption == "Petr Petrovich MIKLASHEVICH")
        #expect(person.names[1] == EntityName("Пётр Петрович МИКЛАШЕВИЧ", kind: .originalScript, script: "Cyrl", language: "ru"))
        #expect(person.names[3].language == "be")
        #expect(person.names[4].value == "Petr MIKLASHEVICH")
    }

    @Test func xmlPersonMergesFactsAcrossRows() throws {
        let person = xml.entities[1]
        #expect(person.birthDates == [
            .exact(try #require(PartialDate(year: 1954, month: 10, day: 18))), .exact(try #require(PartialDate(year: 1955))),
        ])
        #expect(person.birthPlaces == ["Kosuta, Minsk Region, Belarus"])
        #expect(person.countries.filter { $0.role == .nationality } == [CountryLink(role: .nationality, name: "Belarus")])
        #expect(person.gender == "Male")
        #expect(person.titles == ["Former Prosecutor General of the Republic of Belarus"])
        #expect(person.programs == [SanctionsProgram("Belarus", authority: "UK")])
        #expect(person.identifiers == [Identifier(type: "UK Sanctions List Ref", value: "BEL0011")])
        #expect(person.remarks.contains("Listed on 2020-09-29"))
        #expect(person.provenance == [Provenance(source: "OFSI ConList", file: "ofsi_conlist_2022format_sample.xml", recordID: "13925")])
    }

    @Test func xmlEntityKeepsAddressRegistrationAndFormerName() {
        let company = xml.entities[0]
        #expect(company.names.map(\.value) == ["BELARUSKALI", "BELARUSKALI OAO", "ОАО «Беларуськалий»", "PRODUCTION ASSOCIATION BELARUSKALI"])
        #expect(company.names.map(\.kind) == [.primary, .alias, .originalScript, .former])
        #expect(company.addresses == [Address(street: ["5 Korzha Street"], city: "Soligorsk", postalCode: "223710", country: "Belarus")])
        #expect(company.identifiers.contains(Identifier(type: "Business Registration Number", value: "600122610")))
        #expect(company.remarks.contains("Type of entity: Open Joint Stock Company"))
    }

    @Test func xmlShipKeepsIMOFlagOwnerAndFormerName() {
        let ship = xml.entities[2]
        #expect(ship.names.map(\.value) == ["SEA STAR", "OCEAN PRIDE"])
        #expect(ship.names[1].kind == .former)
        #expect(ship.identifiers.contains(Identifier(type: "IMO", value: "9187629")))
        #expect(ship.countries == [CountryLink(role: .flag, name: "Malta")])
        #expect(ship.relations == [Relation(role: "owned or operated by", targetName: "Ocean Pride Shipping Ltd")])
    }

    // MARK: CSV

    @Test func csvDecodesWindows1252AndReadsTheLastUpdatedLine() throws {
        #expect(csv.format == .ofsiConListCSV)
        #expect(csv.published == PartialDate(year: 2020, month: 4, day: 27))
        let company = try #require(csv.entities.first { $0.id == .ofsi(groupID: "11994") })
        // é is byte 0xE9 and ’ is byte 0x92 in the file.
        #expect(company.names.first?.value == "SOCIÉTÉ MÉDITERRANÉENNE D’ARMEMENT")
        #expect(company.names.map(\.kind) == [.primary, .alias, .former])
        #expect(company.remarks.first == "Listed for the supply of arms, ammunition and related materiel. Also known as SMA.")
    }

    @Test func csvGroupsNonAdjacentRowsAndMergesTheirBirthDates() throws {
        #expect(csv.entities.map(\.id.rawValue) == ["ofsi:13349", "ofsi:11994", "ofsi:7318"])
        let person = csv.entities[0]
        #expect(person.names.map(\.value) == ["Nayef Salam Muhammad Ujaym AL-HABABI", "Sheikh Farooq AL-QAHTANI"])
        #expect(person.birthDates == [.exact(try #require(PartialDate(year: 1980))), .exact(try #require(PartialDate(year: 1981)))])
        #expect(person.titles == ["Sheikh"])
        #expect(person.identifiers == [Identifier(type: "Passport", value: "Passport No: 592667 (Qatari passport issued on 3 May 2007).")])
    }

    @Test func csvSplitsNumberedListsIntoCountriesPlacesAndDates() throws {
        #expect(csv.entities[0].countries.filter { $0.role == .nationality }.map(\.name) == ["Saudi Arabia", "Qatar"])
        let andika = csv.entities[2]
        #expect(andika.birthPlaces == ["Tirpas-Selong Village, East Lombok, Indonesia", "Korleko-Lombok Timur, Indonesia"])
        #expect(andika.birthDates.count == 2)
        #expect(andika.identifiers == [Identifier(type: "National Identification Number", value: "no 3603251708570001")])
    }

    @Test func csvRowWithoutGroupIDIsAnErrorNamingItsLine() throws {
        let error = #expect(throws: ListReadError.self) {
            try ListFileReader().read(fileURL: Fixture.url("invalid/ofsi_conlist_missing_group_id.csv"))
        }
        #expect(error?.line == 4)
        #expect(error?.problem == .missingField(field: "Group ID", record: "row 2"))
    }

    // MARK: Mapper (shared with the XLSX reader)

    @Test func mapperReadsXLSXHeadersAndPromotesAFirstNameWhenNoneIsPrimary() throws {
        var mapper = OFSIConListMapper(file: "ConList.xlsx", published: nil)
        try mapper.add(row: [
            "Group ID": "15672", "Name 6": "MITHOO", "Name 1": "Mian", "Group Type": "Individual",
            "Alias Type": "Primary name variation", "National Identification Number": "(1) 42 (2) 43",
            "National Identification Details": "(1) Pakistan (2) India", "DOB": "dd/07/1978",
        ], record: "row 1")
        try mapper.add(row: ["Group ID": "15672", "Name 6": "MITHU", "Alias Type": "AKA", "Alias Quality": "Low quality"], record: "row 2")
        let entity = try #require(mapper.finish().first)
        #expect(entity.names.map(\.kind) == [.primary, .weakAlias])
        #expect(entity.identifiers == [
            Identifier(type: "National Identification Number", value: "42", note: "Pakistan"),
            Identifier(type: "National Identification Number", value: "43", note: "India"),
        ])
        #expect(entity.birthDates == [.exact(try #require(PartialDate(year: 1978, month: 7)))])
        #expect(mapper.warnings.map(\.message) == ["group 15672 has no primary name; its first name 'Mian MITHOO' is used"])
    }

    @Test(arguments: [
        ("00/00/1980", "1980"), ("dd/mm/1945", "1945"), ("dd/07/1978", "1978-07"), ("01/08/1979", "1979-08-01"),
        ("07/1978", "1978-07"), ("1978", "1978"), ("2022-12-09T00:00:00", "2022-12-09"),
    ])
    func ukDatesReadEveryPublishedForm(text: String, expected: String) {
        #expect(UKDate.partialDate(text)?.description == expected)
    }

    @Test(arguments: ["15/08/19yy", "", "Sep 1970", "32/13/1970"])
    func ukDatesRejectTextThatIsNoDate(text: String) {
        #expect(UKDate.partialDate(text) == nil)
    }

    @Test(arguments: [
        ("1) Saudi Arabia 2) Qatar", ["Saudi Arabia", "Qatar"]),
        ("(1) 223611 (2) C00146605", ["223611", "C00146605"]),
        ("(1)-(2) Indonesia", ["Indonesia"]),
        ("Passport No: 592667 (Qatari passport issued on 3 May 2007).", ["Passport No: 592667 (Qatari passport issued on 3 May 2007)."]),
        ("Afghanistan (since 2009)", ["Afghanistan (since 2009)"]),
    ])
    func enumeratedListsSplitOnlyAtNumberMarkers(text: String, expected: [String]) {
        #expect(EnumeratedList.items(in: text) == expected)
    }

    // MARK: Real files

    @Test func readsTheReal2020CSVCompletely() throws {
        guard let url = Fixture.sharedList("uk/ofsi_ConList_2020-04-27.csv") else { return }
        let real = try ListFileReader().read(fileURL: url)
        // SOURCES.md: 9,492 rows, 2,114 groups. Counted again with Python's csv module on the cp1252-decoded
        // text: 2,114 distinct Group IDs, 1,523 of them Individual; 5,776 distinct names per group (Name 1..6
        // joined with spaces, whitespace collapsed, per Group ID); first groups in file order 13349, 13188.
        #expect(real.published == PartialDate(year: 2020, month: 4, day: 27))
        #expect(real.entities.count == 2_114)
        #expect(real.entities.filter { $0.kind == .person }.count == 1_523)
        #expect(real.entities.reduce(0) { $0 + $1.names.count } == 5_776)
        #expect(real.entities.prefix(2).map(\.id.rawValue) == ["ofsi:13349", "ofsi:13188"])
        // Windows-1252 decoded: byte 0x92 is ’, and no replacement character anywhere.
        #expect(real.entities.contains { $0.titles.contains("Advisor to Iran’s High Council for Human Rights") })
        #expect(!real.entities.contains { $0.names.contains { $0.value.contains("\u{FFFD}") } })

        let qahtani = try #require(real.entities.first)
        #expect(qahtani.caption == "Nayef Salam Muhammad Ujaym AL-HABABI")
        #expect(qahtani.names.count == 8)
        #expect(qahtani.birthDates == [.exact(try #require(PartialDate(year: 1980))), .exact(try #require(PartialDate(year: 1981)))])
        #expect(qahtani.countries.filter { $0.role == .nationality }.map(\.name) == ["Saudi Arabia", "Qatar"])
    }
}
