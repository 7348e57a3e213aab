import Foundation
import Testing
import WatchlistCore
@testable import WatchlistArticles

/// Layouts and wordings of series af: a legislative instrument's schedule set in columns of spaces, a bank
/// team's chat export quoting a notice, a wire story and its update, a wiki biography with listings of
/// several years, a ministry statement with a translator's notes, a Treasury release whose paragraphs say
/// "He is designated", and a general licence release that recalls last month's designations.
@Suite struct SchedulesChatsAndBiographiesTests {
    @Test func aScheduleSetInColumnsOfSpacesListsItsEntriesWithTheirAliases() {
        let text = """
            Autonomous Sanctions Amendment (No. 6) Instrument 2025, registered 4 November 2025

            2 Part 1 of Schedule 1 (at the end of the table)
            Add:
            Item  Name of individual  Date of birth  Citizenship
            1071  Dmitry Aleksandrovich VOLKOV (also known as Dmitrii Volkov)  12 March 1971  Russian
            1072  Oksana Viktorovna TERESHCHENKO  5 August 1980  Russian

            3 Part 2 of Schedule 1 (at the end of the table)
            Add:
            Item  Name of entity  Address of entity
            358  Joint Stock Company "Uralskiye Kompozitnye Tekhnologii" (also known as JSC UKT; Ural Composite Technologies)  Yekaterinburg, Russia
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name).contains("Oksana Viktorovna TERESHCHENKO"))
        let volkov = entities.first { $0.name == "Dmitry Aleksandrovich VOLKOV" }
        #expect(volkov?.aliases == ["Dmitrii Volkov"])
        let company = entities.first { $0.name.hasPrefix("Joint Stock Company") }
        #expect(company?.aliases.contains("JSC UKT") == true)
        #expect(company?.aliases.contains("Ural Composite Technologies") == true)
    }

    @Test func aNoticeQuotedInAChatExportListsItsEntries() throws {
        let text = """
            Channel: #sanctions-screening
            [07:58] priya.n: OFSI notice dropped at 07:30, Russia regime. List refresh is scheduled for 08:15
            [07:59] priya.n: pasting the relevant bits from the notice:
            > "The following entries have been added to the Consolidated List and are now subject to an asset freeze."
            > 1. Artem Sergeyevich KOVALENKO | DOB: 14/02/1979 | Group ID: 17342
            > 2. MERIDIAN BUNKER SERVICES LIMITED | a.k.a. MBS Ltd | Group ID: 17344
            [08:02] tom.h: ta, will ping the trade finance team
            """
        // Read as a file is: the quote markers are blanked, offsets kept.
        let document = try ArticleDocument.read(data: Data(text.utf8), name: "chat.txt", format: .plainText)
        #expect(document.text.count == text.count)
        let names = SanctionsExtractor().extract(from: document).entities.map(\.name)
        #expect(names.contains("Artem Sergeyevich KOVALENKO"))
        #expect(names.contains("MERIDIAN BUNKER SERVICES LIMITED"))
    }

    @Test func aQuotedNoticeSentenceThatOpensWithTheFollowingIsNoOneSpeaking() {
        let text = """
            OFSI notice, 9 July 2025.

            "The following entries have been added to the Consolidated List and are now subject to an asset freeze."
            1. Ilkin Rauf oglu MAMMADLI | DOB: 03/11/1984 | Group ID: 17343
            """
        #expect(extract(text).entities.map(\.name) == ["Ilkin Rauf oglu MAMMADLI"])
    }

    @Test func aHedgeInARelativeClauseOfTheOpeningPhraseLeavesTheMainClauseNews() {
        let text = """
            WASHINGTON, Oct 14 - The United States on Tuesday imposed sanctions on a Dubai parts distributor.

            In a move that had not been previously reported, OFAC also sanctioned Kestrel Marine Logistics Pte. Ltd., \
            a Singapore-registered forwarder.

            In May last year, OFAC sanctioned Hebei Xinfeng Chemical Co., Ltd., then the largest teapot to be blacklisted.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.contains("Kestrel Marine Logistics Pte. Ltd."))
        #expect(!names.contains { $0.hasPrefix("Hebei") })
    }

    @Test func aDraftListIsNoDesignation() {
        let text = """
            EXCLUSIVE-U.S. readies sanctions on suppliers of drone parts, Oct 14 2025

            Two of the sources said the draft list currently includes Dubai-based Arcturus Components FZE and \
            Hangzhou Lianxin Electronic Technology Co., Ltd. in eastern China.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func aSpeakerIntroducedByAnAppositiveAndTheAuthorityAreNoParties() {
        let text = """
            WASHINGTON, Oct 14 2025 - The United States on Tuesday imposed sanctions on a Dubai parts distributor, \
            its Russian owner and a Singapore freight forwarder.

            Brian Okafor, a former Treasury official now at the Atlantic Policy Forum, said the focus on Turkey was notable.

            Singapore said it implements only sanctions imposed by the U.N. Security Council.
            """
        let names = extract(text).entities.map(\.name)
        #expect(!names.contains("Brian Okafor"))
        #expect(!names.contains { $0.contains("Security Council") })
    }

    @Test func aYearThatOpensTheClauseDatesTheDesignationBeforeTheText() {
        let text = """
            On 21 October 2025 New Zealand added Arkady Dremov to its Russia sanctions register.

            On 12 April 2023 OFAC designated Dremov, together with his superyacht Aurelia (IMO 9266176).

            Last month OFAC sanctioned Arktika Shelf Services JSC and OOO PromTekhSnab.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names == ["Arkady Dremov"])
    }

    @Test func heOrSheIsThePersonTheSentencesBeforeIntroduced() {
        let text = """
            WASHINGTON — OFAC today designated three companies and two individuals.

            Yasir Babiker al-Mahi-Daoud, a Sudanese national residing in Dubai, is the owner of Sahara Crest. \
            Al-Mahi-Daoud arranged the charter flights that moved Darfur gold to the UAE. He is designated for \
            being a leader of Sahara Crest.
            """
        #expect(extract(text).entities.map(\.name).contains("Yasir Babiker al-Mahi-Daoud"))
    }

    @Test func namesAnItemUsesToDescribeItsPartyAreNoEntries() {
        let text = """
            The five companies blocked by the Treasury on 12 March 2025 are:
            - Inmobiliaria Costa Vallarta, S.A. de C.V., the developer of two gated communities in Bahía de Banderas;
            - Centro Cambiario Frontera Norte, S.A. de C.V., the Nogales exchange house managed by Salas Meza;
            - Alfa Trading LLC, Beta Logistics LLC and Gamma Parts LLC.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.count == 5)
        #expect(!names.contains("Bahía de Banderas"))
        #expect(!names.contains("Nogales"))
    }

    @Test func twoSurnamesOfASpanishNameReferBackToIt() {
        let text = """
            Mexico City, 12 March 2025. The Treasury designated José Luis Benítez Arreola, alias "El Contador". \
            Benítez Arreola was designated under the Kingpin Act.
            """
        #expect(extract(text).entities.map(\.name) == ["José Luis Benítez Arreola"])
    }

    @Test func anAffiliationBeforeAPersonNounIsNoParty() {
        let text = """
            WASHINGTON — OFAC today sanctioned two Rapid Support Forces (RSF) commanders responsible for attacks \
            on civilians, and Second Brigadier General Mohammad-Hossein Ebadollahi.
            """
        let names = extract(text).entities.map(\.name)
        #expect(!names.contains("Rapid Support Forces"))
        #expect(names.contains("Mohammad-Hossein Ebadollahi"))
    }

    @Test func aKoreanNameWithALongHyphenatedGivenNameIsIntroducedAsAPerson() {
        #expect(PersonNameShape.looksLikePerson("Jong Kwang-myong"))
        #expect(PersonNameShape.looksLikePerson("Jeong Gwang-myeong"))
    }

    @Test func anOrganizationWhichAnAuthorityAlsoDesignatedInThisRoundIsDesignated() {
        let text = """
            SEOUL, 12 March 2025 - The South Korean government designated three people and one organization.

            The ministry says he worked for the Korea Pyonghwa Technology Exchange Company (also known as \
            Pyonghwa Tech), which Seoul also designated in this round as the organization that dispatched the workers.
            """
        #expect(extract(text).entities.map(\.name).contains("Korea Pyonghwa Technology Exchange Company"))
    }

    @Test func anExecutiveOrderIsNoParty() {
        #expect(!PartyListParser.isPartyName("E.O. 14024", tokens: nil))
        #expect(!PartyListParser.isPartyName("Executive Order 13846", tokens: nil))
        #expect(PartyListParser.isPartyName("Polaris Offshore Equipment Trading FZE", tokens: nil))
    }
}
