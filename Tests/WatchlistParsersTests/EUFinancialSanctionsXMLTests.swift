import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct EUFinancialSanctionsXMLTests {
    let list: ListFile

    init() throws {
        list = try ListFileReader().read(fileURL: Fixture.url("eu/eu_fsf_sample.xml"))
    }

    private func entity(_ logicalID: String, in file: ListFile? = nil) throws -> Entity {
        try #require((file ?? list).entities.first { $0.id == .eu(logicalID: logicalID) })
    }

    @Test func readsEveryEntityWithItsKindAndGenerationDate() {
        #expect(list.format == .euFinancialSanctionsXML)
        #expect(list.published == PartialDate(year: 2024, month: 6, day: 28))
        #expect(list.entities.map(\.id.rawValue) == ["eu:139001", "eu:139002", "eu:139003"])
        #expect(list.entities.map(\.kind) == [.person, .organization, .person])
        #expect(list.warnings.isEmpty)
    }

    @Test func firstNameAliasIsPrimaryWithItsParts() throws {
        let person = try entity("139001")
        let primary = try #require(person.names.first)
        #expect(primary.kind == .primary)
        #expect(primary.value == "Valiantsin Alfredavich MIKLASHEVICH")
        #expect(primary.parts == [
            NamePart(.given, "Valiantsin"), NamePart(.middle, "Alfredavich"), NamePart(.family, "MIKLASHEVICH"),
        ])
        #expect(person.caption == "Valiantsin Alfredavich MIKLASHEVICH")
    }

    @Test func nonLatinNamesAreOriginalScriptWithScriptAndLanguage() throws {
        let person = try entity("139001")
        #expect(person.names.map(\.kind) == [.primary, .alias, .originalScript, .originalScript, .weakAlias])
        let belarusian = person.names[2]
        #expect(belarusian.value == "Валянцін Альфрэдавіч МІКЛАШЭВІЧ")
        #expect(belarusian.script == "Cyrl")
        #expect(belarusian.language == "be")
        #expect(belarusian.parts.last == NamePart(.family, "МІКЛАШЭВІЧ"))
        #expect(person.names[3].language == "ru")
        #expect(person.names[0].script == nil && person.names[0].language == nil)

        let plant = try entity("139002")
        #expect(plant.names == [
            EntityName("Plant SVT", kind: .primary),
            EntityName("Завод СВТ", kind: .originalScript, script: "Cyrl", language: "ru"),
            EntityName("Zavod SVT", kind: .alias),
        ])
    }

    @Test func weakAliasComesFromStrongFalse() throws {
        #expect(try entity("139001").names.last == EntityName("Valik", kind: .weakAlias))
    }

    @Test func partsThatLeaveOutWordsAreNotKept() throws {
        // wholeName "Mohammed Salahaldin ZIDANE" has a word the parts (Mohammed / ZIDANE) lack.
        let person = try entity("139003")
        #expect(person.names[0] == EntityName("Mohammed Salahaldin ZIDANE", kind: .primary))
        #expect(person.names[1] == EntityName("محمد صلاح الدين زيدان", kind: .originalScript, script: "Arab", language: "ar"))
    }

    @Test func birthDatesAndPlacesKeepCircaRangesAndSkipUnknownCountries() throws {
        let person = try entity("139001")
        #expect(person.birthDates == [
            .exact(try #require(PartialDate(year: 1967, month: 3, day: 15))),
            .approximately(try #require(PartialDate(year: 1968))),
        ])
        #expect(person.birthPlaces == ["Minsk, BELARUS"])

        let other = try entity("139003")
        #expect(other.birthDates == [.between(try #require(PartialDate(year: 1960)), try #require(PartialDate(year: 1963)))])
        #expect(other.birthPlaces == ["Monufia, EGYPT"])
        // An Islamic-calendar date is not compared as Gregorian: kept as a remark only.
        #expect(other.remarks.contains("Date of birth (islamic calendar): 1382-06-24"))
    }

    @Test func citizenshipBirthplaceAndAddressCountriesCarryISOCodes() throws {
        let person = try entity("139001")
        #expect(person.countries == [
            CountryLink(role: .citizenship, name: "BELARUS", isoCode: "BY"),
            CountryLink(role: .birthplace, name: "BELARUS", isoCode: "BY"),
            CountryLink(role: .location, name: "BELARUS", isoCode: "BY"),
        ])
        #expect(person.addresses == [
            Address(street: ["58 Nezavisimosti Avenue"], city: "Minsk", postalCode: "220005", country: "BELARUS")
        ])
    }

    @Test func identificationsBecomeIdentifiersWithDatesAndRemarks() throws {
        let person = try entity("139001")
        #expect(person.identifiers == [
            Identifier(
                type: "National passport", value: "MP4102345", country: "BELARUS",
                issued: PartialDate(year: 2019, month: 6, day: 1), expires: PartialDate(year: 2029, month: 5, day: 31),
                note: "Personal number 3150367A001PB1"),
            Identifier(type: "EU reference number", value: "EU.9901.11"),
        ])
        let other = try entity("139003")
        #expect(other.identifiers.map(\.type) == ["UN reference number", "EU reference number"])
        #expect(other.identifiers.first?.value == "QDi.901")
        #expect(other.remarks.contains("National passport: EGYPT; known expired; issued in 1993 under another name"))
    }

    @Test func programmesTitlesGenderRemarksAndProvenance() throws {
        let person = try entity("139001")
        #expect(person.programs == [SanctionsProgram("BLR", authority: "EU")])
        #expect(person.titles == ["Director of an enterprise"])
        #expect(person.gender == "Male")
        #expect(person.remarks == ["Designated on 2021-06-24", "Regulation 2021/1031 (OJ L224I), published 2021-06-24"])
        #expect(person.provenance == [
            Provenance(
                source: "EU FSF", file: "eu_fsf_sample.xml", published: PartialDate(year: 2024, month: 6, day: 28),
                recordID: "139001")
        ])
        let other = try entity("139003")
        #expect(other.titles == ["Maulavi"])
        #expect(other.remarks.contains("Father's name is Abd El Halim."))
    }

    @Test func enterpriseKeepsItsRemarkAndContactDetails() throws {
        let plant = try entity("139002")
        #expect(plant.remarks.first == "Manufacturer of machine tools; supplies the armed forces.")
        #expect(plant.addresses.first?.note == "phone: +375 17 000 00 00; web: www.example.by")
        #expect(plant.identifiers.first == Identifier(type: "Registration Number", value: "100000001", country: "BELARUS"))
        #expect(plant.gender == nil)
    }

    @Test func oddRecordsAreReadWithWarnings() throws {
        let odd = try ListFileReader().read(fileURL: Fixture.url("eu/eu_fsf_odd_records.xml"))
        #expect(odd.published == nil)
        #expect(odd.entities.count == 2)
        // A nameAlias with parts but no wholeName is named from its parts.
        #expect(odd.entities[0].names == [
            EntityName("Ales EXAMPLE", kind: .primary, parts: [NamePart(.given, "Ales"), NamePart(.family, "EXAMPLE")])
        ])
        #expect(odd.entities[0].remarks.contains("Date of birth: dayOfMonth 5, monthOfYear 7"))
        #expect(odd.entities[1].kind == .unknown)
        #expect(odd.warnings.map(\.message) == [
            "<export> has no readable generationDate",
            "sanctionEntity 139004 has a nameAlias without a name; skipped",
            "sanctionEntity 139004 has an incomplete birth date; kept as a remark",
            "sanctionEntity 139004 is listed twice; both records are kept",
            "sanctionEntity 139004 has no known subjectType; its kind is unknown",
        ])
    }

    @Test func entityWithoutLogicalIDIsRejectedWithItsLine() throws {
        let error = try #require(throws: ListReadError.self) {
            try ListFileReader().read(fileURL: Fixture.url("invalid/eu_missing_logical_id.xml"))
        }
        #expect(error.problem == .missingField(field: "a logicalId", record: "a <sanctionEntity>"))
        #expect(error.line == 7)
    }

    @Test func oldVersion1FileIsAnUnknownFormatNamingItsRoot() throws {
        var urls = [Fixture.url("eu/eu_fsf_v1_0_whole.xml")]
        if let real = Fixture.sharedList("eu/eu_fsf_v1.0_2016-02-11_partial.xml") { urls.append(real) }
        for url in urls {
            let error = try #require(throws: ListReadError.self) { try ListFileReader().read(fileURL: url) }
            #expect(error.problem == .unknownFormat(rootElement: "WHOLE", namespace: nil))
            #expect(error.description.contains("unknown list format: root element <WHOLE>"))
        }
    }

    @Test func readsTheSameFromMemoryAsFromDisk() throws {
        let data = try Data(contentsOf: Fixture.url("eu/eu_fsf_sample.xml"))
        let fromMemory = try ListFileReader().read(data: data, documentName: "eu_fsf_sample.xml")
        #expect(fromMemory.entities == list.entities)
    }

    // ../shared/lists/SOURCES.md: 7 sanctionEntity and 15 nameAlias (a sample trimmed by a third party, which
    // lists logicalId 5468 twice); recounted with `grep -c '<sanctionEntity '` and `grep -c '<nameAlias '`.
    @Test func readsTheRealEUSampleCompletely() throws {
        guard let url = Fixture.sharedList("eu/eu_fsf_1_1_2020-04-15_trimmed_sample.xml") else { return }
        let real = try ListFileReader().read(fileURL: url)
        #expect(real.published == PartialDate(year: 2020, month: 4, day: 15))
        #expect(real.entities.count == 7)
        #expect(real.entities.allSatisfy { $0.kind == .person })
        #expect(real.entities.reduce(0) { $0 + $1.names.count } == 15)
        #expect(real.entities.map { $0.names[0].kind } == Array(repeating: .primary, count: 7))
        #expect(real.warnings.map(\.message) == ["sanctionEntity 5468 is listed twice; both records are kept"])

        let first = try entity("5295", in: real)
        #expect(first.names.map(\.value) == [
            "Abid Hammadou", "Abdelhamid Abou Zeid", "Youcef Adel", "Amor Mohamed Ghedeir", "Abou Abdellah",
        ])
        #expect(first.birthDates == [
            .exact(try #require(PartialDate(year: 1965, month: 12, day: 12))),
            .approximately(try #require(PartialDate(year: 1958))),
        ])
        #expect(first.countries.first == CountryLink(role: .citizenship, name: "ALGERIA", isoCode: "DZ"))
        #expect(first.programs == [SanctionsProgram("TAQA", authority: "EU")])

        let tunisian = try entity("927", in: real)
        #expect(tunisian.identifiers.map(\.value) == ["04643632", "L191609", "EU.3343.85"])
        #expect(tunisian.addresses.first?.note == "Italian Fiscal Code: DAOMMD74T11Z352Z")
        let passport = try entity("191", in: real).identifiers.first
        #expect(passport == Identifier(type: "National passport", value: "488555"))
    }
}
