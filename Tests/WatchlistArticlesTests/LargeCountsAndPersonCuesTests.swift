import Foundation
import Testing

@testable import WatchlistArticles

/// A law firm's "added a total of 41 individuals" before "Those ... include:", background told with "has
/// since", peoples' adjectives, a capitalized section heading inside a count, and what makes a name a
/// person's: a nickname in quotes, a Georgian or Ukrainian surname.
@Suite struct LargeCountsAndPersonCuesTests {
    private func extractMarkdown(_ text: String) throws -> ArticleExtraction {
        SanctionsExtractor().extract(from: try ArticleDocument.read(data: Data(text.utf8), name: "test.md", format: .markdown))
    }

    @Test func aLargeCountAddedAndThoseItIncludesAreDesignated() throws {
        let text = """
            # EU adopts new package

            On 16 December 2025 the Council of the European Union adopted its latest package of restrictive measures.

            The Council added a total of 41 individuals and 37 entities. Those most likely to appear in commercial screening include:

            **Individuals**

            - **Vadim Gennadyevich Loktionov** — Russian businessman and owner of a ship manager.

            **Entities**

            - **Everbright Nova Trading Limited** (Hong Kong) — trader that supplied microcontrollers.
            """
        let names = try extractMarkdown(text).entities.map(\.name)
        #expect(names == ["Vadim Gennadyevich Loktionov", "Everbright Nova Trading Limited"])
    }

    @Test func addingPartiesWithoutACountOrAListDesignatesNoOne() {
        let text = "The company added Vadim Loktionov to its board in 2024 and added two new tankers to its fleet."
        #expect(extract(text).entities.isEmpty)
    }

    @Test func actionsTheAuthorityHasSinceTakenAreBackground() {
        let text = """
            KHARTOUM, Sudan (AP) — The U.S. Treasury on Tuesday sanctioned two companies.

            Treasury has since targeted a string of companies tied to the group, including Sharjah-based Nile Crest \
            Aviation, which it accused last spring of flying weapons into Darfur.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func peoplesAndRegionsAdjectivesAreNoParties() {
        let text = """
            Kurdish, Albanian and Balkan gang leaders are hit with asset freezes and travel bans. The UK also \
            sanctioned the head of an Iraqi Kurdish network, Rebwar Hama Karim.
            """
        #expect(extract(text).entities.map(\.name) == ["Rebwar Hama Karim"])
    }

    @Test func aNameWithANicknameInQuotesIsACountedPerson() {
        let text = """
            July 17, 2025

            WASHINGTON — OFAC today sanctioned four Mexican nationals and four companies that make up a fentanyl network.

            PRECURSOR SUPPLY

            Héctor Armando Villaseñor Quintero, also known as "El Ingeniero," is a chemist by training who runs a \
            network of laboratories.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Héctor Armando Villaseñor Quintero"])
        #expect(entities.first?.kind == .person)
    }

    @Test func georgianSurnamesMakeAListedNameAPersons() {
        let text = """
            LONDON, 3 March 2025

            The UK has imposed sanctions on three Georgian officials.

            Those named are Giorgi Meskhishvili, a deputy interior minister; Nodar Tsiklauri; and Ketevan Gogoladze, a \
            senior prosecutor.
            """
        #expect(extract(text).entities.map(\.name) == ["Giorgi Meskhishvili", "Nodar Tsiklauri", "Ketevan Gogoladze"])
    }
}
