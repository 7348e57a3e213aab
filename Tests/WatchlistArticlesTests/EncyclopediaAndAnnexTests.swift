import Testing
@testable import WatchlistArticles

/// Layouts of series ab: an encyclopedia page with footnote marks and a timeline of earlier rounds, an
/// annex table after a removal, removals phrased as a revoked designation or by a Federal Register rule.
@Suite struct EncyclopediaAndAnnexTests {
    @Test func anAnnexTableAfterANamedRemovalListsDesignations() {
        let text = """
            The Council today decided to impose restrictive measures on an additional 1 individual and 1 entity.

            Separately, the Council decided to remove Leanid Mikhailavich Yurchanka from the list, as he is deceased.

            No. | Name | Identifying information | Date of listing

            1 | Aliaksandr Piatrovich Hryshkevich | DOB: 14.3.1971; Position: Judge | 24.2.2026

            2 | OOO "Belspetsimpeks-Trade" | Address: Minsk, Belarus | 24.2.2026
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Aliaksandr Piatrovich Hryshkevich", "OOO \"Belspetsimpeks-Trade\""])
        #expect(extraction.delisted.map(\.name) == ["Leanid Mikhailavich Yurchanka"])
    }

    @Test func aTableAfterAnAnnouncedRemovalListsRemovals() {
        let text = """
            OFAC also removed the following entries from the SDN List:

            | Name | Program |
            |---|---|
            | Oceanic Bridge Trading LLC | IRAN |
            | Kamal Fathi Haddad | SDGT |
            """
        let extraction = extract(text)
        #expect(extraction.delisted.map(\.name) == ["Oceanic Bridge Trading LLC", "Kamal Fathi Haddad"])
        #expect(extraction.entities.isEmpty)
    }

    @Test func footnoteMarksDoNotHideTheColonThatOpensAList() {
        let text = """
            On 13 March 2026 the Ministry of Economy, Trade and Industry added four organisations to the list of end users to which exports are prohibited:[7]

            * **Harbin Beifang Precision Instruments Co., Ltd.** (China)
            * **Tashkent Avia Service LLC** (Uzbekistan)
            """
        #expect(extract(text).entities.map(\.name) == ["Harbin Beifang Precision Instruments Co., Ltd.", "Tashkent Avia Service LLC"])
    }

    @Test func namesOfPartiesSubjectToAssetFreezesFollowTheColon() {
        let text = """
            On 13 March 2026, Japan's Ministry of Finance published the names of two individuals subject to asset freezes:

            1. **Vladislav Igorevich Tarasenko** – general director of a machine-tool importer.
            2. **Wang Haoran** – Chinese national.
            """
        #expect(extract(text).entities.map(\.name) == ["Vladislav Igorevich Tarasenko", "Wang Haoran"])
    }

    @Test func aBulletOpenedByAnEarlierDateIsAnEarlierRound() {
        let text = """
            Japan froze the assets of OOO Vostok-Mikroelektronika on 13 March 2026.

            * In January 2024, Japan froze the assets of the Hong Kong trading firm Sino Apex Components Limited.[4]
            * In December 2025, Japan targeted arms transfers, freezing the assets of Tumangang Maritime Transport Company.[6]
            """
        #expect(extract(text).entities.map(\.name) == ["OOO Vostok-Mikroelektronika"])
    }

    @Test func revokedDesignationsAreRemovals() {
        let text = "On 12 March 2026 the UK government revoked the designations of Gennady Viktorovich Orlov and OOO Bering Freight, a Vladivostok forwarding company."
        let extraction = extract(text)
        #expect(extraction.delisted.map(\.name) == ["Gennady Viktorovich Orlov", "OOO Bering Freight"])
        #expect(extraction.entities.isEmpty)
    }

    @Test func aRuleRemovesTheCompanyItNamesButItsCountSumsUpTheRelease() {
        let named = "BIS added Halcyon Tooling Pte. Ltd. to the Entity List on Tuesday. The same rule removed Tuas Precision Components Pte. Ltd. from the Entity List."
        #expect(extract(named).delisted.map(\.name) == ["Tuas Precision Components Pte. Ltd."])
        let counted = """
            BIS today published a final rule adding two entities to the Entity List. The rule also removes one entity in China from the Entity List.

            Beijing Zhongke Haixin Semiconductor Co., Ltd. supplies logic chips to research institutes.

            Grand Apex Components Limited was identified as a transshipment point.
            """
        #expect(extract(counted).entities.map(\.name) == ["Beijing Zhongke Haixin Semiconductor Co., Ltd.", "Grand Apex Components Limited"])
    }
}

/// Series ab's decree annex and bilingual release: an annex under a long title, Ukrainian legal forms in
/// transliteration, a surname-first annex name, an instrument between a measure and its parties.
@Suite struct DecreeAnnexTests {
    @Test func aDecreeAnnexListsItsPartiesUnderItsLongTitle() {
        let text = """
            Kyiv, 24 October 2025. President Zelensky signed a decree imposing sanctions on one Russian citizen and one legal entity. Its general director, Andrii Kuznietsov, has also been sanctioned.

            Separately, the NSDC lifted sanctions on one Ukrainian citizen, Ihor Tkachuk.

            ANNEX to the NSDC decision of 24 October 2025 "On the application of personal special economic and other restrictive measures (sanctions)"

            Individuals

            1. Kuznietsov Andrii Volodymyrovych (Kuznetsov Andrey Vladimirovich), born 14.03.1976, Saratov, Russian Federation.

            Legal entities

            2. Tovarystvo z obmezhenoiu vidpovidalnistiu "Volha-Komplekt" (OOO "Volga-Komplekt"), primary state registration number 1177746523019.

            ANNEX 2 — sanctions lifted

            1. Tkachuk Ihor Mykolaiovych, born 30.06.1972, Vinnytsia, Ukraine.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Kuznietsov Andrii Volodymyrovych", "Tovarystvo z obmezhenoiu vidpovidalnistiu Volha-Komplekt"])
        #expect(extraction.delisted.map(\.name) == ["Tkachuk Ihor Mykolaiovych"])
    }

    @Test func theInstrumentBetweenSanctionsAndTheirCountIsSkipped() {
        let text = """
            Today, the Minister announced additional sanctions under the Special Economic Measures (Iran) Regulations against 2 individuals and 1 entity.

            Among them is Mohammad-Reza Heydari Nasab, director of the Prisons Organization of Tehran Province, which is also listed today. Canada is also sanctioning Farzaneh Ghorbani-Moghaddam, a senior editor at the Islamic Republic of Iran Broadcasting.

            The Special Economic Measures (Iran) Regulations prohibit persons in Canada from dealing in any property of the listed persons.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Mohammad-Reza Heydari Nasab", "Prisons Organization of Tehran Province", "Farzaneh Ghorbani-Moghaddam"])
        #expect(extraction.entities.last?.kind == .person)
    }
}

/// Series ab's UN press release and French asset-freeze notice: the UN list's alias qualities, renewed
/// freezes that are no new designations, a repealed freeze.
@Suite struct RecordAndRenewalTests {
    @Test func theUNListsGoodAndLowQualityAliasesAreAliases() {
        let text = """
            On 10 September 2025, the Committee approved the addition of the entries specified below to its Sanctions List.

            QDi.448 Name: 1: BILAL 2: KHAMIS 3: SAID 4: AL-UBAYDI
            Name (original script): not available
            Title: na Designation: na DOB: 1979 POB: Al-Qaim, Iraq
            Good quality a.k.a.: Abu Yasir al-Ubaydi
            Low quality a.k.a.: Abu Yasir
            Nationality: Iraq
            """
        let party = extract(text).entities.first
        #expect(party?.name == "BILAL KHAMIS SAID AL-UBAYDI")
        #expect(party?.aliases == ["Abu Yasir al-Ubaydi", "Abu Yasir"])
    }

    @Test func renewedFreezesAreNoDesignationsAndARepealedOneIsARemoval() {
        let text = """
            1. Arrêté of 14 April 2025 imposing asset freezes

            The Minister froze the assets of the following persons:

               - HADDAD Youssef, né le 3 mars 1990 à Nice

            2. Arrêté of 15 April 2025 renewing asset freezes

            The following measures, originally adopted in October 2024, are renewed for a further period of six months. These are not new designations; reporting entities should simply maintain the existing freeze:

               - BOUAZZA Samir, né le 2 juillet 1987 à Lyon (Rhône)

            3. Arrêté of 17 April 2025 repealing an asset freeze

            The freeze imposed on the following person by the arrêté of 10 April 2024 is repealed with immediate effect.

               - KHELIFI Nadia, née le 8 novembre 1989 à Toulouse (Haute-Garonne)
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["HADDAD Youssef"])
        #expect(extraction.delisted.map(\.name) == ["KHELIFI Nadia"])
    }
}

@Suite struct CommonWordTests {
    @Test func aCapitalizedWordTheTextAlsoWritesInLowercaseIsNoParty() {
        let text = """
            Treasury's OFAC designated one company, Zarin Petro Trading FZE, on Tuesday.

            Press release says all property and interests in property of these persons in the US are blocked. I read the press release twice.
            """
        #expect(extract(text).entities.map(\.name) == ["Zarin Petro Trading FZE"])
        let named = "The State Department sanctioned Tehnolit and Baztube on Tuesday. Tehnolit makes pipes."
        #expect(extract(named).entities.map(\.name) == ["Tehnolit", "Baztube"])
    }
}

/// Series ab's wire story and shipping newsletter: a vessel put on the list, an earlier package as the
/// subject, an Azerbaijani patronymic.
@Suite struct WireAndNewsletterTests {
    @Test func aVesselPutOnTheListIsDesignatedButNotOnePutUnderReview() {
        let text = "Seoul sanctioned five North Koreans on Friday. The tanker KUM BONG 7 was also put on the list. The ministry put pressure on its partners."
        #expect(extract(text).entities.map(\.name).contains("KUM BONG 7"))
        #expect(extract("The tanker KUM BONG 7 was put on a watch by insurers.").entities.isEmpty)
    }

    @Test func anEarlierPackageAsTheSubjectIsAMemory() {
        let text = """
            OFAC on Tuesday designated the tanker ARIANA SKY (IMO 9301234).

            OFAC's last shadow fleet package in October blocked 14 tankers, including SUN ARROW (IMO 9355123).
            """
        #expect(extract(text).entities.map(\.name) == ["ARIANA SKY"])
    }

    @Test func anAzerbaijaniPatronymicStaysInTheName() {
        let text = "OFAC also designated the firm's sole director, Azerbaijani national Elchin Tofiq oglu Mammadov."
        #expect(extract(text).entities.map(\.name) == ["Elchin Tofiq oglu Mammadov"])
    }
}

@Suite struct MinistryNameTests {
    @Test func japansTradeMinistryIsTheAuthorityNotAParty() {
        let text = """
            Japan today imposed an asset freeze on Sevzapelektronika JSC on Tuesday.

            (2) Export prohibition measures against specified entities The Ministry of Economy, Trade and Industry will add the 2 entities in Annex 3 to the list.
            """
        #expect(extract(text).entities.map(\.name) == ["Sevzapelektronika JSC"])
        let designated = "OFAC on Tuesday designated the Ministry of Economy, a Syrian government body."
        #expect(extract(designated).entities.map(\.name) == ["Ministry of Economy"])
    }
}

@Suite struct NationalityWordTests {
    @Test func nationalityWordsAndTimesAreNoParties() {
        let text = """
            The Department of State is publicly designating two current and former Paraguayan officials and OFAC is sanctioning Hidrovía Norte S.A. on Tuesday.

            Belvneshtransit has organised rail shipments across the Belarusian-Russian border. Your lists were refreshed at 05:40 UTC.

            Non-US banks that deal with the firm risk being penalised themselves.
            """
        #expect(!extract(text).entities.map(\.name).contains { ["Paraguayan", "Belarusian-Russian", "40 UTC", "Non-US"].contains($0) })
        #expect(extract(text).entities.map(\.name).contains("Hidrovía Norte S.A."))
    }
}
