import Testing
@testable import WatchlistArticles

/// Which names around a designation are its parties, and which of their other names are aliases.
struct PartyNamingTests {
    @Test func theOfficialJournalIsNoParty() {
        let text = "The EU Council listed Belaruskali OAO, as published in the Official Journal of the European Union."
        #expect(extract(text).entities.map(\.name) == ["Belaruskali OAO"])
    }

    @Test func partiesNamedAlongsideOrTogetherWithTheDesignatedOnesShareTheirFate() {
        let designated = extract("""
            The Minister of Foreign Affairs announced that Viktor Olegovich Samsonov is now designated under the \
            Russia Sanctions Act 2022, alongside Iran's Kaveh Sanat Parvaz Company.
            """).entities
        #expect(designated.map(\.name) == ["Viktor Olegovich Samsonov", "Kaveh Sanat Parvaz Company"])
        let delisted = extract("""
            The US Treasury on Wednesday removed Kalymnos Maritime Holdings Ltd from its Specially Designated \
            Nationals list, together with its former director Andreas Petrides.
            """).delisted
        #expect(delisted.map(\.name) == ["Kalymnos Maritime Holdings Ltd", "Andreas Petrides"])
    }

    @Test func aNameTheCompanyTradesUnderIsAnAlias() {
        let entities = extract("OFAC designated Global Pilot Trading Limited (also trading as GPT HK) on Monday.").entities
        #expect(entities.map(\.name) == ["Global Pilot Trading Limited"])
        #expect(entities.first?.aliases == ["GPT HK"])
    }

    @Test func sanctionsCommitteesAndBureausListButAreNotListed() {
        let text = """
            The Bureau of International Security and Nonproliferation designated Noor Al Fajr General Trading FZE, \
            and the Al-Qaida Sanctions Committee added Yusuf al-Shammari to its list.
            """
        let names = extract(text).entities.map(\.name)
        #expect(!names.contains { $0.contains("Bureau") || $0.contains("Committee") })
        #expect(names.contains("Noor Al Fajr General Trading FZE"))
    }

    @Test func aTurkishLimitedCompanyKeepsItsWholeLegalForm() {
        let text = "The UK sanctioned Aksoy Marin Motor Sanayi ve Ticaret Ltd. Sti., which supplies boats, and Balkan Express Travel EOOD."
        #expect(extract(text).entities.map(\.name) == ["Aksoy Marin Motor Sanayi ve Ticaret Ltd. Sti.", "Balkan Express Travel EOOD"])
        // With its Turkish letters, and after "Also targeted was".
        let turkish = "OFAC designated a firm on Wednesday. Also targeted was Boğaziçi Elektronik İthalat Ltd. Şti., an importer in Ümraniye."
        #expect(extract(turkish).entities.map(\.name) == ["Boğaziçi Elektronik İthalat Ltd. Şti."])
    }

    @Test func theGroupPartiesBelongToAndWhatTheyAttackedAreNotParties() {
        let text = """
            Four members of the LockHydra ransomware operation, together with a hosting company, have been sanctioned \
            in a joint action with the National Crime Agency.

            UK names and sanctions four Russian nationals behind attacks on NHS suppliers.
            """
        #expect(extract(text).entities.isEmpty)
    }

    @Test func anInvestigationThatIdentifiesPeopleDesignatesNobody() {
        #expect(extract("The NCA's investigation also identified dozens of LockHydra affiliates.").entities.isEmpty)
        let tanker = """
            The department identified the tanker CELESTIA (IMO 9233741) — which sailed as NOVA SPIRIT until 2023 — as blocked property.
            """
        #expect(extract(tanker).entities.map(\.name) == ["CELESTIA"])
    }

    @Test func aBulletListAfterTheyAreNamesTheDesignatedPeople() {
        let text = """
            The UK has today imposed sanctions on four targets linked to the ransomware operation. They are:

            - Dmitry Olegovich Vetrov, who operated under the online handle "Vortex".
            - Oksana Viktorovna Melnik, alias "Lisichka", who laundered the proceeds.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Dmitry Olegovich Vetrov", "Oksana Viktorovna Melnik"])
        #expect(entities.last?.aliases == ["Lisichka"])
    }

    @Test func aCompanyNamedForItsRoleStaysAnOrganization() {
        let text = """
            The department designated the tanker PERSEUS GLORY (IMO 9274123). Its registered owner, Marshall \
            Islands-incorporated Aegir Maritime Inc., was designated at the same time.
            """
        let owner = extract(text).entities.first { $0.name == "Aegir Maritime Inc." }
        #expect(owner?.kind == .organization)
        #expect(owner?.country == "MH")
    }

    @Test func aPartyAlsoNamedRightAfterDesignationsIsDesignated() {
        let designated = extract("""
            Tokyo targeted OAO Polotsk Optiko-Mekhanicheskiy Zavod, which produces sights. Minsk-based IOOO \
            Belkhimtrade Logistik, a logistics company that moved dual-use goods, was also named.
            """).entities.map(\.name)
        #expect(designated.contains("IOOO Belkhimtrade Logistik"))
        #expect(extract("The chairman, Pavel Kuzin, was also named.").entities.isEmpty, "no designation before it")
    }

    @Test func aShortNameInTheDesignatingSentenceIsThePartyIntroducedInFullBefore() {
        let text = """
            September 24, 2024

            Shenzhen Huaxin Haotong Electronics Co., Ltd. is a Shenzhen-based distributor of integrated circuits. \
            Huaxin Haotong is being designated pursuant to section 1(a)(i) of E.O. 14024.

            Liu Jianhong, a PRC national, is the sole director of the firm. Liu is being designated for being its leader.

            The UAE-based Noor Al Fajr General Trading FZE acted as the hub. Noor Al Fajr is being designated as well.

            Hunan Lixing Electronic Trading Co., Ltd., a PRC supplier that the Department of the Treasury designated in \
            May 2024, is a frequent business partner of the firm.
            """
        #expect(extract(text).entities.map(\.name) == [
            "Shenzhen Huaxin Haotong Electronics Co., Ltd.", "Liu Jianhong", "Noor Al Fajr General Trading FZE",
        ])
    }

    @Test func aManAndHisCompanyAreTwoPartiesAndTheirEnglishNamesAreAliases() {
        let text = """
            Shipping businessman Timur Rustamovich Gainullin and his St. Petersburg company OOO "Arktik Flot Menedzhment", \
            which trades internationally as Arctic Fleet Management LLC, were listed by the Council. The EU also listed \
            OAO "Polotskiy Priborostroitelny Zavod Vektra", known in English as the Vektra Instrument Plant.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Timur Rustamovich Gainullin", "OOO Arktik Flot Menedzhment", "OAO Polotskiy Priborostroitelny Zavod Vektra"])
        #expect(entities.map(\.kind) == [.person, .organization, .organization])
        #expect(entities.map(\.aliases) == [[], ["Arctic Fleet Management LLC"], ["Vektra Instrument Plant"]])
    }

    @Test func aShortFormInParenthesesParagraphsBeforeNamesThePartyInFull() {
        let text = """
            July 16, 2024

            Treasury today designated a network of financiers.

            Abd al-Rahman Mahmud Shamseddine (Shamseddine), who uses the kunya Abu Hadi, is a Lebanese businessman.

            Ibrahim bin Hasan Khalifa (Khalifa) is a Senegalese national of Lebanese descent based in Dakar.

            Mahdi Kamal al-Zein (al-Zein), a Lebanese national residing in Abidjan, is the managing partner of Lagune \
            d'Or Commodities S.A.R.L., an exporter of cashew nuts.

            He hosted a fundraiser in 2022. He travels often.

            Shamseddine and al-Zein are being designated pursuant to E.O. 13224. Khalifa is being designated for acting \
            on behalf of Hizballah. Lagune d'Or Commodities S.A.R.L. is being designated as well.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == [
            "Abd al-Rahman Mahmud Shamseddine", "Mahdi Kamal al-Zein", "Ibrahim bin Hasan Khalifa", "Lagune d'Or Commodities S.A.R.L.",
        ])
        #expect(entities.first?.aliases.contains("Abu Hadi") == true)
    }

    @Test func titlesFieldLabelsDemonymsAndLongListedParentsAreNoParties() {
        for name in [
            "Minister of Culture", "President Vladimir Putin", "European Affairs Bureau", "By Staff Reporter",
            "Under the Foreign Exchange", "Nationality", "Position", "Haitian", "Islamic Revolutionary Guard Corps", "ISIL",
            "Foreign Trade Act", "Section 7031", "the Consolidated List", "JSC", "Trade and Industry",
            "Council of the EU Foreign Affairs Council", "which distributes funds to branches", "North Korean IT-worker", "CEO",
        ] {
            #expect(!PartyListParser.isPartyName(name, tokens: nil), "\(name)")
        }
        #expect(PartyListParser.isPartyName("Cèdre Bleu Import-Export S.A.R.L.", tokens: nil))
        #expect(PartyListParser.isPartyName("JSC Kurgan Special Engineering Design Bureau", tokens: nil))
        #expect(PartyListParser.isPartyName("Kim Song-ho", tokens: nil) && PartyListParser.isPartyName("al-Zein", tokens: nil))
    }

    @Test func aTankerWithItsFormerNameIsDesignatedAtTheStartOfASentence() {
        let text = "The product tanker AURORA BAY (IMO 9118434), formerly NAVIGATOR STAR, was designated as a specified ship."
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["AURORA BAY"])
        #expect(entities.first?.aliases == ["NAVIGATOR STAR"])
        #expect(entities.first?.kind == .vessel)
        // A memory is still a memory.
        #expect(extract("The tanker ELARA was previously designated by OFAC.").entities.isEmpty)
    }

    @Test func anArabicSurnameWithAnApostropheAfterItsArticleStaysWhole() {
        let text = "The Department is designating Qasim Jabbar Kadhim al-Sa'idi, also known as Abu Mahdi al-Sa'idi, as an SDGT."
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Qasim Jabbar Kadhim al-Sa'idi"])
        #expect(entities.first?.aliases == ["Abu Mahdi al-Sa'idi"])
    }

    @Test func aPenalColonyKeepsTheRegionItIsFor() {
        let text = "In Russia, the Council listed Penal Colony No. 7 for the Vologda Region, where prisoners are held in isolation."
        #expect(extract(text).entities.map(\.name) == ["Penal Colony No. 7 for the Vologda Region"])
        // "for" before a lowercase word still ends a name.
        #expect(extract("The Council listed Penal Colony No. 7 for the abuse of prisoners.").entities.map(\.name) == ["Penal Colony No. 7"])
    }
}
