import Foundation
import Testing
import WatchlistCore
@testable import WatchlistArticles

/// Layouts and wordings of series ag: a list set in running text with a semicolon at the end of each line,
/// a ministry's annex of entries with their fields, vessels introduced by their flag and type, counts of
/// "ship managers", "May" the month beside "may" the hedge, a Mexican legal form in words, a decision that
/// delists, a veto lifted or a name dropped from a proposal that delist no one, a judge's victims, an annex that
/// names tankers, and the previous package's listings.
@Suite struct AnnexesAndRunningListsTests {
    @Test func linesEndingInSemicolonsAfterAnIntroducingColonAreTheItemsOfTheList() {
        let text = """
            Today, the Minister announced sanctions against 3 individuals complicit in the deportation of children.

            The individuals sanctioned today are Russian officials who have played a direct role in the transfers:

            Lyudmila Sergeyevna Bobrovskaya, a Russian official serving as a so-called commissioner in the region;
            Artyom Olegovich Kravets, head of a training centre for teenagers; and
            Svetlana Igorevna Lugovaya, director of a state orphanage that received children removed from institutions in Donetsk.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.contains("Lyudmila Sergeyevna Bobrovskaya"))
        #expect(names.contains("Artyom Olegovich Kravets"))
        // "removed from institutions" removes no one from a list.
        #expect(names.contains("Svetlana Igorevna Lugovaya"))
    }

    @Test func anEntrysFieldsWrappedAtSemicolonsStayOneSentence() {
        let text = """
            [+] Individuals:

            NASSERI, Farhad (a.k.a. NASIRI, Farhad), Dubai, United Arab Emirates;
            DOB 03 Sep 1976; POB Bandar Abbas, Iran; nationality Iran; Gender Male;
            Passport K28847190 (Iran) (individual) [IRAN-EO13846].
            """
        let sentences = SentenceSplitter().sentences(in: text)
        #expect(sentences.contains { $0.text.hasPrefix("NASSERI") && $0.text.hasSuffix("[IRAN-EO13846].") })
    }

    @Test func aQuotedNameKeepsItsPossessiveWordUnlessTheQuoteIsATitle() {
        let text = """
            Also sanctioned are two entities: the State Autonomous Institution of Krasnodar Krai "Children's Recreation Centre Zolotoy Bereg"; and the Regional Public Foundation "Deti Novorossii".
            The UK also sanctioned Olga Vladimirovna Dudnikova, the so-called "Children's Rights Commissioner" of the occupation authorities.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.contains("State Autonomous Institution of Krasnodar Krai Children's Recreation Centre Zolotoy Bereg"))
        #expect(names.contains("Olga Vladimirovna Dudnikova"))
        #expect(!names.contains { $0.contains("Rights Commissioner") })
    }

    @Test func anAnnexHeadingOpensTheEntriesADesignationSaidWereListedInTheAnnex() {
        let text = """
            Ministry of Foreign Affairs of Japan, June 21, 2024

            The Government of Japan will newly designate 2 individuals and 1 entity listed in the Annex as persons subject to the payment restrictions.

            (2) Revision of information on a designated entity

            The Government of Japan will revise the address of one entity already designated, Limited Liability Company "Uraltekhimport".

            ## Annex

            ### (1) Individuals (2)

            1. **Andrey Viktorovich PANKRATOV** (alias: Andrei Viktorovich Pankratov)
               - Date of birth: March 4, 1971
               - Position: Deputy Governor of Perm Krai
            2. **Oleg Yuryevich CHERNYSHOV**
               - Position: General Director, Joint Stock Company "Perm Precision Radioelectronics Plant"

            ### (2) Entities (1)

            1. **Limited Liability Company "Sibtekhkomplekt"** (alias: OOO Sibtekhkomplekt)
               - Address: 42 Krasny Prospekt, Novosibirsk, Russian Federation
               - Supplier of machine tools and electronic components to Russian defense enterprises
            """
        let entities = extract(text, format: .markdown).entities
        #expect(Set(entities.map(\.name)) == [
            "Andrey Viktorovich PANKRATOV", "Oleg Yuryevich CHERNYSHOV", "Limited Liability Company Sibtekhkomplekt",
        ])
        #expect(entities.first { $0.name == "Andrey Viktorovich PANKRATOV" }?.kind == .person)
    }

    @Test func aVesselItemThatOpensWithItsFlagAndTypeNamesTheVessel() {
        let text = """
            In addition, the Department is identifying the following vessels as blocked property in which Marwarid Shipping has an interest:
            - Panama-flagged crude oil tanker ARYA SUN (IMO 9260184), owned by Silverline Tide Shipping Limited;
            - Cameroon-flagged crude oil tanker NOVA CREST (IMO 9166132), which until March 2024 sailed under the name CASPIAN GLORY;
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["ARYA SUN", "NOVA CREST"])
        #expect(entities.allSatisfy { $0.kind == .vessel })
    }

    @Test func shipManagersAreCountedAsCompaniesAndAFormerNameOrTheMonthMayHedgesNothing() {
        let text = """
            The UK has added two tankers to its Russia sanctions list. Both have changed name and flag since 2022:

            - ARCTIC VEGA (IMO 9292084), a 2004-built suezmax flagged in Gabon, formerly trading as NORDIC SAGA;
            - NOVA STELLA (IMO 9225469), flagged in Panama until May, formerly known as GULF HARMONY.

            The UK also designated two ship managers responsible for the operation of the tankers.

            Sapphire Seaways Management FZCO, registered in the Dubai Silicon Oasis free zone, manages ARCTIC VEGA, according to the FCDO.

            Mumbai-based Meridian Tanker Management Pvt. Ltd. is the manager of NOVA STELLA, the UK said.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.contains("ARCTIC VEGA"))
        #expect(names.contains("NOVA STELLA"))
        #expect(names.contains("Sapphire Seaways Management FZCO"))
        #expect(names.contains("Meridian Tanker Management Pvt. Ltd."))
    }


    @Test func aMexicanLegalFormInWordsStaysWithTheCompanyName() {
        let text = """
            OFAC designated the following companies:
            - Transportes y Logistica Ibarra Hermanos, S. de R.L. de C.V., a Guadalajara-based trucking company.
            - Servicios Agricolas del Valle, S.A. de C.V., a produce exporter.
            """
        #expect(extract(text).entities.map(\.name) == [
            "Transportes y Logistica Ibarra Hermanos, S. de R.L. de C.V.", "Servicios Agricolas del Valle, S.A. de C.V.",
        ])
    }

    @Test func aDecisionThatDelistsNamesThePartiesRemovedButNotTheGroupOneOfThemOnceOwned() {
        let text = """
            The decision, published in the Official Journal on Friday, delists Yevgeny Olegovich Voronin, the former co-owner of the fertiliser group Akron-Volga, and Alina Vladimirovna Reshetnikova, a Russian citizen living in Monaco.
            """
        let extraction = extract(text)
        #expect(extraction.delisted.map(\.name) == ["Yevgeny Olegovich Voronin", "Alina Vladimirovna Reshetnikova"])
        #expect(extraction.entities.isEmpty)
    }

    @Test func aVetoLiftedOrANameTakenOffAProposalDelistsNoOne() {
        let text = """
            Diplomats said Hungary lifted its veto only after Viktor Lvovich Zhuravsky, a co-owner of a commodity trading house, was taken off the list of proposed names.
            Both Dzhabrailov and Ms Ostapenko have been sanctioned by the UK.
            """
        let extraction = extract(text)
        #expect(extraction.delisted.isEmpty)
        #expect(!extraction.entities.map(\.name).contains { $0.hasPrefix("Both") })
    }

    @Test func aJudgeIsListedButNotTheJournalistHeTriedNorAQuotedChargeHedges() {
        let text = """
            The Council today listed three individuals responsible for the repression of civil society.
            Aliaksandr Mikalaevich Shastakovich, a judge of the Minsk City Court, presided over the trial of journalist Ales Marochka, who was sentenced on charges of "calling for actions damaging national security".
            State prosecutor Volha Ivanauna Hryb is also listed for having requested lengthy terms, including in the case of opposition activist Hanna Kalesnik.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.contains("Aliaksandr Mikalaevich Shastakovich"))
        #expect(names.contains("Volha Ivanauna Hryb"))
        #expect(!names.contains("Ales Marochka"))
        #expect(!names.contains("Hanna Kalesnik"))
    }

    @Test func anAnnexThatNamesTankersDesignatesThemAndThePreviousPackagesListingsAreNotNew() {
        let text = """
            EU ministers adopted the eighteenth package on Friday.
            Of the 52 vessels hit with the port-access ban, the Council's annex names tankers including the MARLIN GRACE (IMO 9283083) and the NORD STAR (IMO 9304150).
            The previous package, adopted in February, hit 74 vessels and listed, among others, the trading house Rostek-Invest.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.contains("MARLIN GRACE"))
        #expect(names.contains("NORD STAR"))
        #expect(!names.contains("Rostek-Invest"))
    }

    @Test func aSecondNameWithItsArticleIsAPartyAndPlantsSanctionedYearsAgoAreNot() {
        let text = """
            Treasury on Tuesday sanctioned the Marlin Grace Company and the Nord Star Company for supplying drones.
            The buyers were Russian plants that Washington sanctioned years ago, including the Strizh Design Bureau and the Volga Electromechanical Plant.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.contains("Marlin Grace Company"))
        #expect(names.contains("Nord Star Company"))
        #expect(!names.contains("Strizh Design Bureau"))
        #expect(!names.contains("Volga Electromechanical Plant"))
    }
}
