import Testing
@testable import WatchlistArticles

/// Lists whose items are set apart by semicolons, and the alias lists inside them.
@Suite struct SemicolonListTests {
    @Test func aDescriptionThatEndsOneItemDoesNotEndTheList() {
        let text = """
            OFAC sanctioned two firms and one person in the chain: Tallinn-based Rivermark Components OU, the consignee named on Baltic Star's invoices; OOO Severnyi Impuls, the Kolpino manufacturer that received the machines; and its general director, Pavel Sergeyevich Orlov.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Rivermark Components OU", "OOO Severnyi Impuls", "Pavel Sergeyevich Orlov"])
        #expect(entities.last?.relatedTo == "OOO Severnyi Impuls")
    }

    @Test func aPlaceAndADescriptiveNounAfterTheIsNoName() {
        let text = "Treasury designated Halden Marine Ltd, the Kolpino shipping firm behind the transfers, and Kora Freight LLC for moving the cargo."
        #expect(extract(text).entities.map(\.name) == ["Halden Marine Ltd", "Kora Freight LLC"])
    }

    @Test func aliasesListedAfterAnAkaAreAliasesNotParties() {
        let text = """
            This rule adds the following entity to the Entity List:

             • Suzhou Lanting Optics Co., Ltd., a.k.a., the following two aliases:
               —Lanting Optics; and
               —SZLO.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Suzhou Lanting Optics Co., Ltd."])
        #expect(entities.first?.aliases == ["Lanting Optics", "SZLO"])
    }

    @Test func aFormerNameDoesNotSwallowTheNextSemicolonItem() {
        let text = "OFAC identified two tankers as blocked property: the Sable Wind (IMO 9123456), formerly named Green Isle; and the Morning Tern (IMO 9234567)."
        #expect(extract(text).entities.map(\.name) == ["Sable Wind", "Morning Tern"])
    }
}

/// Subjects that are not parties, and instruments that list.
@Suite struct ListingSubjectTests {
    @Test func aPackageThatAddsShipsToAListDesignatesThem() {
        let text = "The same package added CORAL DAWN (IMO 9288000) and VESTA (IMO 9301000) to the EU's list of vessels that are banned from EU ports."
        #expect(extract(text).entities.map(\.name) == ["CORAL DAWN", "VESTA"])
    }

    @Test func severalOfWhichHaveSinceBeenSanctionedNamesNobody() {
        let text = "Cargoes carried by the tankers were chartered by trading companies in Dubai, several of which have since been sanctioned by the United States."
        #expect(extract(text).entities.isEmpty)
    }
}

/// Sentences about the designations that name nobody.
@Suite struct DesignationMetaTests {
    @Test func designationsMadeUnderAnActNameNobody() {
        let text = "The Department is publicly designating Mario Alberto Funes Rivas. These designations are made under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2024."
        #expect(extract(text).entities.map(\.name) == ["Mario Alberto Funes Rivas"])
    }

    @Test func aRegionIsNoParty() {
        let text = "Brussels sanctioned re-exporters in the South Caucasus and Central Asia."
        #expect(extract(text).entities.isEmpty)
    }
}
