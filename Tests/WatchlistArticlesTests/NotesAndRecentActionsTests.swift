import Testing
import WatchlistCore
@testable import WatchlistArticles

/// Layouts of series ac: a release's "Notes to editors" with the designations under kind headings, an OFAC
/// recent-actions page whose entries sit under title headings ending in a colon, a blog that counts a rule's
/// entries and then describes them, military ranks, and a translated Japanese notice (nested quotes, positions,
/// a removal whose relative clause dates the old listing).
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
        for name in ["Passport RL3318842", "Tax ID No. 1870442156", "Commercial Registry Number 1184526", "IMO Company Number 5812374"] {
            #expect(!PartyListParser.isPartyName(name, tokens: nil), "\(name)")
        }
        #expect(PartyListParser.isPartyName("Tax Free Trading LLC", tokens: nil))
    }

    @Test func aCountOfListEntriesIsFilledByThePartiesDescribedAfterIt() {
        let text = """
            On Friday BIS published a final rule adding three entries to the Entity List.

            Chengdu Xinghe Aerospace Electronics Co., Ltd. produces radiation-hardened components for satellites.

            The Wuhan Guangjian Photonics Research Institute (WGPRI) is a state-owned laboratory working on fibre lasers.

            Its customer Nanjing Feilong Optics Co., Ltd. was not named in the rule.
            """
        #expect(extract(text).entities.map(\.name) == [
            "Chengdu Xinghe Aerospace Electronics Co., Ltd.", "Wuhan Guangjian Photonics Research Institute",
        ])
    }

    @Test func entriesAmendedOrRemovedAreNoCountOfNewParties() {
        let text = """
            Canada imposes additional sanctions on a Russian official, removes two listings

            The Minister today announced sanctions on Yekaterina Olegovna Maltseva, deputy governor of the Rostov region.

            Dmitry Arkadyevich Lukin, director of Solnechny Bereg LLC, is a Russian national.
            """
        #expect(extract(text).entities.map(\.name) == ["Yekaterina Olegovna Maltseva"])
    }

    @Test func aRankOfTwoTitlesIsNoPartOfTheName() {
        let text = """
            New Zealand today sanctioned two officers: Colonel-General Valery Nikolayevich Shatrov and Lieutenant-General Pavel Sergeyevich Ignatenko.
            """
        #expect(extract(text).entities.map(\.name) == ["Valery Nikolayevich Shatrov", "Pavel Sergeyevich Ignatenko"])
        let companies = "OFAC today sanctioned Aurora Lines LLC and General Maritime Services Corporation."
        #expect(extract(companies).entities.map(\.name) == ["Aurora Lines LLC", "General Maritime Services Corporation"])
    }

    @Test func aJapaneseNoticeKeepsNestedQuotesAndReadsItsRemoval() {
        let text = """
            The Ministry of Foreign Affairs has added the following 1 individual and 3 entities to the list of parties subject to the asset freeze.

            (A) Individuals (1 individual)

            1. Oksana Igorevna Bardina
               Position: Chief Accountant, Limited Liability Company "Tekhnoservis-Ural"

            (B) Entities (3 entities)

            1. Federal State Unitary Enterprise "Scientific Research Institute of Radio Components 'Impuls'" (FSUE "NII Impuls")

            2. Joint Stock Company "Sevmorlogistika"
               Operator of port and transshipment facilities

            3. Limited Liability Company "Tekhnoservis-Ural"

            (2) Removal from the list

            Following confirmation of his death, the following individual, who was designated on 26 May 2023, has been removed from the list of parties subject to the asset freeze:

            - Gennadii Mikhailovich Osetrov

            (3) The Chief Cabinet Secretary stated at today's press conference that Japan will consider further measures.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == [
            "Oksana Igorevna Bardina",
            "Federal State Unitary Enterprise Scientific Research Institute of Radio Components 'Impuls'",
            "Joint Stock Company Sevmorlogistika", "Limited Liability Company Tekhnoservis-Ural",
        ])
        #expect(extraction.delisted.map(\.name) == ["Gennadii Mikhailovich Osetrov"])
    }
}
