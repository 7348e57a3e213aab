import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

struct UKSanctionsListXMLTests {
    let list: ListFile

    init() throws {
        list = try ListFileReader().read(fileURL: Fixture.url("uk/uk_sanctions_list_sample.xml"))
    }

    @Test func readsEveryDesignationWithItsKindAndGenerationDate() {
        #expect(list.format == .ukSanctionsListXML)
        #expect(list.published == PartialDate(year: 2026, month: 8, day: 20))
        #expect(list.entities.map(\.id.rawValue) == ["uk:AFG0006", "uk:RUS1801", "uk:DPR0075", "uk:BEL0011"])
        #expect(list.entities.map(\.kind) == [.person, .organization, .vessel, .person])
    }

    @Test func individualKeepsNameTypesAliasStrengthAndOriginalScript() throws {
        let akhund = list.entities[0]
        #expect(akhund.names.map(\.value) == [
            "MOHAMMAD HASSAN AKHUND", "Mohammad Hassan Akhund", "Haji Mohammad Hassan", "Mullah Hassan", "محمد حسن آخوند",
        ])
        // "ALias" in odd case and "Low quality a.k.a" make a weak alias.
        #expect(akhund.names.map(\.kind) == [.primary, .alias, .alias, .weakAlias, .originalScript])
        #expect(akhund.names[0].parts == [NamePart(.given, "MOHAMMAD"), NamePart(.middle, "HASSAN"), NamePart(.family, "AKHUND")])
        #expect(akhund.names[4].script == "Arab")
        #expect(akhund.names[4].language == "fa")
        #expect(akhund.caption == "MOHAMMAD HASSAN AKHUND")
    }

    @Test func individualKeepsPlaceholderBirthDatesPlacesAndDocuments() throws {
        let akhund = list.entities[0]
        #expect(akhund.birthDates == [
            .exact(try #require(PartialDate(year: 1945))), .exact(try #require(PartialDate(year: 1946))),
            .exact(try #require(PartialDate(year: 1958, month: 3, day: 1))),
        ])
        #expect(akhund.birthPlaces == ["Pashmul village, Panjwai District, Afghanistan", "Malani village, Khakrez District, Afghanistan"])
        #expect(akhund.countries.contains(CountryLink(role: .nationality, name: "Afghanistan")))
        #expect(akhund.titles == ["Mullah", "Haji", "First Deputy, Council of Ministers under the Taliban regime"])
        #expect(akhund.gender == "Male")
        #expect(akhund.identifiers == [
            Identifier(type: "OFSI Group ID", value: "7172"), Identifier(type: "UN Reference Number", value: "TAi.002"),
            Identifier(type: "Passport", value: "OA462456", note: "Afghanistan passport issued on 31 Jan 2000"),
            Identifier(type: "National Identification Number", value: "57-1-3455", note: "Afghan national identification card (tazkira)"),
        ])
        #expect(akhund.programs == [SanctionsProgram("Afghanistan", authority: "UK")])
        #expect(akhund.remarks.contains("Sanctions imposed: Asset freeze, Travel Ban, Arms embargo"))
        #expect(akhund.remarks.contains("Designated on 2001-01-25"))
        #expect(akhund.provenance.first?.published == PartialDate(year: 2026, month: 8, day: 20))
    }

    @Test func entityKeepsAddressRegistrationParentAndStatementOfReasons() {
        let neva = list.entities[1]
        #expect(neva.names.map(\.kind) == [.primary, .alias, .originalScript, .alias])
        #expect(neva.names[2] == EntityName("Акционерное общество «Нева Электроника»", kind: .originalScript, script: "Cyrl", language: "ru"))
        // Filed as non-Latin but written in Latin letters: an alias.
        #expect(neva.names[3].value == "AO \"NEVA ELEKTRONIKA\"")
        #expect(neva.addresses == [Address(street: ["5 Gzhatskaya Street"], city: "St Petersburg", postalCode: "195220", country: "Russia")])
        #expect(neva.identifiers == [Identifier(type: "Business Registration Number", value: "INN: 7804040070")])
        #expect(neva.relations == [Relation(role: "subsidiary of", targetName: "Ruselectronics")])
        #expect(neva.remarks.first?.hasPrefix("JSC Neva Electronics is involved") == true)
        #expect(neva.remarks.contains("Website: www.nevaelectronics.ru"))
    }

    @Test func shipKeepsIMOWithoutPrefixFlagAndOwner() {
        let ship = list.entities[2]
        #expect(ship.names.map(\.value) == ["PETREL 8", "JAL VAHINI"])
        #expect(ship.identifiers == [Identifier(type: "IMO", value: "8514227")])
        #expect(ship.countries == [CountryLink(role: .flag, name: "Comoros")])
        #expect(ship.relations == [Relation(role: "owned or operated by", targetName: "Petrel Shipping Co Ltd")])
        #expect(ship.remarks.contains("Previous flag: India"))
        #expect(ship.remarks.contains("Year built: 1985"))
    }

    @Test func repeatedSpellingKeepsItsStrongestKindAndOddDatesAreWarnings() throws {
        let person = list.entities[3]
        #expect(person.names.map(\.kind) == [.primary, .alias, .originalScript, .originalScript])
        #expect(person.names.map(\.language) == [nil, nil, "ru", "be"])
        #expect(person.birthDates == [.exact(try #require(PartialDate(year: 1954, month: 10, day: 18)))])
        #expect(person.remarks.contains("Date of birth as published: 15/08/19yy"))
        #expect(person.identifiers == [Identifier(type: "OFSI Group ID", value: "13925")])
        #expect(list.warnings.map(\.message) == [
            "designation AFG0006 has a <Name> with no name part; skipped",
            "designation BEL0011: date of birth '15/08/19yy' is not a date; kept as a remark",
        ])
    }

    @Test func designationWithoutUniqueIDIsAnErrorNamingItsLine() {
        let error = #expect(throws: ListReadError.self) {
            try ListFileReader().read(fileURL: Fixture.url("invalid/uk_sanctions_list_missing_unique_id.xml"))
        }
        #expect(error?.line == 9)
        #expect(error?.problem == .missingField(field: "<UniqueID>", record: "a <Designation>"))
    }
}
