import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct UNConsolidatedXMLTests {
    let list: ListFile

    init() throws {
        list = try ListFileReader().read(fileURL: Fixture.url("un/un_consolidated_sample.xml"))
    }

    private func entity(_ reference: String) throws -> Entity {
        try #require(list.entities.first { $0.id == .un(referenceNumber: reference) })
    }

    @Test func readsEveryRecordWithItsKindAndGenerationDate() {
        #expect(list.format == .unConsolidatedXML)
        #expect(list.published == PartialDate(year: 2026, month: 1, day: 28))
        #expect(list.entities.map(\.id.rawValue) == ["un:QDi.901", "un:KPi.901", "un:TAi.901", "un:QDe.901", "un:KPe.901"])
        #expect(list.entities.map(\.kind) == [.person, .person, .person, .organization, .organization])
        #expect(list.warnings.isEmpty)
    }

    @Test func individualKeepsNumberedNamePartsWithoutGuessingASurname() throws {
        let person = try entity("QDi.901")
        let primary = try #require(person.names.first)
        #expect(primary.kind == .primary)
        #expect(primary.value == "MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE")
        #expect(primary.parts == [
            NamePart(.given, "MOHAMMED"), NamePart(.other, "SALAHALDIN"), NamePart(.other, "ABD EL HALIM"),
            NamePart(.other, "ZIDANE"),
        ])
        #expect(person.caption == "MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE")
    }

    @Test func singleNameIsKeptWhole() throws {
        #expect(try entity("TAi.901").names == [EntityName("FAIZ", kind: .primary)])
    }

    @Test func originalScriptAndEveryAliasQualityAreKept() throws {
        let person = try entity("QDi.901")
        #expect(person.names.map(\.kind) == [.primary, .originalScript, .alias, .alias, .alias, .weakAlias])
        #expect(person.names[1] == EntityName("محمد صلاح الدين عبدالحليم زيدان", kind: .originalScript, script: "Arab"))
        // "Sayf Al Adl; Saif al-Adel" is two spellings.
        #expect(person.names.map(\.value).suffix(4) == ["Muhamad Ibrahim Makkawi", "Sayf Al Adl", "Saif al-Adel", "Abu Ali"])
    }

    @Test func entityAliasesMapFormerNamesAndOtherScripts() throws {
        let group = try entity("QDe.901")
        // "formerly listed as" is an earlier listing spelling, still a name of the group: an alias.
        #expect(group.names.map(\.kind) == [.primary, .originalScript, .alias, .former, .alias, .originalScript])
        #expect(group.remarks.contains("Alias Tavhid va Jihod Katibasi: formerly listed as"))
        #expect(group.names[1].script == "Cyrl")
        #expect(group.names[5] == EntityName("كتيبة التوحيد والجهاد", kind: .originalScript, script: "Arab"))
    }

    @Test func emptyAliasPlaceholdersAddNoNames() throws {
        #expect(try entity("KPi.901").names.map(\.value) == ["RI JONG-CHOL"])
        #expect(try entity("KPe.901").names.count == 1)
    }

    @Test func birthDatesKeepExactApproximateAndAliasDates() throws {
        let person = try entity("QDi.901")
        #expect(person.birthDates == [
            .exact(try #require(PartialDate(year: 1960, month: 4, day: 11))),
            .approximately(try #require(PartialDate(year: 1963))),
            .exact(try #require(PartialDate(year: 1963, month: 4, day: 11))),  // given with an alias
        ])
        #expect(person.birthPlaces == ["Shibin al-Kawm, Monufia Governorate, Egypt", "Monufia, Egypt"])
    }

    @Test func birthDateRangesAndMonthNotesAreRead() throws {
        let person = try entity("KPi.901")
        #expect(person.birthDates == [
            .between(try #require(PartialDate(year: 1955)), try #require(PartialDate(year: 1958))),
            .exact(try #require(PartialDate(year: 1973, month: 11))),
            .exact(try #require(PartialDate(year: 1958, month: 9))),
            .exact(try #require(PartialDate(year: 1979, month: 3, day: 3))),
        ])
        #expect(person.remarks.contains("Date of birth 1979-03-03: from false passport"))
    }

    @Test func unreadableBirthDateNoteIsKeptAsARemark() throws {
        let person = try entity("TAi.901")
        #expect(person.birthDates.isEmpty)
        #expect(person.remarks.contains("Date of birth: 24/06/1402 (Hijri Calendar)"))
        #expect(person.birthPlaces == ["Noori village, Maiwand District, Kandahar Province, Afghanistan"])
        #expect(person.countries == [CountryLink(role: .birthplace, name: "Afghanistan")])
    }

    @Test func nationalityTitlesProgrammeGenderAndRemarks() throws {
        let person = try entity("QDi.901")
        #expect(person.countries == [
            CountryLink(role: .nationality, name: "Egypt"), CountryLink(role: .birthplace, name: "Egypt"),
            CountryLink(role: .location, name: "Iran (Islamic Republic of)"),
        ])
        #expect(person.titles == ["Maulavi", "Military commander"])
        #expect(person.programs == [SanctionsProgram("Al-Qaida", authority: "UN")])
        #expect(person.gender == "Male")
        #expect(person.remarks.first == "Member of the Al-Qaida leadership. Reportedly located in the Islamic Republic of Iran.")
        #expect(person.remarks.contains("Listed on 2001-01-25"))
        #expect(person.remarks.contains("Alias Abu Ali: Nickname"))
        #expect(person.provenance == [
            Provenance(
                source: "UN SC Consolidated", file: "un_consolidated_sample.xml",
                published: PartialDate(year: 2026, month: 1, day: 28), recordID: "6908001")
        ])
    }

    @Test func documentsBecomeIdentifiersWithIssueFacts() throws {
        let person = try entity("QDi.901")
        #expect(person.identifiers == [
            Identifier(
                type: "Passport", value: "1084010", country: "Egypt", issued: PartialDate(year: 1994, month: 6, day: 23),
                note: "issued in Cairo; expired on 22 Jun. 2001"),
            Identifier(type: "National Identification Number (Civil Identification number)", value: "260092305791"),
        ])
    }

    @Test func documentWithoutNumberIsKeptAsARemark() throws {
        let person = try entity("KPi.901")
        #expect(person.identifiers.isEmpty)
        #expect(person.remarks.contains("National Identification Number: SSN 156-92-9858 (United States of America)"))
    }

    @Test func addressesSkipPlaceholdersAndGiveLocations() throws {
        let group = try entity("QDe.901")
        #expect(group.addresses == [
            Address(street: ["Jadat al-Nusra"], city: "Idlib", postalCode: "21010", country: "Syrian Arab Republic")
        ])
        #expect(group.countries == [CountryLink(role: .location, name: "Syrian Arab Republic")])
        #expect(try entity("KPe.901").remarks == ["Listed on 2009-07-16"])
    }

    @Test func recordWithoutReferenceNumberIsRejectedWithItsLine() throws {
        let error = try #require(throws: ListReadError.self) {
            try ListFileReader().read(fileURL: Fixture.url("invalid/un_missing_reference_number.xml"))
        }
        #expect(error.problem == .missingField(field: "<REFERENCE_NUMBER>", record: "an <INDIVIDUAL>"))
        #expect(error.line == 11)
    }

    @Test func readsTheSameFromMemoryAsFromDisk() throws {
        let data = try Data(contentsOf: Fixture.url("un/un_consolidated_sample.xml"))
        let fromMemory = try ListFileReader().read(data: data, documentName: "un_consolidated_sample.xml")
        #expect(fromMemory.entities == list.entities)
    }

    // Independent counts (Python ElementTree over the same files): records; names = one primary per record +
    // non-empty NAME_ORIGINAL_SCRIPT + non-empty ALIAS_NAME, counting "a; b" as two unless it has parentheses;
    // weak = those names under QUALITY "Low". ../shared/lists/SOURCES.md gives the record counts and the
    // alias element counts (2,304 / 735 and 2,540 / 638, empty placeholders included).
    @Test(arguments: [
        ("un/consolidated_2026-01-28.xml", 726, 273, 4_171, 617, PartialDate(year: 2026, month: 1, day: 28)),
        ("un/consolidated_2024-11-30.xml", 686, 193, 3_981, 626, PartialDate(year: 2024, month: 11, day: 30)),
    ])
    func readsTheRealUNListCompletely(
        path: String, individuals: Int, organizations: Int, names: Int, weakAliases: Int, published: PartialDate?
    ) throws {
        guard let url = Fixture.sharedList(path) else { return }
        let real = try ListFileReader().read(fileURL: url)
        #expect(real.published == published)
        #expect(real.entities.filter { $0.kind == .person }.count == individuals)
        #expect(real.entities.filter { $0.kind == .organization }.count == organizations)
        #expect(real.entities.reduce(0) { $0 + $1.names.count } == names)
        #expect(real.entities.reduce(0) { $0 + $1.names.filter { $0.kind == .weakAlias }.count } == weakAliases)
        #expect(real.entities.allSatisfy { $0.names.first?.kind == .primary })
        #expect(Set(real.entities.map(\.id)).count == real.entities.count)
    }

    @Test func realListRecordsKeepTheirBirthDatesAndNationalities() throws {
        guard let url = Fixture.sharedList("un/consolidated_2026-01-28.xml") else { return }
        let real = try ListFileReader().read(fileURL: url)
        let saddam = try #require(real.entities.first { $0.id == .un(referenceNumber: "IQi.001") })
        #expect(saddam.names.first?.value == "SADDAM HUSSEIN AL-TIKRITI")
        #expect(saddam.names.contains(EntityName("صدام حسين التكريتي", kind: .originalScript, script: "Arab")))
        #expect(saddam.birthDates == [.exact(try #require(PartialDate(year: 1937, month: 4, day: 28)))])
        #expect(saddam.countries.contains(CountryLink(role: .nationality, name: "Iraq")))
        #expect(saddam.programs == [SanctionsProgram("Iraq", authority: "UN")])

        let badege = try #require(real.entities.first { $0.id == .un(referenceNumber: "CDi.001") })
        #expect(badege.birthDates == [.exact(try #require(PartialDate(year: 1971)))])
        #expect(badege.countries.first == CountryLink(role: .nationality, name: "Democratic Republic of the Congo"))
        #expect(badege.gender == "Male")

        let cyrillic = real.entities.flatMap(\.names).filter { $0.script == "Cyrl" }
        #expect(cyrillic.contains { $0.value == "Катиба ат-Таухид валь-Джихад" })
    }
}
