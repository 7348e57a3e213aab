import Testing
import WatchlistCore
@testable import WatchlistArticles

/// Layouts and wordings of series ae: a business paper in translation that names the targets by role and
/// count, a bank's FAQ with the parties listed and the look-alikes spared, a newsletter's sections, an NGO
/// report whose vessel table answers "designated?" row by row, a hearing transcript with "Mr. Li", a state
/// commentary that lists two universities in one breath, and a Swiss paper on a new list.
@Suite struct TranslationsFAQsAndReportsTests {
    @Test func aCountTheSubjectDesignatesIsFilledByTheNamesThatFollow() {
        let text = """
            US Treasury blacklists Guayaquil timber exporter and its partners

            The Treasury included on Tuesday a Guayaquil timber exporter, its holding company and two of its \
            partners on the list of Specially Designated Nationals (SDN).

            The main target is Serraverde Madeiras Ltda., an exporter founded in 2014 that shipped hardwood to \
            Asia, according to customs data.

            The two individuals designated are partners of the group. Otávio Brandão Quintela, 48, founder and chief \
            executive of Serraverde Madeiras, is described by OFAC as its negotiator. The second is Hassan Ali Moussawi, a Lebanese national who holds a 30% stake.

            The Treasury says Moussawi dealt with a Dubai firm, Cedar Line Timber DMCC, which was sanctioned \
            on the same day.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.contains { $0.hasPrefix("Serraverde Madeiras Ltda") })
        #expect(names.contains("Otávio Brandão Quintela"))
        #expect(names.contains("Hassan Ali Moussawi"))
        #expect(names.contains("Cedar Line Timber DMCC"))
        // The city in the headline describes the exporter; it names no party.
        #expect(!names.contains("Guayaquil"))
    }

    @Test func aNewListsContentsAreItsDesignations() {
        let text = """
            Bern adopts the latest listings

            The new Swiss list also includes AO Tomskiy Priborny Zavod, a maker of gun sights.
            """
        #expect(extract(text).entities.map(\.name) == ["AO Tomskiy Priborny Zavod"])
    }

    @Test func aFAQListsTheFirmsAddedButNotTheLookAlikesItSaysAreNotSanctioned() {
        let text = """
            Sanctions update: why some payments are blocked

            Why has my payment been blocked?
            On 14 May 2025 the UK government added a number of firms to the UK sanctions list.
            As a UK bank we must freeze funds belonging to anyone on that list.
            We are not allowed to release a blocked payment without a licence.
            Which firms were added on 14 May?
            The government's notice covered companies that supplied machine tools to Russia.
            The firms we have seen most often in our customers' payment instructions are:
            - Osprey Line Trading FZE – a company in a free zone of Sharjah.
            - OOO Stankoimpeks-Servis – a Moscow-based importer of machine tools.
            The full notice also named several individuals, including Boris Olegovich Kalmykov and Chen Haotian.
            My supplier has a similar name. Is it sanctioned?
            Not necessarily. For example, the following companies are not sanctioned:
            - Osprey Trading Limited, a stationery wholesaler in Leeds;
            - Stankoimpeks GmbH, a parts supplier in Stuttgart.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names == ["Osprey Line Trading FZE", "OOO Stankoimpeks-Servis", "Boris Olegovich Kalmykov", "Chen Haotian"])
    }

    @Test func aSentenceBeforeTheFirstDesignationDoesNotFollowOne() {
        // Before the first designation nothing is "in context": "people ... are mixing them up, so let's be
        // precise:" opens no list, and the sentence after it is read for its own trigger.
        let text = """
            Two separate things happened in Brussels, and people online are mixing them up, so let's be precise:

            Done — The Council added Hanna Uladzimirauna Sarokina, a judge at a Minsk court, to the Belarus \
            human-rights regime.
            """
        #expect(extract(text).entities.map(\.name) == ["Hanna Uladzimirauna Sarokina"])
    }

    @Test func aNewslettersCountOfNewSDNsOpensTheListBelowIt() {
        let text = """
            On Thursday Treasury hit a remittance network. Three new SDNs:

            - Al-Noor Exchange and Remittance Company — a Sanaa-based exchange house.
            - Barakat al-Hadi Trading LLC — a front company in Sohar.

            Ottawa added Jean-Robert Valcourt, a businessman it says financed armed gangs, under its Special \
            Economic Measures (Haiti) Regulations.
            """
        #expect(extract(text).entities.map(\.name)
            == ["Al-Noor Exchange and Remittance Company", "Barakat al-Hadi Trading LLC", "Jean-Robert Valcourt"])
    }

    @Test func aTablesDesignatedColumnKeepsOnlyTheRowsAnsweredYes() {
        let text = """
            The UK designated the network's tankers yesterday.

            | Vessel | IMO | UK designation (yesterday) |
            |---|---|---|
            | AZURE HAVEN | 9181471 | **Yes** |
            | CASPIAN WREN | 9351193 | No — linked |
            | SEA CANDOR | 9533317 | Already sanctioned (US, Dec 2024) |
            """
        #expect(extract(MarkdownText.blankingMarkup(in: text), format: .markdown).entities.map(\.name) == ["AZURE HAVEN"])
    }

    @Test func aTitleAndAChineseFamilyNameReferToThePersonNamedBefore() {
        let text = """
            SENATOR: We identified its general manager, a man named Wu Jiahao, and its sales director, Tang Xiulan.

            WITNESS: This morning, OFAC designated Hubei Ruifeng Chemical Co., Ltd., along with Mr. Wu and Ms. Tang.
            """
        #expect(extract(text).entities.map(\.name) == ["Hubei Ruifeng Chemical Co., Ltd.", "Wu Jiahao", "Tang Xiulan"])
    }

    @Test func aPlaceAfterAndStartsTheNextNameOfAList() {
        let text = """
            The US side has also listed Hunan Institute of Science and Engineering and Dalian Academy of Marine \
            Electronics on the Entity List.
            """
        #expect(extract(text).entities.map(\.name) == ["Hunan Institute of Science and Engineering", "Dalian Academy of Marine Electronics"])
    }

    @Test func aListsWorkingMechanismAddingCompaniesDesignatesThem() {
        let text = """
            The Ministry of Commerce said the working mechanism for the list had decided to add Ridgeway \
            Avionics Inc. and Harlan Defense Systems Corp. because of their arms sales.
            """
        #expect(extract(text).entities.map(\.name) == ["Ridgeway Avionics Inc.", "Harlan Defense Systems Corp."])
    }

    @Test func aHeadlinesShortNameGivesWayToTheStorysFullerName() {
        let text = """
            Washington sanctions Rioni Trade Group and its owners

            OFAC designated Rioni Trade Group LLC, a Tbilisi-registered import-export company, together with \
            its founder Zurab Abashidze.
            """
        #expect(extract(text).entities.map(\.name) == ["Rioni Trade Group LLC", "Zurab Abashidze"])
    }

    @Test func aPlaceOfSeveralWordsWithASuffixDescribesTheCompanyBefore() {
        let text = """
            Also designated was Belmont Crest Holdings Limited, the British Virgin Islands-registered vehicle \
            through which he owns the club.
            """
        #expect(extract(text).entities.map(\.name) == ["Belmont Crest Holdings Limited"])
    }

    @Test func aListingThePaperReportedAtTheTimeIsNoNews() {
        let text = """
            The General Court dismissed the action brought by Pavel Arkadyevich Lomtev against the Council.

            His younger brother, Oleg Arkadyevich Lomtev, was added to the EU sanctions list last week in a \
            separate decision, as this newspaper reported at the time.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func proseLinesUnderAnEntryNameNoParty() {
        let text = """
            ## New designations

            ### United States — OFAC
            - **Ningbo Haisheng Marine Fuel Co., Ltd.** (China) added to the SDN List on Tuesday.
            - Bunker supplier accused of fuelling tankers above the price cap.
            - Described by Treasury as the network's main fuel source.
            - Reminder: its parent was listed in 2024.
            - Its general director **Pavel Yurievich Kostin** — added the same day.
            """
        #expect(extract(MarkdownText.blankingMarkup(in: text), format: .markdown).entities.map(\.name)
            == ["Ningbo Haisheng Marine Fuel Co., Ltd.", "Pavel Yurievich Kostin"])
    }

    @Test func removalsRightAfterADelistingNeedNoListNamed() {
        let text = """
            Bern adopts the EU's latest listings

            2 July 2025

            In line with the EU, the Federal Council also lifted sanctions against two people. Pavel \
            Sergeyevich Kravets, a former board member of a steelmaker, was removed after the General Court \
            annulled his listing in April. Irina Olegovna Belova, the widow of a businessman, was delisted \
            because the grounds for her inclusion no longer apply.
            """
        #expect(extract(text).delisted.map(\.name) == ["Pavel Sergeyevich Kravets", "Irina Olegovna Belova"])
    }

    @Test func aDescriptionOpenedByAParticipleDoesNotEndTheList() {
        let text = """
            Also sanctioned: Olha Petrivna Savchuk [OL-hah PET-ri-vnah sav-CHOOK], described as a deputy \
            administrator in occupied Melitopol, and Taras Hnatiuk, who manages the port in Berdyansk for the \
            occupation authorities.
            """
        #expect(extract(text).entities.map(\.name) == ["Olha Petrivna Savchuk", "Taras Hnatiuk"])
    }

    @Test func aNameGivenAsAnotherNameOfAPartyIsNoNewParty() {
        let text = """
            OFAC designated two individuals on Tuesday. Its director, Chan Ka-wai, is a designated individual. \
            OFAC's notice gives his Mandarin name as Chen Jiawei.

            Its sole director is Zhao Meifang, a mainland resident. Zhao was not named by OFAC.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.contains("Chan Ka-wai"))
        #expect(!names.contains("Chen Jiawei"))
        #expect(!names.contains("Zhao Meifang"))
    }
}
