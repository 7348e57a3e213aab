import Foundation
import Testing
import WatchlistCore

struct EntityTests {
    @Test func personCaptionPutsTheGivenNameFirst() {
        let person = Entity(
            id: .ofac(uid: "49380"), kind: .person,
            names: [EntityName("MIKLASHEVICH, Valyantsin", kind: .primary,
                               parts: [NamePart(.given, "Valyantsin"), NamePart(.family, "MIKLASHEVICH")])])
        #expect(person.caption == "Valyantsin MIKLASHEVICH")
    }

    @Test func organizationCaptionIsThePrimaryNameEvenWhenAnAliasComesFirst() {
        let organization = Entity(
            id: .ofac(uid: "49533"), kind: .organization,
            names: [EntityName("KVAND", kind: .alias), EntityName("KVAND IS OOO", kind: .primary)])
        #expect(organization.caption == "KVAND IS OOO")
    }

    @Test func entitySurvivesAJSONRoundTrip() throws {
        let entity = Entity(
            id: .un(referenceNumber: "QDi.001"), kind: .person,
            names: [EntityName("Иван", kind: .originalScript, script: "Cyrl", language: "ru")],
            birthDates: [.between(PartialDate(year: 1960)!, PartialDate(year: 1962)!)],
            countries: [CountryLink(role: .nationality, name: "Russia", isoCode: "RU")],
            identifiers: [Identifier(type: "Passport", value: "123", issued: PartialDate(year: 2001))],
            relations: [Relation(role: "director of", targetName: "PLANT SVT", targetID: .ofac(uid: "49507"))],
            provenance: [Provenance(source: "article", evidence: "It was sanctioned.", evidenceSpan: 10..<28)])
        let decoded = try JSONDecoder().decode(Entity.self, from: JSONEncoder().encode(entity))
        #expect(decoded == entity)
    }
}

struct WritingScriptTests {
    @Test(arguments: [
        ("MIKLASHEVICH", "Latn"), ("Миклашевич", "Cyrl"), ("OOO ШПИННЕР", "Cyrl"), ("Iван", "Cyrl"),
        ("محمد", "Arab"), ("김정은", "Hang"), ("金正恩", "Hani"), ("Ταχυδρόμος", "Grek"),
    ])
    func namesTheScriptMostLettersAreWrittenIn(text: String, code: String) {
        #expect(WritingScript.code(for: text) == code)
    }

    @Test func digitsAndPunctuationHaveNoScript() {
        #expect(WritingScript.code(for: "123 - 456") == nil)
    }
}
