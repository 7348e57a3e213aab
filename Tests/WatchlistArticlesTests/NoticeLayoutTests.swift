import Testing
@testable import WatchlistArticles

/// Vendor tables of additions and removals, timelines, Federal Register destinations.
@Suite struct NoticeLayoutTests {
    @Test func aTableAfterARemovalListsRemovalsAndTheTypeColumnGivesTheKind() {
        let text = """
            OFAC added the following entries to the SDN List this week:

            | Type | Name | Program |
            |---|---|---|
            | Individual | Farid Hassan Tehrani | SDGT |
            | Vessel | NORTH STAR (f.k.a. ALBA K) (IMO 9187000) | IRAN-EO13846 |

            OFAC also removed the following entries from the SDN List this week.

            | Type | Name | Program |
            |---|---|---|
            | Entity | Amber Coast Trading OU | UKRAINE-EO13660 |
            """
        let extraction = extract(text, format: .markdown)
        #expect(extraction.entities.map(\.name) == ["Farid Hassan Tehrani", "NORTH STAR"])
        #expect(extraction.entities.map(\.kind) == [.person, .vessel])
        #expect(extraction.entities.last?.aliases == ["ALBA K"])
        #expect(extraction.entities.last?.identifiers == ["IMO 9187000"])
        #expect(extraction.delisted.map(\.name) == ["Amber Coast Trading OU"])
    }

    @Test func aSemicolonTableMarksItsRemovedAndAmendedRows() {
        let text = """
            Recent changes to the sanctions list. New entries are subject to an asset freeze.

            Name;Type;Country;Date listed;Regime
            Oleg Petrovich Sazonov;Individual;Russia;04/02/2025;Russia
            Kama River Shipping LLC;Entity;Russia;04/02/2025;Russia
            Ilkin Rasulov;Individual;Azerbaijan;Amended (originally listed 11/06/2024);Russia
            Tallinn Marine Supply OU;Entity;Estonia;Removed;Russia

            Page last updated: 5 February 2025
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Oleg Petrovich Sazonov", "Kama River Shipping LLC"])
        #expect(extraction.entities.map(\.kind) == [.person, .organization])
        #expect(extraction.delisted.map(\.name) == ["Tallinn Marine Supply OU"])
    }

    @Test func aTimelinesEarlierYearsAreThePast() {
        let text = """
            *Updated 14 October 2025 with today's measures.*

            ## 2023

            - **May** – The UK sanctions **Orlov Holdings Ltd**, a Cyprus holding company.

            ## 2025 (January–September)

            - **March** – The US sanctions **Volga Barge Lines**.

            ## Today (14 October 2025)

            - OFAC designates **Irina Pavlovna Sokolova**, the group's finance director.
            """
        #expect(extract(text, format: .markdown).entities.map(\.name) == ["Irina Pavlovna Sokolova"])
    }

    @Test func anInvertedCountryHeadingKeepsTheListOpen() {
        let text = """
            BIS is adding the following three parties, listed by destination, to the UVL:

            CHINA, PEOPLE'S REPUBLIC OF
              1. Hunan Kaiyuan Instruments Co., Ltd., Building 7, Lugu Industrial Park, Changsha.

            TURKEY
              2. Izmir Savunma Teknik Ltd. Şti., Ostim OSB Mahallesi, 1234. Cadde No: 15, Ankara.

            UNITED ARAB EMIRATES
              3. Gulf Ray Electronics FZCO, Office 210, Dubai Silicon Oasis, Dubai.

            BIS is removing the following party from the UVL:

              1. Wuxi Tianhe Machinery Co., Ltd., No. 16 Xinhua Road, Wuxi.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Hunan Kaiyuan Instruments Co., Ltd.", "Izmir Savunma Teknik Ltd. Şti.", "Gulf Ray Electronics FZCO"])
        #expect(extraction.delisted.map(\.name) == ["Wuxi Tianhe Machinery Co., Ltd."])
    }
}

/// German partnership forms and the phrasing of an EU listing in a translated German report.
@Suite struct GermanReportTests {
    @Test func aKGAfterGmbHAndCoStaysInTheName() {
        let text = "The Council froze the assets of Weser Antriebe GmbH & Co. KG from Bremen and Lausitz Handel KG, which is based in Cottbus."
        #expect(extract(text).entities.map(\.name) == ["Weser Antriebe GmbH & Co. KG", "Lausitz Handel KG"])
    }

    @Test func notOnlyDeniesNothing() {
        let text = "Brussels has not only frozen the assets of Lausitz Handel KG but has also imposed an asset freeze and travel ban on its managing partner, Jens Wagner."
        #expect(extract(text).entities.map(\.name) == ["Lausitz Handel KG", "Jens Wagner"])
    }

    @Test func assetsThatAreFrozenNameNobody() {
        let text = "OFAC sanctioned the Polar Trade Group. Any assets the group holds under U.S. jurisdiction are now frozen."
        #expect(extract(text).entities.map(\.name) == ["Polar Trade Group"])
    }
}

/// A SECO release: a reference before a name, vessels named after "including", a seat after a name.
@Suite struct SecoReleaseTests {
    @Test func aReferenceItemBeforeTheNameIsSkipped() {
        let text = """
            Among the persons and organisations now subject to the financial sanctions are:

            - Pavel Olegovich Sidorov, a Russian businessman who owns a ship-management company;
            - that company, Northwind Maritime Management FZE, registered in the Sharjah free zone;
            """
        #expect(extract(text).entities.map(\.name) == ["Pavel Olegovich Sidorov", "Northwind Maritime Management FZE"])
    }

    @Test func vesselsAddedIncludingNamedTankersAreDesignated() {
        let text = "In line with the EU, the EAER has also added vessels to Annex 16 of the Ordinance, including the tankers POLAR WIND (IMO 9256000) and SEA OWL (IMO 9310000)."
        #expect(extract(text).entities.map(\.name) == ["POLAR WIND", "SEA OWL"])
    }

    @Test func aCityAfterADelistedCompanyIsNoParty() {
        let text = "Following corresponding decisions by the EU, the EAER has removed one entity from the lists: OOO Volga Trans, Astrakhan, which has been liquidated."
        #expect(extract(text).delisted.map(\.name) == ["OOO Volga Trans"])
    }
}

/// A wire story that counts by descriptions and names the parties in the paragraphs after.
@Suite struct WireCountTests {
    @Test func aRefineryCountedByDescriptionAndAlsoHitWasX() {
        let text = """
            WASHINGTON, Oct 21 (Reuters) - The United States on Tuesday imposed sanctions on a small independent Chinese refinery and the operator of a coastal oil terminal, accusing them of buying Iranian crude.

            The Treasury Department said Binzhou Hengrun Petrochemical Co., Ltd., a refiner with capacity of 50,000 barrels per day, had purchased at least 9 million barrels of Iranian oil.

            Also hit was Longkou Haiwan Oil Terminal Co., Ltd., which operates a crude berth at the port of Longkou.
            """
        #expect(extract(text).entities.map(\.name) == ["Binzhou Hengrun Petrochemical Co., Ltd.", "Longkou Haiwan Oil Terminal Co., Ltd."])
    }
}

/// Counted people introduced by the office they hold, and negations about other people.
@Suite struct OfficeIntroductionTests {
    @Test func anOfficeAfterTheNameMarksAPersonAndANegationAboutOthersDeniesNothing() {
        let text = """
            Canada today imposed sanctions on one individual and one entity.

            Abdolhamid Saberi-Nejad, presiding judge of Branch 15 of the Revolutionary Court, has sentenced several protesters to death.

            Nouravaran Vision Company (NVC), a Tehran-based firm, has supplied camera networks used to identify women who do not comply with dress rules.
            """
        #expect(extract(text).entities.map(\.name) == ["Abdolhamid Saberi-Nejad", "Nouravaran Vision Company"])
    }
}

/// A count whose parties are each described at length.
@Suite struct LongAnnouncementTests {
    @Test func eachPartyTakenKeepsTheCountOpenForTheNext() {
        let filler = (1...8).map { "Its shipments in quarter \($0) went to buyers in Kazan." }.joined(separator: " ")
        let text = """
            The UK has designated four entities supplying Russia's military-industrial complex.

            Volga Tooling LLC is a Samara importer of machine tools. \(filler)

            Ural Bearings JSC is a Perm distributor of bearings. \(filler)

            Amur Freight LLC is a Khabarovsk forwarder. \(filler)

            Kama Optics JSC is a Kazan maker of sights. \(filler)
            """
        #expect(extract(text).entities.map(\.name) == ["Volga Tooling LLC", "Ural Bearings JSC", "Amur Freight LLC", "Kama Optics JSC"])
    }
}

@Suite struct CircularLayoutTests {
    @Test func aCircularsLetteredRecordsGiveTheKindAsTheirField() {
        let text = """
            2. On 20 March 2025, the 1718 Committee approved the addition of two individuals and one entity to its Sanctions List.

            4. The parties added to the 1718 Committee's Sanctions List on 20 March 2025 are as follows:

            (a) Individual: RI CHOL UNG
                Also known as: Ri Chol-ung; Li Zheyong
                Date of birth: 14 August 1971

            (b) Entity: KOREA TAESONG GENERAL TRADING CORPORATION
                Also known as: Taesong Trading
                Address: Pyongyang
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["RI CHOL UNG", "KOREA TAESONG GENERAL TRADING CORPORATION"])
        #expect(extraction.entities.map(\.kind) == [.person, .organization])
        #expect(extraction.entities.first?.aliases == ["Ri Chol-ung", "Li Zheyong"])
    }

    @Test func theListAfterThePartiesConcernedAreNamesTheDesignatedOnes() {
        let text = """
            On 3 June 2025 the UK Government added a number of individuals and companies to the UK sanctions list.
            Several of the newly designated parties held accounts with us. We have therefore frozen the relevant accounts. The parties concerned are:

              1. Vostok-Invest Holding Limited, a holding company registered in Limassol, Cyprus;
              2. Mr Rustam Ilgizovich Safarov, a Russian businessman.

            What this means for you
            """
        #expect(extract(text).entities.map(\.name) == ["Vostok-Invest Holding Limited", "Rustam Ilgizovich Safarov"])
    }
}

@Suite struct FederalRegisterNoticeTests {
    @Test func theFollowingPersonsWhosePropertyIsBlockedAreTheEntriesBelow() {
        let text = """
            A. On June 17, 2025, OFAC determined that the property and interests in property subject to U.S. \
            jurisdiction of the following persons are blocked under the relevant sanctions authority listed below.

            Individuals

                1. MUSTAFA, Yusuf Ahmad Abd al-Rahman (a.k.a. ABDELRAHMAN, Youssef Ahmed), Istanbul, Turkey; DOB 17 Jan 1983; nationality Syria; Gender Male (individual) [SDGT].

            Entity

                1. DAR AL-SALAM GENERAL TRADING L.L.C. (a.k.a. DAR ALSALAM TRADING), Office 1104, Deira, Dubai, United Arab Emirates [SDGT].
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Yusuf Ahmad Abd al-Rahman MUSTAFA", "DAR AL-SALAM GENERAL TRADING L.L.C."])
        #expect(extraction.entities.first?.aliases.first == "MUSTAFA Yusuf Ahmad Abd al-Rahman")
    }
}

@Suite struct WikiListTests {
    @Test func rowsDatedBeforeThePageAreEarlierListingsAndTheEndMatterIsNoList() {
        let text = """
            *This page was last updated on 12 August 2025.*

            ## Designations

            | Date | Name | Type | Imposed by |
            |---|---|---|---|
            | 6 September 2023 | Hamid Osman Abakar Tiraba | Individual | United States |
            | 12 August 2025 | Sennar Precision Engineering Co. Ltd | Entity | United States |

            ## Removals

            | Date | Name | Imposed by |
            |---|---|---|
            | 12 August 2025 | Kordofan Golden Sands Company | United Kingdom |

            ## See also

            - Gold smuggling in Sudan
            - Rapid Support Forces
            """
        let extraction = extract(text, format: .markdown)
        #expect(extraction.entities.map(\.name) == ["Sennar Precision Engineering Co. Ltd"])
        #expect(extraction.delisted.map(\.name) == ["Kordofan Golden Sands Company"])
    }
}

@Suite struct CommitteeReleaseTests {
    @Test func aVesselHeadingAndANameLineAboveItsFieldsGiveTheVessel() {
        let text = """
            The following entries were added to the Sanctions List:

            A. Entity

            KPe.083 Name: KOREA SONGCHON GENERAL TRADING CORPORATION
            Address: Pyongyang, DPRK Listed on: 12 Nov. 2025

            B. Vessel

            RYONG GANG 7
            IMO: 8712348 Listed on: 12 Nov. 2025 Other information: DPRK-flagged bulk carrier.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["KOREA SONGCHON GENERAL TRADING CORPORATION", "RYONG GANG 7"])
        #expect(extraction.entities.last?.kind == .vessel)
    }

    @Test func aTankerSizeInThePluralIsNoPartOfTheNames() {
        let text = "OFAC on Thursday identified the VLCCs CASPIAN DAWN (IMO 9306172) and MERIDIAN FORTUNE (IMO 9158238) as blocked property."
        #expect(extract(text).entities.map(\.name) == ["CASPIAN DAWN", "MERIDIAN FORTUNE"])
    }
}
