import Testing
import WatchlistCore
@testable import WatchlistArticles

/// Layouts of series ac: a release's "Notes to editors" with the designations under kind headings, and an
/// OFAC recent-actions page whose entries sit under title headings ending in a colon.
@Suite struct NotesAndRecentActionsTests {
    @Test func theFollowingHaveBeenDesignatedOpensTheListUnderKindHeadings() {
        let text = """
            Notes to editors

            The following have been designated under the Iran (Sanctions) Regulations 2023. The four individuals are subject to an asset freeze and a travel ban; the entity is subject to an asset freeze.

            Individuals:

            1. Mohammad-Ali Rezaei Ashtiani - Prosecutor-General of Alborz Province.

            2. Fatemeh Mousavi-Khansari - Presiding judge, Branch 26 of the Islamic Revolutionary Court of Tehran.

            Entity:

            3. Pars Negah Andish Company (also known as PNA Vision) - a Tehran-based supplier of CCTV systems.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Mohammad-Ali Rezaei Ashtiani", "Fatemeh Mousavi-Khansari", "Pars Negah Andish Company"])
        #expect(extraction.entities.map(\.kind) == [.person, .person, .organization])
    }

    @Test func aListOfTwoKindsGivesItsItemsNoKind() {
        let text = """
            OFAC designated the following three companies and one individual:

            - Kamal Yusuf Haddad
            """
        // "companies" must not make the individual an organization.
        #expect(extract(text).entities.map(\.kind) == [.person])
    }

    @Test func titleHeadingsWithAColonSayWhetherEntriesAreAddedOrRemoved() {
        let text = """
            The following changes have been made to OFAC's SDN List:

            Counter Terrorism Designations:

            AL-RASHIDI, Kamal Yusuf (a.k.a. AL RASHIDI, Kamal Youssef), Tyre, Lebanon; DOB 14 Mar 1979; alt. DOB 1980; POB Tyre, Lebanon; Gender Male; Secondary sanctions risk: section 1(b) of Executive Order 13224; Passport RL3318842 (Lebanon) (individual) [SDGT].

            NUR AL-SHARQ GENERAL TRADING L.L.C., Dubai, United Arab Emirates; Secondary sanctions risk: section 1(b) of Executive Order 13224; Commercial Registry Number 1184526 (United Arab Emirates) [SDGT].

            Counter Terrorism Designation Removal:

            MANSOUR, Yusuf Ahmad Salih, Sanaa, Yemen; DOB 09 Jun 1968; nationality Yemen; Gender Male (individual) [SDGT].
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Kamal Yusuf AL-RASHIDI", "NUR AL-SHARQ GENERAL TRADING L.L.C."])
        #expect(extraction.delisted.map(\.name) == ["Yusuf Ahmad Salih MANSOUR"])
    }

    @Test func anEntrysIdentifierFieldsAreNoParties() {
        for name in ["Passport RL3318842", "Tax ID No. 1870442156", "Commercial Registry Number 1184526"] {
            #expect(!PartyListParser.isPartyName(name, tokens: nil), "\(name)")
        }
        #expect(PartyListParser.isPartyName("Tax Free Trading LLC", tokens: nil))
    }
}
