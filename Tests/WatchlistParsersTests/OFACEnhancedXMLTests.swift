import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct OFACEnhancedXMLTests {
    let list: ListFile

    init() throws {
        list = try ListFileReader().read(fileURL: Fixture.url("ofac/ofac_enhanced_sample.xml"))
    }

    private func date(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) throws -> PartialDate {
        try #require(PartialDate(year: year, month: month, day: day))
    }

    @Test func readsEveryEntityWithItsKindAndDataAsOfDate() {
        #expect(list.format == .ofacEnhancedXML)
        #expect(list.published == PartialDate(year: 2024, month: 6, day: 21))
        #expect(list.entities.map(\.id.rawValue) == ["ofac:10136", "ofac:23552", "ofac:22561"])
        #expect(list.entities.map(\.kind) == [.person, .organization, .vessel])
        #expect(list.warnings.isEmpty)
    }

    @Test func individualKeepsNamePartsAliasKindsAndOriginalScript() throws {
        let person = try #require(list.entities.first)
        #expect(person.names.map(\.kind) == [.primary, .originalScript, .alias, .weakAlias])
        #expect(person.names[0].value == "MIKLASHEVICH, Petr Petrovich")
        #expect(person.names[0].parts == [
            NamePart(.family, "MIKLASHEVICH"), NamePart(.given, "Petr"), NamePart(.patronymic, "Petrovich"),
        ])
        #expect(person.names[0].script == nil)
        #expect(person.names[1].value == "МІКЛАШЭВІЧ, Пётр Пятровіч")
        #expect(person.names[1].script == "Cyrl")
        #expect(person.names[3].value == "PETYA")
        #expect(person.names[3].parts.isEmpty)
        #expect(person.caption == "Petr Petrovich MIKLASHEVICH")
    }

    @Test func individualKeepsExactApproximateAndRangeBirthDates() throws {
        let person = try #require(list.entities.first)
        #expect(person.birthDates == [
            .exact(try date(1954, 10, 18)), .approximately(try date(1955)), .between(try date(1956), try date(1958)),
        ])
        #expect(person.birthPlaces == ["Kosuta, Minsk Region, Belarus"])
        #expect(person.countries == [CountryLink(role: .nationality, name: "Belarus", isoCode: "BY")])
        #expect(person.gender == "Male")
        #expect(person.identifiers == [Identifier(type: "Passport", value: "MP1234567", country: "Belarus")])
        #expect(person.programs == [SanctionsProgram("BELARUS", authority: "US-OFAC")])
        #expect(person.addresses.isEmpty)  // the record's address has no parts and no country
        #expect(person.remarks.first == "Prosecutor General of the Republic of Belarus (sample record).")
        #expect(person.provenance == [Provenance(
            source: "OFAC", file: "ofac_enhanced_sample.xml", published: try date(2024, 6, 21), recordID: "10136")])
    }

    @Test func entityKeepsAddressDocumentsTextFeaturesAndOwner() throws {
        let company = list.entities[1]
        #expect(company.names.map(\.kind) == [.primary, .originalScript, .alias])
        #expect(company.names[0].parts.isEmpty)
        #expect(company.programs.map(\.code) == ["UKRAINE-EO13662", "RUSSIA-EO14024"])
        #expect(company.addresses.first?.formatted == "D. 94, Obvodnogo Kanala, nab, 196084, St. Petersburg, Russia")
        #expect(company.countries == [CountryLink(role: .location, name: "Russia", isoCode: "RU")])
        #expect(company.identifiers == [
            Identifier(type: "Registration ID", value: "1057803105755", country: "Russia", note: "issued by OGRN"),
            Identifier(type: "SWIFT/BIC", value: "LGNCRUMM"),
        ])
        #expect(company.remarks.contains("Secondary sanctions risk: See Section 11 of Executive Order 14024."))
        #expect(company.remarks.contains("Organization Established Date: 17 Oct 1990"))
        #expect(company.remarks.contains("OFAC lists: Sectoral Sanctions Identifications List; SDN List"))
        #expect(company.relations == [
            Relation(role: "owned or controlled by", targetName: "SURGUTNEFTEGAS", targetID: .ofac(uid: "17145"))
        ])
    }

    @Test func vesselKeepsFormerNameFlagCallSignAndIMO() {
        let vessel = list.entities[2]
        #expect(vessel.names.map(\.value) == ["SEA STAR", "OCEAN PRIDE"])
        #expect(vessel.names.map(\.kind) == [.primary, .former])
        #expect(vessel.countries == [CountryLink(role: .flag, name: "Malta", isoCode: "MT")])
        #expect(vessel.identifiers.map(\.value) == ["IMO 9187629", "9HA2504"])
    }

    @Test func readsTheSameFromMemoryAsFromDisk() throws {
        let data = try Data(contentsOf: Fixture.url("ofac/ofac_enhanced_sample.xml"))
        let fromMemory = try ListFileReader().read(data: data, documentName: "ofac_enhanced_sample.xml")
        #expect(fromMemory.entities == list.entities)
    }

    @Test(arguments: [
        ("1962-01-01", "1962-12-31", false, "1962"),
        ("1980-02-01", "1980-02-29", false, "1980-02"),
        ("1980-02-08", "1980-02-08", true, "~1980-02-08"),
        ("1955-01-01", "1957-12-31", false, "1955..1957"),
        ("1980-02-01", "1980-03-31", true, "1980-02..1980-03"),
        ("1980-02-08", "1981-03-01", false, "1980-02-08..1981-03-01"),
    ])
    func periodBecomesTheCoarsestDateItSpans(from: String, to: String, approximate: Bool, expected: String) throws {
        let start = try #require(PartialDate(iso: from))
        let end = try #require(PartialDate(iso: to))
        let date = try #require(OFACEnhancedDate.birthDate(from: start, to: end, approximate: approximate))
        let text: String =
            switch date {
            case .exact(let day): day.description
            case .approximately(let day): "~" + day.description
            case .between(let first, let last): "\(first)..\(last)"
            }
        #expect(text == expected)
    }

    /// ../shared/lists/ofac/CONS_ENHANCED_2025-01-10.ZIP. Counts from a Python ElementTree pass over the XML
    /// inside: 443 `entity` (SOURCES.md), 80 Individual; 1,624 name translations (SOURCES.md's 2,207
    /// `translation` include 583 address translations; its 2,271 `name` include 692 identityDocument/name):
    /// 443 primary, 925 a.k.a./n.k.a., 141 f.k.a., 70 low quality, 45 non-Latin (39 Cyrillic, 6 Chinese).
    @Test func readsTheRealConsolidatedEnhancedZIPCompletely() throws {
        guard let url = Fixture.sharedList("ofac/CONS_ENHANCED_2025-01-10.ZIP") else { return }
        let real = try ListFileReader().read(fileURL: url)
        #expect(real.format == .ofacEnhancedXML)
        #expect(real.published == PartialDate(year: 2025, month: 1, day: 10))
        #expect(real.entities.count == 443)
        #expect(real.entities.filter { $0.kind == .person }.count == 80)
        let names = real.entities.flatMap(\.names)
        #expect(names.count == 1_624)
        let kinds = Dictionary(grouping: names, by: \.kind).mapValues(\.count)
        #expect(kinds == [.primary: 443, .alias: 925, .former: 141, .weakAlias: 70, .originalScript: 45])
        #expect(names.filter { $0.script == "Cyrl" }.count == 39)
        #expect(real.entities.reduce(0) { $0 + $1.programs.count } == 525)
        #expect(real.entities.reduce(0) { $0 + $1.relations.count } == 283)
        #expect(real.entities.reduce(0) { $0 + $1.birthDates.count } == 75)
        // 692 identity documents + 574 free-text features (176 Website, 165 ISIN, 125 Email Address,
        // 69 Equity Ticker, 33 SWIFT/BIC, 6 BIK (RU)).
        #expect(real.entities.reduce(0) { $0 + $1.identifiers.count } == 1_266)
        // 531 address translations with parts, or with only a country.
        #expect(real.entities.reduce(0) { $0 + $1.addresses.count } == 531)
        #expect(real.warnings.isEmpty)
    }

    @Test func spotChecksRealRecords() throws {
        guard let url = Fixture.sharedList("ofac/CONS_ENHANCED_2025-01-10.ZIP") else { return }
        let real = try ListFileReader().read(fileURL: url)
        let byID = Dictionary(uniqueKeysWithValues: real.entities.map { ($0.id.rawValue, $0) })

        let martelly = try #require(byID["ofac:50476"])
        #expect(martelly.names.first?.value == "MARTELLY, Michel Joseph")
        #expect(martelly.birthDates == [.exact(try date(1961, 2, 12))])
        #expect(martelly.birthPlaces == ["Port-au-Prince, Haiti"])
        #expect(martelly.countries.contains(CountryLink(role: .nationality, name: "Haiti", isoCode: "HT")))
        #expect(martelly.programs.map(\.code) == ["ILLICIT-DRUGS-EO14059"])

        let kayakiran = try #require(byID["ofac:26182"])
        #expect(kayakiran.birthDates == [.exact(try date(1980, 2, 8))])
        #expect(kayakiran.countries.first == CountryLink(role: .citizenship, name: "Turkey", isoCode: "TR"))

        let vtb = try #require(byID["ofac:17013"])
        #expect(vtb.names.contains(EntityName(
            "БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", kind: .originalScript, script: "Cyrl")))
        #expect(vtb.identifiers.contains(Identifier(type: "SWIFT/BIC", value: "VTBRRUMM")))

        let haniya = try #require(byID["ofac:9639"])
        #expect(haniya.birthDates == [.exact(try date(1962))])
        #expect(haniya.names.map(\.value) == ["HANIYA, Ismail Abdul Salah", "HANIYA, Ismail", "HANIYYA, Ismaeel"])
    }
}
