import Foundation
import Testing
import WatchlistCore
@testable import WatchlistParsers

/// There is no real SDN_ADVANCED.XML beside the repository (see ../shared/lists/SOURCES.md), so these
/// tests read a fixture written from sdn_advanced.xsd that validates against it
/// (`xmllint --schema ofac_sdn_advanced.xsd`), and compare it with the Enhanced XML fixture of the same
/// three records.
struct OFACAdvancedXMLTests {
    let list: ListFile

    init() throws {
        list = try ListFileReader().read(fileURL: Fixture.url("ofac/ofac_advanced_sample.xml"))
    }

    private func date(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) throws -> PartialDate {
        try #require(PartialDate(year: year, month: month, day: day))
    }

    @Test func readsEveryPartyWithItsKindAndDateOfIssue() {
        #expect(list.format == .ofacAdvancedXML)
        #expect(list.published == PartialDate(year: 2024, month: 6, day: 21))
        #expect(list.entities.map(\.id.rawValue) == ["ofac:10136", "ofac:23552", "ofac:22561"])
        #expect(list.entities.map(\.kind) == [.person, .organization, .vessel])
        #expect(list.warnings.isEmpty)
    }

    @Test func namePartsAreTypedThroughTheIdentitysNamePartGroups() throws {
        let person = try #require(list.entities.first)
        #expect(person.names.map(\.kind) == [.primary, .originalScript, .alias, .weakAlias])
        #expect(person.names[0].value == "MIKLASHEVICH, Petr Petrovich")
        #expect(person.names[0].parts == [
            NamePart(.family, "MIKLASHEVICH"), NamePart(.given, "Petr"), NamePart(.patronymic, "Petrovich"),
        ])
        #expect(person.names[1].value == "МІКЛАШЭВІЧ, Пётр Пятровіч")
        #expect(person.names[1].script == "Cyrl")
        #expect(person.names[2].value == "MIKLASHEVICH, Piotr")
        #expect(person.names[3].value == "PETYA")
        #expect(person.caption == "Petr Petrovich MIKLASHEVICH")
    }

    @Test func featuresResolveDatePeriodsLocationsAndDetailReferences() throws {
        let person = try #require(list.entities.first)
        #expect(person.birthDates == [
            .exact(try date(1954, 10, 18)), .approximately(try date(1955)), .between(try date(1956), try date(1958)),
        ])
        #expect(person.birthPlaces == ["Kosuta, Minsk Region, Belarus"])
        #expect(person.countries == [CountryLink(role: .nationality, name: "Belarus", isoCode: "BY")])
        #expect(person.gender == "Male")
        #expect(person.remarks.first == "Prosecutor General of the Republic of Belarus (sample record).")
    }

    @Test func documentsAreAttachedThroughTheirIdentity() throws {
        let person = try #require(list.entities.first)
        #expect(person.identifiers == [Identifier(
            type: "Passport", value: "MP1234567", country: "Belarus", issued: try date(2015, 3, 2),
            expires: try date(2025, 3, 1))])
        #expect(list.entities[1].identifiers.first == Identifier(
            type: "Registration ID", value: "1057803105755", country: "Russia", note: "issued by OGRN"))
    }

    @Test func programmesFromSanctionsEntriesAtTheEndOfTheFileAreAttached() {
        #expect(list.entities.map { $0.programs.map(\.code) } == [["BELARUS"], ["UKRAINE-EO13662", "RUSSIA-EO14024"], ["IRAN"]])
        #expect(list.entities.allSatisfy { $0.programs.allSatisfy { $0.authority == "US-OFAC" } })
        #expect(list.entities.allSatisfy { $0.remarks.contains("OFAC lists: SDN List") })
    }

    @Test func entityKeepsAddressTextFeatureLookupAndRelation() {
        let company = list.entities[1]
        #expect(company.addresses.map(\.formatted) == ["D. 94, Obvodnogo Kanala, nab, 196084, St. Petersburg, Russia"])
        #expect(company.countries == [CountryLink(role: .location, name: "Russia", isoCode: "RU")])
        #expect(company.identifiers.contains(Identifier(type: "SWIFT/BIC", value: "LGNCRUMM")))
        #expect(company.remarks.contains("Secondary sanctions risk: See Section 11 of Executive Order 14024."))
        let vessel = list.entities[2]
        #expect(vessel.relations == [Relation(role: "owned or controlled by", targetName: "LENGIPRONEFTEKHIM OOO", targetID: .ofac(uid: "23552"))])
        #expect(vessel.countries == [CountryLink(role: .flag, name: "Malta", isoCode: "MT")])
        #expect(vessel.names.map(\.kind) == [.primary, .former])
        #expect(vessel.identifiers.map(\.value) == ["IMO 9187629", "9HA2504"])
    }

    /// The Advanced and Enhanced fixtures describe the same three records; they must agree on everything
    /// both formats carry.
    @Test func agreesWithTheEnhancedXMLOfTheSameRecords() throws {
        let enhanced = try ListFileReader().read(fileURL: Fixture.url("ofac/ofac_enhanced_sample.xml"))
        for (advanced, other) in zip(list.entities, enhanced.entities) {
            #expect(advanced.id == other.id)
            #expect(advanced.kind == other.kind)
            #expect(advanced.names.filter { $0.kind == .primary } == other.names.filter { $0.kind == .primary })
            #expect(advanced.birthDates == other.birthDates)
            #expect(advanced.programs == other.programs)
            // The Enhanced fixture gives no document dates.
            #expect(advanced.identifiers.map { [$0.type, $0.value, $0.country] } == other.identifiers.map { [$0.type, $0.value, $0.country] })
        }
    }

    @Test func partyWithoutFixedRefIsRejectedWithItsLine() throws {
        let text = try String(contentsOf: Fixture.url("ofac/ofac_advanced_sample.xml"), encoding: .utf8)
            .replacingOccurrences(of: "<DistinctParty FixedRef=\"23552\">", with: "<DistinctParty>")
        do {
            _ = try ListFileReader().read(data: Data(text.utf8), documentName: "advanced.xml")
            Issue.record("expected an error")
        } catch {
            #expect(error.problem == .missingField(field: "a FixedRef attribute", record: "a <DistinctParty>"))
            #expect(error.line != nil)
        }
    }
}
