import Testing

@testable import WatchlistArticles

/// A count of "the following" parties without a colon, "(A)" group headings and indented description lines,
/// "First:" and "a)" labels, listings kept rather than made, a second reported clause, the parties of a
/// counted removal named after it, "is now subject to", a surname alone, "him" as the object (rules tuned on
/// series an, ao and ap), clerical ranks, a table cell's own-script name and "Sept." in a dateline's year-less
/// article (series aq, ar and as), and a counted removal whose parties the next sentences introduce.
@Suite struct FollowingCountsOrdinalLabelsAndReferencesTests {
    @Test func aCountOfTheFollowingPartiesOpensTheirListWithoutAColon() {
        let text = """
            Ministry of Foreign Affairs of Japan

            June 6, 2025

            Payment and capital transactions with the following 2 individuals and 1 entity will be subject to a \
            licensing requirement, thereby freezing their assets.

            (A) Individuals (2)

              1. Larisa Mikhailovna Zotova
                 Deputy Director, Department of the Defence Industry, Ministry of Industry and Trade

              2. Aslan Ruslanovich Tsechoev
                 Businessman engaged in the supply of machine tools

            (B) Entities (1)

              1. LLC "Arctic Bunker Service"
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Larisa Mikhailovna Zotova", "Aslan Ruslanovich Tsechoev", "LLC Arctic Bunker Service"])
        #expect(entities.map(\.kind) == [.person, .person, .organization])
    }

    @Test func entriesLabelledWithOrdinalsAreItems() {
        let text = """
            Bern, 2 July 2025

            The following entries have been added to Annex 8:

            First: Valentin Gennadyevich Obukhov, born 14.02.1968, Deputy Governor of the Belgorod region.

            Sixth: Zhou Haiming, born 19.08.1977, Chinese national and director of Qingdao Bluewave Marine Equipment Co., Ltd.
            """
        #expect(extract(text).entities.map(\.name) == ["Valentin Gennadyevich Obukhov", "Zhou Haiming"])
    }

    @Test func aListingConfirmedOrStillInForceIsNoDesignation() {
        let text = """
            12 March 2026

            The Council delisted AO Kamsky Kommercheskiy Bank after the General Court annulled its listing. Among the \
            banks that remain subject to an asset freeze are PAO Volgo-Vyatsky Investment Bank and Tsentr-Invest \
            Credit JSC. The Council also confirmed the listing of Ruslan Anatolyevich Davletshin, the bank's former \
            majority shareholder.
            """
        let extraction = extract(text)
        #expect(extraction.entities.isEmpty)
        #expect(extraction.delisted.map(\.name) == ["AO Kamsky Kommercheskiy Bank"])
    }

    @Test func aSecondReportedClauseNamesItsOwnParties() {
        let text = """
            Published 14 October 2025

            The Ministry of Foreign Affairs and Trade confirmed on Tuesday that OOO Tikhookeanskiy Promysel had been \
            designated under the Russia Sanctions Act, and that its trawlers ZVEZDA OKHOTSKA (IMO 8713542) and \
            KAPITAN LYSENKO (IMO 8926011) had been named as sanctioned vessels.
            """
        #expect(extract(text).entities.map(\.name) == ["OOO Tikhookeanskiy Promysel", "ZVEZDA OKHOTSKA", "KAPITAN LYSENKO"])
    }

    @Test func theSentenceAfterACountedRemovalNamesWhatWasRemoved() {
        let text = """
            Council of the EU

            18 October 2021

            The Council also decided to remove four entities from the list. These are three financial institutions - \
            the Syrian Levant Savings Bank, the Euphrates Agricultural Cooperative Bank and the Al-Sham Industrial \
            Development Bank - as well as an airline.
            """
        #expect(extract(text).delisted.map(\.name) == [
            "Syrian Levant Savings Bank", "Euphrates Agricultural Cooperative Bank", "Al-Sham Industrial Development Bank",
        ])
    }

    @Test func aPartyThatIsNowSubjectToAFreezeIsDesignatedAndSoIsTheOneAsIs() {
        let text = """
            20 May 2025

            Sharjah-based Seabridge Maritime Management FZE, which manages two of the tankers, is now subject to an \
            asset freeze, as is Vardhan Shipmanagement Pvt. Ltd., a Mumbai firm.
            """
        #expect(extract(text).entities.map(\.name) == ["Seabridge Maritime Management FZE", "Vardhan Shipmanagement Pvt. Ltd."])
    }

    @Test func partiesStillDescribedAsSubjectToAFreezeAreNotNamedByIt() {
        let text = """
            7 November 2025

            The UK designated Jade Harbour Electronics Limited. The four ships, now subject to a port-entry ban, \
            were listed in 2019.
            """
        #expect(extract(text).entities.map(\.name) == ["Jade Harbour Electronics Limited"])
    }

    @Test func aSurnameAloneStandsForThePersonNamedInFull() {
        let text = """
            June 18, 2025

            OFAC today sanctioned Rigoberto Salcido Arellano and Marisol Ochoa Berrelleza. Salcido directs the \
            network's finances. OFAC is designating Salcido and Ochoa pursuant to E.O. 14059.
            """
        #expect(extract(text).entities.map(\.name) == ["Rigoberto Salcido Arellano", "Marisol Ochoa Berrelleza"])
    }

    @Test func himAsTheObjectIsThePersonIntroducedBefore() {
        let text = """
            Published 24 October 2025

            Lawyer says Nebojša Vukadinović "never sold a single screw to the Russian army"

            BELGRADE — Nebojša Vukadinović spent two decades building a trading house. On Thursday, Washington put \
            him and his business on the same blacklist as the Russian factories.
            """
        #expect(extract(text).entities.map(\.name) == ["Nebojša Vukadinović"])
    }

    @Test func entriesLetteredWithAClosingParenthesisAreItems() {
        let text = """
            Bern, 3 December 2025

            The following entries have been removed from Annex 1:

            a) Hanna Piatrouna Kuzmich (Anna Petrovna Kuzmich), former member of the Central Election Commission.

            b) OOO "Transavto-BY", a Brest-based haulier.
            """
        #expect(extract(text).delisted.map(\.name) == ["Hanna Piatrouna Kuzmich", "OOO Transavto-BY"])
    }

    @Test func aRankOrClericalTitleBeforeANameIsNoPartOfIt() {
        #expect(PartyListParser.withoutNationalityOrRank("Hojjatoleslam Mohammad-Taghi Razavi-Moghaddam") == "Mohammad-Taghi Razavi-Moghaddam")
        #expect(PartyListParser.withoutNationalityOrRank("Major Dairon Quesada Bermúdez") == "Dairon Quesada Bermúdez")
    }

    @Test func aTableCellsOwnScriptNameBeforeItsAliasesIsAnAlias() throws {
        let text = """
            # Council lists hybrid-threat actors

            *15 December 2025*

            The Council today added the following persons to the list:

            | # | Name | Identifying information |
            |---|------|-------------------------|
            | 1 | Artyom Valeryevich KOLESNIKOV (Артём Валерьевич КОЛЕСНИКОВ); a.k.a. Artem Valerievich KOLESNIKOV | DOB: 4.3.1981 |
            | 2 | Autonomous Non-Profit Organisation "Institute of Eurasian Initiatives" (ANO IEI; a.k.a. ANO "Institut Evraziyskikh Initsiativ") | Moscow |
            """
        let entities = extract(text, format: .markdown).entities
        #expect(entities.map(\.name) == [
            "Artyom Valeryevich KOLESNIKOV", "Autonomous Non-Profit Organisation \"Institute of Eurasian Initiatives\"",
        ])
        #expect(entities.first?.aliases == ["Artem Valerievich KOLESNIKOV", "Артём Валерьевич КОЛЕСНИКОВ"])
        #expect(entities.last?.aliases.first == "ANO IEI")
    }

    @Test func anAbbreviatedMonthWeeksBeforeAYearlessDatelineIsThePast() {
        let text = """
            WASHINGTON, Oct 22 (Wire) - U.S. officials are weighing sanctions on a small lender in China's far northeast.

            On Sept. 17, the UK added Harbin Polar Star Trading Co., Ltd. to its Russia sanctions list.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func aCountedRemovalTakesThePartiesItsNextSentencesOpenWith() {
        let text = """
            17 March 2025

            EU member states extended the individual Russia sanctions for another six months on Monday, but the \
            Council took the chance to delete two entries.

            Gennady Arkadyevich Pereverzev, the former chief executive of a Volga steel pipe maker, was removed after \
            the Council concluded that the grounds for his original 2022 listing no longer applied.

            Luxembourg judges on Wednesday dismissed an annulment action brought by Andrei Viktorovich Lozovsky, who \
            argued the Council had relied on outdated press reports when it kept him on the Belarus list in 2024.
            """
        let extraction = extract(text)
        #expect(extraction.delisted.map(\.name) == ["Gennady Arkadyevich Pereverzev"])
        #expect(extraction.entities.isEmpty)
    }
}
