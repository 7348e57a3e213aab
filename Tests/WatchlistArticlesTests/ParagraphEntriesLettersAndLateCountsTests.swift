import Testing

@testable import WatchlistArticles

/// Entries written as paragraphs under "Entities designated", entries lettered "(a)" under a numbered group
/// heading, a revoked designation, a count given in the sentence after the designation, a date of an earlier
/// month, a list's update as the subject, and "also referred to as" (rules tuned on series al and am).
@Suite struct ParagraphEntriesLettersAndLateCountsTests {
    @Test func paragraphsUnderAKindAndActionHeadingAreEntries() {
        let text = """
            New Zealand Ministry of Foreign Affairs and Trade

            Published 22 July 2025

            The Minister of Foreign Affairs has today announced further sanctions under the Russia Sanctions Act 2022.

            Entities designated

            OOO "Tekhnoprom-Import" is a Moscow-based importer that ships dual-use semiconductors to Russian defence plants.

            Sibavionika LLC, located in Novosibirsk, produces navigation units for military helicopters.

            The Ministry notes that Udmurt Elektronpribor is already subject to New Zealand sanctions.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names == ["OOO Tekhnoprom-Import", "Sibavionika LLC"])
    }

    @Test func paragraphsUnderAHeadingThatOnlyNamesAnActionAreNotEntries() {
        let text = """
            Published 22 July 2025

            New designations

            Highlights

            Nino Tsiklauri, a spokesperson for the ministry, welcomed the step.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func letteredEntriesUnderANumberedGroupTakeItsCountry() {
        let text = """
            Ministry of Foreign Affairs of Japan

            10 October 2025

            Japan will implement asset freezes against the following three entities, which have been involved in \
            the circumvention of sanctions.

            (1) Entities in the Russian Federation (2 entities)
              (a) Joint Stock Company "Yenisei Precision Instruments"
              (b) Limited Liability Company "Baltkomplekt"

            (2) Entities in the United Arab Emirates (1 entity)
              (a) Nordline Technologies FZCO
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == [
            "Joint Stock Company Yenisei Precision Instruments", "Limited Liability Company Baltkomplekt", "Nordline Technologies FZCO",
        ])
        #expect(entities.map(\.country) == ["RU", "RU", "AE"])
        #expect(entities.allSatisfy { $0.authority == "Japan" })
    }

    @Test func aRevokedDesignationIsADelisting() {
        let text = """
            New Zealand Ministry of Foreign Affairs and Trade

            Published 22 July 2025

            Revocation

            The Minister has also revoked the designation of Leonid Arkadyevich Bobrovsky, who was designated in \
            2022 as a member of the supervisory board of a Russian state bank.
            """
        let extraction = extract(text)
        #expect(extraction.delisted.map(\.name) == ["Leonid Arkadyevich Bobrovsky"])
        #expect(extraction.entities.isEmpty)
    }

    @Test func aCountInTheSentenceAfterTheDesignationIntroducesTheParties() {
        let text = """
            September 17, 2025

            WASHINGTON - The Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated a \
            network of oil smugglers. Two companies in the United Arab Emirates and one in Hong Kong, the two men \
            who ran the scheme, and three tankers are the subject of today's action.

            Proceeds flow to Sahand Energy Marketing Company, an oil broker that OFAC sanctioned in November 2023.

            Rostam Gulf Petroleum Trading FZE, registered in Sharjah, serves as the network's hub.

            Iranian national Kourosh Delavari-Yazdi is the founder of Rostam Gulf.

            Dubai-based Al Manara Marine Services L.L.C. supplies crews to the tankers.

            Tai Hang Energy Resources Limited, a Hong Kong company, markets the oil.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == [
            "Rostam Gulf Petroleum Trading FZE", "Kourosh Delavari-Yazdi", "Al Manara Marine Services L.L.C.", "Tai Hang Energy Resources Limited",
        ])
        #expect(entities.allSatisfy { $0.date?.description == "2025-09-17" })
    }

    @Test func aListUpdateThatRemovesAndAddsNamesItsParties() {
        let text = """
            *Tanker Desk Weekly | 2 December 2025*

            Monday's update to the Specially Designated Nationals (SDN) list removed THALASSA PRIDE (IMO 9256030) \
            and MARIA KONSTANTINA (IMO 9288760), along with Kallisto Shipmanagement S.A., a company run from Piraeus.

            The same SDN update added Crestline Tankers Management FZCO, a ship manager based in Dubai.
            """
        let extraction = extract(text, format: .markdown)
        #expect(extraction.delisted.map(\.name) == ["THALASSA PRIDE", "MARIA KONSTANTINA", "Kallisto Shipmanagement S.A."])
        #expect(extraction.entities.map(\.name) == ["Crestline Tankers Management FZCO"])
    }

    @Test func aSizeClassOfTankersNamesNoVessel() {
        let text = """
            2 December 2025

            The US Treasury has lifted sanctions on two Aframax tankers and their former manager, Kallisto \
            Shipmanagement S.A.
            """
        #expect(extract(text).delisted.map(\.name) == ["Kallisto Shipmanagement S.A."])
    }

    @Test func aNameAlsoReferredToAsAnotherIsAnAlias() {
        let text = """
            22 July 2025

            New Zealand today designated JSC "Ladoga Radioelectronics" (also referred to as Ladoga RE), a St \
            Petersburg maker of guidance electronics.
            """
        #expect(extract(text).entities.first?.aliases == ["Ladoga RE"])
    }

    @Test func anItemMarkerIsALetterOrARomanNumeralInParentheses() {
        #expect(SanctionsExtractor.isListItem("(a) Joint Stock Company Orbita"))
        #expect(SanctionsExtractor.isListItem("(iv) Nordline Technologies FZCO"))
        #expect(!SanctionsExtractor.isListItem("(HK) Limited is a trader"))
        #expect(!SanctionsExtractor.isListItem("(a)"))
        #expect(SanctionsExtractor.itemMarkerStyle("(b) Baltkomplekt") == "(a)")
        #expect(SanctionsExtractor.itemMarkerStyle("(2) Entities in China") == "(1)")
    }

    @Test func numberedSectionsSayWhichEntriesAreNewAmendedOrRemoved() {
        let text = """
            Bern, 4 June 2025

            Switzerland has today decided to implement the latest EU listings.

            1. New entries

            The following persons and entities have been added to Annex 14:

              1. Dmitriy Pavlovich Orekhov, GRU officer who recruited local agents. Nationality: Russian.

              2. Balkan Perspective d.o.o., Belgrade, Serbia.

            2. Amended entries

            The entries for the following persons, already listed in Annex 14, have been amended. The amendments \
            concern the identifying information only; the measures applicable to these persons remain unchanged:

              1. Denis Vladimirovich Lapin (additional date of birth)
              2. OOO "Gorizont Konsalting" (new address)

            3. Deletion

              1. Stanislav Markovich Yefremenko has been removed from Annex 14 following confirmation of his death.

            4. Further information
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Dmitriy Pavlovich Orekhov", "Balkan Perspective d.o.o."])
        #expect(extraction.delisted.map(\.name) == ["Stanislav Markovich Yefremenko"])
    }

    @Test func aNumberedSectionOnAMeasureIsNoListOfEntries() {
        #expect(ListHeading.numberedMeaning(of: ArticleToken.tokens(of: "2. Asset freeze", offset: 0)) == nil)
        #expect(ListHeading.numberedMeaning(of: ArticleToken.tokens(of: "3. Removals", offset: 0)) == .delistings)
        #expect(ListHeading.numberedMeaning(of: ArticleToken.tokens(of: "5. References", offset: 0)) == .endMatter)
    }

    @Test func aNationalityBeforeAPersonsNameIsNoPartOfIt() {
        #expect(PartyListParser.withoutNationalityOrRank("Iraqi Kurd Rebwar Hama Aziz Kaka") == "Rebwar Hama Aziz Kaka")
        #expect(PartyListParser.withoutNationalityOrRank("Sudanese Armed Forces") == "Sudanese Armed Forces")
        #expect(PartyListParser.withoutNationalityOrRank("Baltic Bulk Carriers Pte. Ltd.") == "Baltic Bulk Carriers Pte. Ltd.")
        let text = """
            14 November 2025

            The UK today sanctioned the leader of a people-smuggling gang, Iraqi Kurd Rebwar Hama Aziz Kaka.
            """
        let party = extract(text).entities.first
        #expect(party?.name == "Rebwar Hama Aziz Kaka")
        #expect(party?.kind == .person)
    }

    @Test func aCapitalizedTitleBeforeAnOrganizationIsARole() {
        let text = """
            26 November 2025

            Canada is imposing sanctions on the following individuals:

            - Roman Ilyich Batrakov, Chief Engineer of Joint Stock Company Kovrov Precision Mechanics Plant
            - Marat Rinatovich Gabdrakhmanov, Deputy Director for Production of Limited Liability Company Volga UAV Systems

            Volga UAV Systems assembles long-range attack drones.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Roman Ilyich Batrakov", "Marat Rinatovich Gabdrakhmanov"])
        #expect(entities.map(\.role) == ["Chief Engineer", "Deputy Director for Production"])
    }

    @Test func theActionAsSubjectCountsWhatItTargets() {
        let text = """
            WASHINGTON - OFAC today took action against a sanctions evasion network. Today's action targets two \
            companies operating from Hong Kong.

            Lucky Harvest Energy (HK) Co., Limited, also known as Xingfeng Energy Limited, is a Hong Kong-registered \
            company that resold Iranian cargoes.

            Hong Kong Grand Tide Shipping Limited manages the network's tankers.
            """
        #expect(extract(text).entities.map(\.name) == ["Lucky Harvest Energy (HK) Co., Limited", "Hong Kong Grand Tide Shipping Limited"])
    }
}
