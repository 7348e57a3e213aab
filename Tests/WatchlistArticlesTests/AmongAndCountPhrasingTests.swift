import Testing

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
}
