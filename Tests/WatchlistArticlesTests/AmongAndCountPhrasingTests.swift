import Testing
import WatchlistCore

@testable import WatchlistArticles

/// "X is among those sanctioned", "Among the firms listed are X and Y", counts of "men", a dateline without a
/// year, and what is no party: a quoted description, an address's abbreviations.
@Suite struct AmongAndCountPhrasingTests {
    @Test func aPartyAmongThoseSanctionedIsDesignated() {
        let text = """
            WASHINGTON, June 12 (Reuters) - The plant's general director, Vladislav Gennadyevich Ostapenko, is among \
            those sanctioned today.
            """
        #expect(extract(text).entities.map(\.name) == ["Vladislav Gennadyevich Ostapenko"])
    }

    @Test func aPartyAmongTheCompaniesSubjectToAnAssetFreezeIsDesignated() {
        let text = """
            Among the third-country firms subject to the asset freeze is Shenzhen Huanyu Xintong Technology Co., Ltd., \
            a Guangdong-based electronics distributor.
            """
        #expect(extract(text).entities.map(\.name) == ["Shenzhen Huanyu Xintong Technology Co., Ltd."])
    }

    @Test func theNamesAfterAmongTheNewlyListedAreDesignated() {
        let text = """
            Among the individuals now listed by Switzerland are Vadim Yuryevich Kornilov, deputy general director of \
            a defence manufacturer, and Anastasia Igorevna Belyakova, a Moscow-based businesswoman.
            """
        #expect(extract(text).entities.map(\.name) == ["Vadim Yuryevich Kornilov", "Anastasia Igorevna Belyakova"])
    }

    @Test func aGroupListedBeforeOrOnlyNamedInAStatementDesignatesNoOne() {
        let text = """
            Among the companies already designated in 2023 is Volga Steel Trading LLC. Among the Russian recipients \
            named in the Treasury statement is AO Aviaremont-Yug. Orinoco Tankers Ltd. is not among those sanctioned.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func hearsayThatAPartyWasAmongThoseSanctionedDesignatesNoOne() {
        let text = """
            Taurus Petrochem Trading DMCC has noted reports suggesting that the Company was among the parties \
            sanctioned yesterday.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func threeMenCountedBeforeTheyAreNamedAreDesignated() {
        let text = """
            Britain's Foreign Office said on Monday it had imposed sanctions on three men. They are Mohammad \
            Zolfaghari, police commander for Kermanshah province; Hojatollah Karimi, a judge in Mashhad; and Behrouz \
            Tavakkoli, deputy commander of a battalion deployed to Zahedan.
            """
        #expect(extract(text).entities.map(\.name) == ["Mohammad Zolfaghari", "Hojatollah Karimi", "Behrouz Tavakkoli"])
    }

    @Test func aSanctionInAnEarlierMonthOfADatelineWithoutAYearIsAMemory() {
        let text = """
            KHARTOUM, July 9 (AFP) — The United States on Wednesday imposed sanctions on Zahrat al-Sahara Gold \
            Trading L.L.C., a Dubai company.

            Army chief Abdel Fattah al-Burhan was also sanctioned in January.
            """
        #expect(extract(text).entities.map(\.name) == ["Zahrat al-Sahara Gold Trading L.L.C."])
    }

    @Test func aQuotedDescriptionIsNoParty() {
        let text = """
            Washington said the measures targeted "the men and money behind the atrocities in North Darfur", where \
            the RSF has besieged the last army-held city.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func anAuthorityNamingPeopleAfterADesignationNamesMoreDesignees() {
        let text = """
            The Biden administration on Thursday imposed sanctions on Valery Nikolayevich Shurygin, head of a prison \
            colony. The State Department named Dmitry Sergeyevich Vakhrushev, deputy head of the regional directorate, \
            and Roman Igorevich Tolmachyov, Shurygin's deputy.
            """
        #expect(
            extract(text).entities.map(\.name) == [
                "Valery Nikolayevich Shurygin", "Dmitry Sergeyevich Vakhrushev", "Roman Igorevich Tolmachyov",
            ])
    }

    @Test func aJewelryCompanyJoinedByAndIsOneName() {
        let text = "Al-Bayan Gold and Jewelry Company S.A.L. is being designated for being owned by Fakhreddine."
        #expect(extract(text).entities.map(\.name) == ["Al-Bayan Gold and Jewelry Company S.A.L."])
    }

    @Test func aTurkishAddressInAnEntityListItemIsNoParty() {
        let text = """
            The ERC determined to add the entity below for diverting U.S.-origin integrated circuits to Russia:

            (4) Bosphorus Teknik Tedarik A.Ş., Kozyatağı Mah., Değirmen Sok. No. 18, Kadıköy, Istanbul, Türkiye.
            """
        #expect(extract(text).entities.map(\.name) == ["Bosphorus Teknik Tedarik A.Ş."])
    }

    @Test func anAssetFreezeThatCoversCompaniesDesignatesThem() {
        let text = """
            TOKYO, Jan. 10 -- Japan approved new sanctions on Friday. In the UAE, the asset freeze covers Orion Dynamics \
            Trading FZCO, based in the Dubai Silicon Oasis free zone, and Gulf Crest General Trading LLC.
            """
        #expect(extract(text).entities.map(\.name) == ["Orion Dynamics Trading FZCO", "Gulf Crest General Trading LLC"])
    }

    @Test func countedShipManagersAreNamedPastPortCallsAndOperatorsSanctionedBefore() {
        let text = """
            LONDON, 12 May 2025 — The UK is also imposing an asset freeze on two ship managers. Meridian Vega Ship \
            Management FZE, based in the United Arab Emirates, manages four of the tankers listed above and has taken on \
            vessels shed by operators previously sanctioned by the UK. Karadeniz Pusula Denizcilik A.S., a company \
            registered in Istanbul, has arranged crew changes and port calls for other tankers.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Meridian Vega Ship Management FZE", "Karadeniz Pusula Denizcilik A.S."])
        #expect(entities.first?.country == "AE")
    }

    @Test func aRankAbbreviationAndARoleAcronymAreNoPartOfTheName() {
        let text = """
            Australia imposed targeted financial sanctions on Brig. Gen. Aung Thura Kyaw. New Zealand sanctioned \
            JSC Arktika Aero Komponent and its CEO Vladislav Gennadyevich Pronin.
            """
        #expect(extract(text).entities.map(\.name) == ["Aung Thura Kyaw", "JSC Arktika Aero Komponent", "Vladislav Gennadyevich Pronin"])
    }

    @Test func aSpanishWordLikeAMonthIsNoDate() {
        let text = "March 14, 2025 — OFAC designated Inversiones Caribe Mar 2020, C.A., a Venezuelan company."
        let party = extract(text).entities.first
        #expect(party?.name == "Inversiones Caribe Mar 2020, C.A.")
        #expect(party?.date == PartialDate(year: 2025, month: 3, day: 14))
    }

    @Test func removingAPartySanctionedBeforeDelistsIt() {
        let text = """
            In the same action, OFAC removed Carlos Eduardo Mendible Rojas, a former board member of the state oil \
            company's trading arm, who was sanctioned in 2019.
            """
        #expect(extract(text).delisted.map(\.name) == ["Carlos Eduardo Mendible Rojas"])
    }

    @Test func aPartyAnAppositiveSaysWasDesignatedInAnEarlierYearIsNoNewParty() {
        let text = """
            WASHINGTON, March 4, 2025 — SKP Engineering is a purchasing agent for Ghods Niroo Aerospace Group, an \
            entity that OFAC designated in 2022. SKP Engineering is being designated today for having provided \
            support for, or goods or services in support of, Ghods Niroo Aerospace Group.
            """
        #expect(extract(text).entities.map(\.name) == ["SKP Engineering"])
    }

    @Test func aSanctionWhenLastYearIsAMemory() {
        let text = """
            Bishkek has been under particular pressure since last year, when OFAC sanctioned Tabylga Bank over \
            payments for Russian clients.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func aPartyDesignatedByItsBareNameGetsTheLegalFormTheTextGaveIt() {
        let text = """
            OOO Vostok Tsifra (a.k.a. Vostok Digital LLC) is a Vladivostok-registered company. Vostok Tsifra is being \
            designated pursuant to E.O. 13722.
            """
        #expect(extract(text).entities.map(\.name) == ["OOO Vostok Tsifra"])
    }

    @Test func anotherListsSpellingOfANameIsNoNewParty() {
        let text = """
            LONDON, Sept 18 — Britain imposed sanctions on Yevgeniy Vladimirovich Pribylov on Thursday.

            In the British listing, his name is given as Evgeny Vladimirovich Pribylov, the form used on a passport.
            """
        #expect(extract(text).entities.map(\.name) == ["Yevgeniy Vladimirovich Pribylov"])
    }

    @Test func agenciesThatContributedInformationAreNoParties() {
        let text = """
            OFAC today sanctioned two companies. The first is Mirae Unha Information Technology Company. The Department \
            of State, the Federal Bureau of Investigation, and the Ministry of Foreign Affairs contributed information.
            """
        #expect(extract(text).entities.map(\.name) == ["Mirae Unha Information Technology Company"])
    }

    @Test func aNameThatOnlyDescribesANounIsNoParty() {
        let text = """
            WASHINGTON (AP) — Britain and Canada announced coordinated sanctions on six Iranian officials and a \
            Revolutionary Guards unit that they accused of shooting protesters. The US Treasury designated Major \
            General Issa Adam Bashar Jibreel, widely known as Issa Bashar, whom it accused of shelling camps around \
            El Fasher, including the Abu Shouk camp, in May.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Issa Adam Bashar Jibreel"])
        #expect(entities.first?.aliases == ["Issa Bashar"])
    }

    @Test func theseIncludeAfterNewlyListedOrganisationsNamesThem() {
        let text = """
            BERN, 27 June 2025 — Switzerland today added 12 individuals and 9 organisations to its sanctions list. \
            Several of the newly listed organisations are located in third countries. These include Sino Polar Trading \
            Limited, a Hong Kong company, and Ozbek Aero Logistics LLC, a freight company based in Tashkent. In \
            addition, the EAER has for the time being refrained from adopting the EU listing of Baltic Amber Logistics SIA.
            """
        #expect(extract(text).entities.map(\.name) == ["Sino Polar Trading Limited", "Ozbek Aero Logistics LLC"])
    }

    @Test func aCompanyInOneCountryAndOneInAnotherAreBothNamed() {
        let text = """
            Japan approved new sanctions on Friday. The export ban list includes Zhejiang Kaidi Precision Bearing Co., \
            Ltd. in China and Shreeji Global Impex Private Limited in India.
            """
        #expect(extract(text).entities.map(\.name) == ["Zhejiang Kaidi Precision Bearing Co., Ltd.", "Shreeji Global Impex Private Limited"])
    }

    @Test func aSanctionInThePastIsAMemory() {
        let text = "London has sanctioned STS operators in the past, and officials have said further measures are under consideration."
        #expect(extract(text).entities.isEmpty)
    }

    @Test func anAmongWithNoSubjectBeforeItsCopulaIsReadWithoutFailing() {
        let text = "Notice: is among those sanctioned today. OFAC said is among those designated. Report; is among the firms listed."
        #expect(extract(text).entities.isEmpty)
    }
}
