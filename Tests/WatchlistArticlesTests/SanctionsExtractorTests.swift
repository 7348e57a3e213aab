import Foundation
import Testing
import WatchlistCore
@testable import WatchlistArticles

struct SanctionsExtractorTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let sharedSeed = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "../../../shared/seeds/000_7c51a02e15561219.txt").standardized

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedSeed.path)))
    func theSeedDigestYieldsExactlyTheSixUSDesignations() throws {
        let extraction = SanctionsExtractor().extract(from: try ArticleDocument.read(fileURL: Self.sharedSeed))
        #expect(extraction.entities.map(\.name) == [
            "Plant SVT", "Valyantsin Miklashevich", "Tehnolit", "Baztube", "BelarusRezinoTekhnika", "Kvand IS",
        ])
        #expect(extraction.entities.map(\.kind) == [.organization, .person, .organization, .organization, .organization, .organization])
        let director = extraction.entities[1]
        #expect(director.role == "director" && director.relatedTo == "Plant SVT")
        #expect(extraction.entities[4].aliases == ["BRT"])
        #expect(extraction.entities.prefix(2).allSatisfy { $0.authority == "US State Department" })
        #expect(extraction.entities[5].authority == "US Treasury")
        #expect(extraction.entities.allSatisfy { $0.date == PartialDate(year: 2024, month: 6, day: 12) })
        #expect(extraction.delisted.isEmpty)
        // The evidence span points at the evidence in the document.
        let text = Array(try ArticleDocument.read(fileURL: Self.sharedSeed).text)
        #expect(extraction.entities.allSatisfy { String(text[$0.span]) == $0.evidence })
    }

    @Test func theRepositorySeedPlacesTheFirmsInBelarus() throws {
        let seed = URL(filePath: #filePath).deletingLastPathComponent()
            .appending(path: "../../seeds/2024-06-12_us_sanctions_belarus_plant_svt.md").standardized
        try #require(FileManager.default.fileExists(atPath: seed.path))
        let extraction = SanctionsExtractor().extract(from: try ArticleDocument.read(fileURL: seed))
        #expect(extraction.entities.count == 6)
        #expect(extraction.entities.filter { $0.kind == .organization }.allSatisfy { $0.country == "BY" })
    }

    @Test func threatsCallsAndPastDesignationsAreNotDesignations() {
        let text = """
            Lawmakers urged the Treasury to sanction Acme Trading LLC. The minister threatened to sanction \
            Globex Corp. Kish Star, which was sanctioned in 2021, was mentioned. The State Department \
            designated Initech Holdings on Monday, 3 March 2025.
            """
        #expect(extract(text).entities.map(\.name) == ["Initech Holdings"])
    }

    @Test func delistingsAreReportedApart() {
        let text = "OFAC removed Aegean Crest Maritime S.A. from the SDN List on Monday, while Sea Lion Shipping FZE remains designated."
        let extraction = extract(text)
        #expect(extraction.entities.isEmpty)
        #expect(extraction.delisted.map(\.name) == ["Aegean Crest Maritime S.A."])
    }

    @Test func countsWithoutNamesYieldNothing() {
        #expect(extract("Treasury sanctioned 16 individuals and five entities in Iran, China and the UAE.").entities.isEmpty)
    }

    @Test func bulletListsAfterAColonAreVesselsWithTheirIMONumbers() {
        let text = """
            The tankers designated on Wednesday are:

            - **NORDIC STAR** (IMO 9296468), formerly known as OCEAN HOPE
            - **KALINA** (IMO 9172181)
            """
        let entities = extract(MarkdownText.blankingMarkup(in: text), format: .markdown).entities
        #expect(entities.map(\.name) == ["NORDIC STAR", "KALINA"])
        #expect(entities.allSatisfy { $0.kind == .vessel })
        #expect(entities.first?.identifiers == ["IMO 9296468"])
        #expect(entities.first?.aliases == ["OCEAN HOPE"])
    }

    @Test func partiesIntroducedAfterACountAreDesignatedUpToTheCount() {
        let text = """
            OFAC today sanctioned two companies and one individual in Russia and the UAE.

            "We will keep exposing these networks," said Deputy Secretary Colleen Marsh.

            At the center of the scheme sits Moscow-based OOO Vektor-Komponent, a distributor of chips. Its \
            general director, Dmitriy Olegovich Barsukov, arranged the payments.

            Orders went through Sharjah-based Kaspian Trade Link FZE, a trader. Shipments were also handled by Lunar \
            Bridge Electronics Limited, a forwarder in Hong Kong.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["OOO Vektor-Komponent", "Dmitriy Olegovich Barsukov", "Kaspian Trade Link FZE"])
        #expect(entities.first { $0.kind == .person }?.relatedTo == "OOO Vektor-Komponent")
        #expect(entities.first { $0.kind == .person }?.role == "general director")
        #expect(entities.allSatisfy { $0.authority == "US Treasury" })
    }

    @Test func aCountedAnnouncementSkipsQuotesHedgesAndEarlierDesignations() {
        let text = """
            The EU froze the assets of two businesspeople on Tuesday.

            An earlier draft had proposed listing Alexei Gavrilovich Voronov, a metals trader.

            Severomorsk Naval Repair Holding has been under EU sanctions since 2023.

            The first, Viktor Andreyevich Solovtsov, runs a shipyard. The second, Irina Mikhailovna Zhdanova, \
            is managing director of Transkom-Invest Holdings Ltd.
            """
        #expect(extract(text).entities.map(\.name) == ["Viktor Andreyevich Solovtsov", "Irina Mikhailovna Zhdanova"])
    }

    @Test func anOrganizationNamedForARoleIsTakenOnlyForPlacesLeftOver() {
        let text = """
            The EU froze the assets of one businessman and one company.

            The businessman, Oleg Borisovich Kryuchkov, is the majority shareholder of Arktika Logistics LLC, \
            a carrier. Stroytekh-Invest JSC is a builder of camps in Crimea.
            """
        #expect(extract(text).entities.map(\.name) == ["Oleg Borisovich Kryuchkov", "Stroytekh-Invest JSC"])
        let withoutOtherCompany = """
            The EU froze the assets of one businessman and one company. The businessman, Oleg Borisovich \
            Kryuchkov, is the majority shareholder of Arktika Logistics LLC, a carrier.
            """
        #expect(extract(withoutOtherCompany).entities.map(\.name) == ["Oleg Borisovich Kryuchkov", "Arktika Logistics LLC"])
    }

    @Test func aNumberEndsASentence() {
        let sentences = SentenceSplitter().sentences(in: "It shipped parts between 2023 and 2025. The firm has no office.")
        #expect(sentences.map(\.text) == ["It shipped parts between 2023 and 2025.", "The firm has no office."])
    }

    @Test func scheduleItemNumbersStartListItems() {
        let text = """
            Schedule 1 is amended by adding the following:

            3187 Viktor Anatolyevich Sorokin (born on March 14, 1968)
            3188 Olga Nikolaevna Bessonova (born on September 2, 1979)
            """
        #expect(extract(text).entities.map(\.name) == ["Viktor Anatolyevich Sorokin", "Olga Nikolaevna Bessonova"])
    }

    @Test func aTriggerInsideAQuotationDesignatesNobody() {
        let text = "\u{201C}Exchange houses like Al-Noor Exchange Company have been sanctioned before,\u{201D} said an analyst."
        #expect(extract(text).entities.isEmpty)
    }

    @Test func itRefersToTheOrganizationTheSentenceBeforeIntroduced() {
        let text = """
            The ship manager, Corvina Shipmanagement Pvt. Ltd., is based in Mumbai. The Department is designating \
            it pursuant to Executive Order 13846.
            """
        #expect(extract(text).entities.map(\.name) == ["Corvina Shipmanagement Pvt. Ltd."])
    }

    @Test func aBulletItemOfSeveralSentencesKeepsTheListOpen() {
        let text = """
            The Council designated the following entities:

            - OJSC "Gomelpriborservice", a manufacturer of components. The company supplies tank makers.
            - LLC "Belvneshtorgresurs", a Minsk-based trading company.
            """
        #expect(extract(text).entities.map(\.name) == ["OJSC Gomelpriborservice", "LLC Belvneshtorgresurs"])
    }

    @Test func formerVesselNamesAndPlacesInsideCompanyNamesAreRead() {
        let text = """
            OFAC identified the following vessels as blocked property:

            - KARVAN (IMO 9188441), crude oil tanker, previously sailed as ARAS and as PRIMA LUCE
            """
        let vessel = extract(text).entities.first
        #expect(vessel?.name == "KARVAN")
        #expect(vessel?.aliases == ["ARAS", "PRIMA LUCE"])
        let company = extract("The Commerce Department added Tianrun Semiconductor (Wuxi) Co., Ltd. to the Entity List.").entities
        #expect(company.map(\.name) == ["Tianrun Semiconductor (Wuxi) Co., Ltd."])
    }

    @Test func surnamesShortNamesAndInitialsReferToThePartyNamedInFull() {
        let text = """
            OFAC today designated Kaveh Pars Drone Systems Company, Golden Crescent General Trading FZE and Anna \
            Sergeyevna Lemekhova. OFAC also designated KPDS, Golden Crescent and Lemekhova for their roles. \
            OFAC designated Rezaei Trading Company and Ali Rezaei.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == [
            "Kaveh Pars Drone Systems Company", "Golden Crescent General Trading FZE", "Anna Sergeyevna Lemekhova",
            "Rezaei Trading Company", "Ali Rezaei",
        ])
        #expect(entities.first?.aliases == ["KPDS"])
    }

    @Test func noticeRecordsUnderAdditionsAreDesignationsAndUnderAmendmentsAreNot() {
        let text = """
            OFSI today added the entries below to the Consolidated List.

            ADDITIONS

            Entities

            1. Name: Sevzapelektronika JSC
               a.k.a.: AO Sevzapelektronika; SZE
               Type of entity: Joint-stock company

            AMENDMENTS

            2. Name: Vladislav Petrovich Osmolovsky
               DOB: 03/11/1971
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Sevzapelektronika JSC"])
        #expect(entities.first?.aliases == ["AO Sevzapelektronika", "SZE"])
        #expect(entities.first?.kind == .organization)
    }

    @Test func unitedNationsRecordsJoinTheirNumberedNameParts() {
        let text = """
            The Committee added the entries below to its Sanctions List.

            QDi.441  Name: 1: HAMZA 2: ABDULLAHI 3: MOHAMED 4: na
            Name (original script): حمزة عبدالله محمد
            A.k.a.: a) Hamza Abdullahi Maxamed b) Abu Musab al-Somali
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["HAMZA ABDULLAHI MOHAMED"])
        #expect(entities.first?.kind == .person)
        #expect(entities.first?.aliases == ["حمزة عبدالله محمد", "Hamza Abdullahi Maxamed", "Abu Musab al-Somali"])
    }

    @Test func tablesAfterADesignationListTheirNameColumn() {
        let plain = """
            The following vessels are identified as blocked property:

            VESSEL NAME      IMO NUMBER   FLAG          FORMER NAME(S)
            ---------------  -----------  ------------  -----------------------
            ARIANA SUN       9255921      Comoros       FRONT LYNX
            KALINDA          9174488      Cameroon      SEA GRACE; ORIENT JADE
            """
        let vessels = extract(plain).entities
        #expect(vessels.map(\.name) == ["ARIANA SUN", "KALINDA"])
        #expect(vessels.allSatisfy { $0.kind == .vessel })
        #expect(vessels.last?.aliases == ["SEA GRACE", "ORIENT JADE"])
        #expect(vessels.first?.identifiers == ["IMO 9255921"])
        let markdown = """
            Japan designated the following entities:

            | No. | Name | Location |
            |----:|------|----------|
            | 1 | JSC "Tverskoy Priborny Zavod" (TPZ) | Tver, Russia |
            | 2 | Aerotek Systems FZCO | Dubai |
            """
        let entities = extract(MarkdownText.blankingMarkup(in: markdown), format: .markdown).entities
        #expect(entities.map(\.name) == ["JSC \"Tverskoy Priborny Zavod\"", "Aerotek Systems FZCO"])
        #expect(entities.first?.aliases == ["TPZ"])
        #expect(extract("The weather was fine.\n\n| Name | Age |\n|---|---|\n| Ann Lee | 40 |\n").entities.isEmpty)
    }

    @Test func capitalizedEntriesGiveTheNameNotTheAddress() {
        let text = """
            OFAC today designated a Hong Kong intermediary and an Iranian engineer.

            Identifying information released by OFAC:
            - RICH HARVEST TRADING (HK) LIMITED, Room 1203, 12/F, Wing On Centre, Sheung Wan, Hong Kong; Company Number 3120578.
            - KARIMI-NEJAD, Mohammad Reza, DOB 02 Mar 1969; nationality Iran; Gender Male.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["RICH HARVEST TRADING (HK) LIMITED", "Mohammad Reza KARIMI-NEJAD"])
        #expect(entities.last?.kind == .person)
        #expect(entities.last?.aliases == ["KARIMI-NEJAD Mohammad Reza"])
    }

    @Test func entriesInCapitalsAfterAListSentenceNeedNoBullets() {
        let text = """
            The following vessels have been added to OFAC's SDN List:

            KESTREL BAY Crude/Oil Products Tanker Gabon flag; Vessel Registration Identification IMO 9255189 (vessel).

            The following entry has been updated on OFAC's SDN List:

            PROGRESS-TRANS LOGISTIKA OOO, Ulitsa Dekabristov 6, St. Petersburg, Russia; Tax ID No. 7839104452.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["KESTREL BAY"])
        #expect(entities.first?.identifiers == ["IMO 9255189"])
        #expect(entities.first?.kind == .vessel)
    }

    @Test func ofsiNameFieldsPutTheFamilyNameLast() {
        let text = """
            The following entries have been added to the Consolidated List:

            1. Name 6: ABDULLAEVA 1: Nilufar 2: Bakhtiyorovna 3: n/a 4: n/a 5: n/a.
            DOB: 14/02/1979.
            """
        #expect(extract(text).entities.map(\.name) == ["Nilufar Bakhtiyorovna ABDULLAEVA"])
    }

    @Test func numberedEntriesWithTheNameOnTheNextLineAreRecords() {
        let text = """
            The following entries are inserted into Annex 8:

            Entry 1835:
              Name: Sokol Defence Logistics LLC (a.k.a. OOO Sokol Oboronnaya Logistika)
              Identification: Leninsky Prospekt 88, Moscow

            Entry 1836:
              Name: PRIMA VOYAGER
              Identification: IMO 9290113; crude oil tanker
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Sokol Defence Logistics LLC", "PRIMA VOYAGER"])
        #expect(entities.first?.aliases == ["OOO Sokol Oboronnaya Logistika"])
        #expect(entities.last?.kind == .vessel)
        #expect(entities.last?.identifiers == ["IMO 9290113"])
    }

    @Test func federalRegisterInstructionsSayWhatIsAddedAndRemoved() {
        let text = """
            a. Under CHINA, PEOPLE'S REPUBLIC OF,

            i. By adding, in alphabetical order, entries for "Everbright Pinnacle
            Trading Limited," and "Xi'an Qianhe Aerospace Materials Technology Co., Ltd."; and

            ii. By removing the entry for "Ningbo Tianyu Opto-Electronic Co., Ltd.";

            iii. By revising the entry for "OOO Kvant-Tekh";
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == [
            "Everbright Pinnacle Trading Limited", "Xi'an Qianhe Aerospace Materials Technology Co., Ltd.",
        ])
        #expect(extraction.delisted.map(\.name) == ["Ningbo Tianyu Opto-Electronic Co., Ltd."])
    }

    @Test func aPersonsNameEndsBeforeOfAndAFlagDescribesAVessel() {
        let text = """
            Canada today sanctioned the following officials:

            - Judge Sergei Leonidovich Tarasenko of the Moscow City Court, who presided over the trial;
            - the Comoros-flagged tanker KASSIA (IMO 9255189).
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Sergei Leonidovich Tarasenko", "KASSIA"])
        #expect(entities.first?.kind == .person)
    }

    @Test func actionAgainstATargetDesignatesIt() {
        let extraction = extract("Today, OFAC took action against Volna Shipyard JSC, a repair yard in Kaliningrad.")
        #expect(extraction.entities.map(\.name) == ["Volna Shipyard JSC"])
        #expect(extract("The Council may take action against Volna Shipyard JSC next month.").entities.isEmpty)
    }

    @Test func bothAndTheCompanyReferToThePartiesTheSentencesBeforeIntroduced() {
        let text = """
            OFAC sanctioned a shipping firm and its director today.

            Shenzhen Huaxin Jiayu Electronic Technology Co., Ltd. has shipped modules to Russia since 2023. \
            Lin Xiaoqing, a PRC national, is its founder. Both are being designated today.

            Sarmat Gulf General Trading FZE handled transshipment of machine tools. Its manager, Arsen \
            Vladimirovich Gukasyan, is designated alongside the company.
            """
        #expect(extract(text).entities.map(\.name) == [
            "Shenzhen Huaxin Jiayu Electronic Technology Co., Ltd.", "Lin Xiaoqing", "Arsen Vladimirovich Gukasyan",
            "Sarmat Gulf General Trading FZE",
        ])
    }

    @Test func thoseHitWithSanctionsIncludeTheParties() {
        let text = "Those hit with sanctions include Kim Song-chol, who serves as the firm's representative in Shenyang."
        #expect(extract(text).entities.map(\.name) == ["Kim Song-chol"])
    }

    @Test func aRulesEntriesKeepTheirAliasLinesAndLoseTheirAddresses() {
        let text = """
            This final rule adds the following entities to the Entity List:

            China
             • Beijing Zhongke Tianlan Aerospace Technology Co., Ltd., a.k.a., the following two aliases:
               —Tianlan Aerospace; and
               —ZKTL.
               Building 6, No. 17 Yongding Road, Haidian District, Beijing, China.

            United Arab Emirates
             • Falcon Gate General Trading L.L.C., Office 305, Al Maktoum Road, Deira, Dubai, UAE.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Beijing Zhongke Tianlan Aerospace Technology Co., Ltd.", "Falcon Gate General Trading L.L.C."])
        #expect(entities.first?.aliases == ["Tianlan Aerospace", "ZKTL"])
    }

    @Test func aTableOfPartiesGivesTheNameBeforeItsDescriptionAndTheAliasesItNames() {
        let text = """
            BIS published a final rule adding two parties to the Entity List.

            | Destination | Party | What BIS says |
            |---|---|---|
            | China | **Shenzhen Huaxin Precision Technology Co., Ltd.**, also listed under the name *Huaxin Precision* | Bought parts |
            | UAE | **Nord Components FZCO** (Dubai Silicon Oasis) | Transshipped parts |
            """
        let entities = extract(text, format: .markdown).entities
        #expect(entities.map(\.name) == ["Shenzhen Huaxin Precision Technology Co., Ltd.", "Nord Components FZCO"])
        #expect(entities.first?.aliases == ["Huaxin Precision"])
        #expect(entities.last?.aliases == [])
    }

    @Test func theEntityListCommitteeDeterminingToAddDesignates() {
        let text = "Under the destination of China, the ERC determined to add Chengdu Ruixin Microwave Technology Co., Ltd."
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Chengdu Ruixin Microwave Technology Co., Ltd."])
        #expect(entities.first?.authority == "US Commerce")
    }

    @Test func aWhoIsBeingListedHeadingOpensAList() {
        let text = """
            ## Who is being listed

            - **Arkady Vladimirovich Soltsev**, judge of the Moscow City Court, who presided over the trials.
            """
        #expect(extract(text, format: .markdown).entities.map(\.name) == ["Arkady Vladimirovich Soltsev"])
    }

    @Test func anEarlierYearOpeningTheClauseMakesADesignationAMemory() {
        let text = """
            OFAC designated Tengri Elektronik today. In April 2023, OFAC designated OsOO Sky Bridge Trade for supplying \
            electronics, and in October 2024 it designated Armenian freight forwarder Sevan Cargo Group LLC. Its \
            manager, Arsen Gukasyan, a Russian national who relocated to Dubai in 2022, is designated as well.
            """
        #expect(extract(text).entities.map(\.name) == ["Tengri Elektronik", "Arsen Gukasyan"])
    }

    @Test func aKyrgyzLegalFormBeforeANameIsLeftOutOfItsShortForm() {
        let text = """
            Bishkek-based OsOO Tengri Elektronik Servis imported integrated circuits for Russian buyers. OFAC is \
            designating Tengri Elektronik Servis for operating in the electronics sector.
            """
        #expect(extract(text).entities.map(\.name) == ["OsOO Tengri Elektronik Servis"])
    }

    @Test func anAuthorityNamingACountIntroducesItsPartiesAndTheirSurnamesReferBack() {
        let text = """
            Treasury sanctions Sonora laundering ring tied to Cártel Nuevo Pacífico

            The Office of Foreign Assets Control (OFAC) named two Mexican citizens and one company, all registered \
            in Sonora, in Tuesday's action.

            According to Treasury, the scheme was run by Joaquín Armando Villaseñor Quintero, a 58-year-old former \
            agronomist from Navojoa.

            Much of the money, Treasury said, moved through Comercializadora Agrícola del Pacífico, S.A. de C.V., a \
            vegetable exporter that reported sales far exceeding what its farms could produce.

            Treasury said the exchange is administered by Héctor Iván Ochoa Villaseñor, the leader's nephew.

            Ochoa was sanctioned individually alongside Villaseñor.
            """
        #expect(Set(extract(text).entities.map(\.name)) == [
            "Joaquín Armando Villaseñor Quintero", "Comercializadora Agrícola del Pacífico, S.A. de C.V.",
            "Héctor Iván Ochoa Villaseñor",
        ])
    }

    @Test func aRemovalAfterACountIsNotOneOfTheCountedParties() {
        let text = """
            In total, two natural persons have been added to Annex 8. The first is Oleg Petrovich Sabinin, a \
            shipping executive. The second is Marat Ilyich Gazizov, a banker. At the same time, the EAER has \
            removed Irina Valeryevna Kovrova from Annex 8.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Oleg Petrovich Sabinin", "Marat Ilyich Gazizov"])
        #expect(extraction.delisted.map(\.name) == ["Irina Valeryevna Kovrova"])
    }

    @Test func aPartyLeftOffTheListOrListedYearsAgoIsNotDesignated() {
        let text = """
            The EU listed the tanker SALACIA on Monday. Notably absent from the list is Bosphorus Marine Services \
            Ltd, the operator. The UK has sanctioned more than 200 Belarusian individuals since the disputed 2020 \
            election, including Ivan Sergeyevich Ladutko.
            """
        #expect(extract(text).entities.map(\.name) == ["SALACIA"])
    }

    @Test func aNameAdvertisedByThePartyAndAPossessiveRoleAreNotPartiesOfTheirOwn() {
        let text = """
            Treasury sanctioned two companies and one individual. Those hit include Shenyang Rongxing Network \
            Technology Co., Ltd., a Liaoning province firm. The company, which advertised online as Rongxing Tech, \
            sent money back to North Korea. Its Pyongyang-appointed representative, Ri Chol-man, was also designated.
            """
        #expect(extract(text).entities.map(\.name) == ["Shenyang Rongxing Network Technology Co., Ltd.", "Ri Chol-man"])
    }

    @Test func theSDNListIsNoDelistedParty() {
        let text = """
            OFAC said on Thursday that the Levant Cooperative Bank of Syria had been taken off the Specially \
            Designated Nationals list.
            """
        #expect(extract(text).delisted.map(\.name) == ["Levant Cooperative Bank of Syria"])
    }

    @Test func aNumberedVesselLineAfterACountGivesTheShipWithItsFormerNameAndNumber() {
        let text = """
            The Minister made the Amendment Instrument 2025. Its effect is to insert one entity and one vessel \
            into the Schedule.

            Who has been added

            3. Pontus Tanker Management LLC — a Novorossiysk-based ship manager.

            4. ELARA, formerly named NORDIC SPIRIT (IMO 9187642), currently flagged in Sierra Leone.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Pontus Tanker Management LLC", "ELARA"])
        #expect(entities.last?.aliases == ["NORDIC SPIRIT"])
        #expect(entities.last?.identifiers == ["IMO 9187642"])
        #expect(entities.last?.kind == .vessel)
    }

    @Test func aPartyNamedWithAndWithoutItsLegalFormIsOneParty() {
        let text = """
            OFAC designated OsOO Ala-Too Trans Logistik today. Its director was a member of the board of \
            Ala-Too Trans Logistik. OFAC also designated Ala-Too Trans Logistik LLC.
            """
        #expect(extract(text).entities.map(\.name) == ["OsOO Ala-Too Trans Logistik"])
    }

    @Test func earlierRoundsRenewalsAndCallsAreNoDesignations() {
        let text = """
            Senators press Treasury to sanction Vantora Shipping. In a press release, OFAC said it had designated \
            Korea Unbyol General Trading Corporation. The US Treasury sanctioned a third ship, VOLGA DAWN \
            (IMO 9201566), back in January. Britain's freeze on the magnate Boris Gorelik the same year forced a \
            sale. The Council prolonged the existing measures against 261 individuals, including Alfa-Shchit LLC. \
            Kateryna Dubovyk, an adviser on sanctions policy, told the Kyiv Independent that the package was ready.
            """
        #expect(extract(text).entities.map(\.name) == ["Korea Unbyol General Trading Corporation"])
    }

    @Test func aPersonWithAndWithoutAPatronymicIsOneParty() {
        let text = """
            The UK sanctioned Viktor Sapozhnyk, a Ukrainian citizen, on Friday. Investigators say that Viktor \
            Hennadiyovych Sapozhnyk was sanctioned for the theft of grain.
            """
        // One party, under the fullest name the text gives (`FullerPersonName`).
        #expect(extract(text).entities.map(\.name) == ["Viktor Hennadiyovych Sapozhnyk"])
    }

    @Test func theAdditionOfTheEntriesBelowOpensTheirList() {
        let text = """
            On 8 December 2025, the Security Council Committee approved the addition of the entries specified \
            below to its Sanctions List.

            - Korea Ponghwa Maritime Trading Corporation
            """
        #expect(extract(text).entities.map(\.name) == ["Korea Ponghwa Maritime Trading Corporation"])
    }

    @Test func anEarlierMonthOpeningTheClauseAndTheForceOfficersServeInAreNoDesignations() {
        let text = """
            Dubai, 12 March 2025. OFAC designated Sanaa Exchange today. In January, OFAC targeted the network of \
            Abd al-Wahid Saleh al-Qirshi, a Sanaa-based trader. Those sanctioned include senior officers of the \
            Myanmar Air Force.
            """
        #expect(extract(text).entities.map(\.name) == ["Sanaa Exchange"])
    }

    @Test func twoSurnamesStandForThePersonIntroducedInFullParagraphsBefore() {
        let text = """
            Treasury designated four individuals today.

            Hamid Tavakoli Nejad, an Iranian national resident in Sharjah, manages Sarv Aerotech FZE.

            The company ships servo motors. Its accounts are in Dubai. Payments ran through exchange houses.

            Tavakoli Nejad and Li are being designated for acting on behalf of the network.
            """
        #expect(extract(text).entities.map(\.name).contains("Hamid Tavakoli Nejad"))
        #expect(!extract(text).entities.map(\.name).contains("Tavakoli Nejad"))
    }

    @Test func theFirstWordsOfADesignatedCompanysNameAreTheSameParty() {
        let text = """
            OFAC designated Golden Crescent General Trading FZE on Tuesday. Seyed Hosseini, its procurement agent, \
            is designated as an agent for Golden Crescent.
            """
        #expect(extract(text).entities.map(\.name) == ["Golden Crescent General Trading FZE", "Seyed Hosseini"])
    }

    @Test func namesBetweenDashesAfterACountAreDesignatedAndAnAfterClauseHedgesNothing() {
        let text = """
            Hengtai's legal representative, Chen Xiaoli, is listed in other filings as a director of two companies.

            On Thursday, after this investigation was prepared for publication, OFAC designated three of the \
            companies it describes — Ningbo Lanshan Optoelectronic Technology Co., Ltd., Guangzhou Xunjie \
            International Freight Forwarding Co., Ltd. and Sino Apex Resources Limited — under its Iran-related \
            authorities.
            """
        #expect(extract(text).entities.map(\.name) == [
            "Ningbo Lanshan Optoelectronic Technology Co., Ltd.", "Guangzhou Xunjie International Freight Forwarding Co., Ltd.",
            "Sino Apex Resources Limited",
        ])
    }

    @Test func aJapaneseNoticeCountsTheFrozenPartiesAndListsThemUnderLetteredItems() {
        let text = """
            1. The Government of Japan today decided on measures consisting of (1) the freezing of assets of one \
            individual and two entities that are involved in circumventing sanctions against Russia, and (2) a \
            prohibition on exports to one entity in Russia.

            (1) Individual (1)
              Igor Valentinovich Merkulin
              Nationality: Russian Federation.

            (2) Entities (2)
              (a) Everlink Components (HK) Limited
                  Address: Kwun Tong, Kowloon, Hong Kong
              (b) Ala-Too Trade Group LLC
                  Address: Bishkek, Kyrgyz Republic

            3. Export ban
              (a) JSC Sibirskiy Pribornyi Zavod (SPZ)
            """
        #expect(extract(text).entities.map(\.name) == [
            "Igor Valentinovich Merkulin", "Everlink Components (HK) Limited", "Ala-Too Trade Group LLC",
            "JSC Sibirskiy Pribornyi Zavod",
        ])
    }

    @Test func twoMeasuresInOneSentenceCountTheirPartiesOnce() {
        let text = """
            Australia has today imposed targeted financial sanctions and travel bans on one individual and \
            targeted financial sanctions on one entity.

            The individual sanctioned today is Min Aung Kyaw, a commander.

            The entity sanctioned today is Shwe Pyae Aviation Fuel Services Co., Ltd.

            Media enquiries

            DFAT Media: (02) 6261 1555
            """
        #expect(extract(text).entities.map(\.name) == ["Min Aung Kyaw", "Shwe Pyae Aviation Fuel Services Co., Ltd."])
    }

    @Test func aBidToOverturnAnEarlierDesignationIsNoParty() {
        let text = """
            OFAC sanctioned two companies this week. The first is Orinoco Tankers Ltd. The High Court rejected a bid \
            by Russian businessman Yuri Pankratov to overturn his 2022 UK designation.
            """
        #expect(extract(text).entities.map(\.name) == ["Orinoco Tankers Ltd."])
    }

    @Test func aThreatInsideAnAfterClauseStillHedges() {
        let text = "After the EU threatened to sanction Vantora Shipping, Treasury designated Orinoco Tankers Ltd."
        #expect(extract(text).entities.map(\.name) == ["Orinoco Tankers Ltd."])
    }

    @Test func aShortCompanyNameStandsForTheFullNameGivenParagraphsBefore() {
        let text = """
            Golden Crescent General Trading FZE (a.k.a. "GCGT") acted as the consignee of record for servo motors.

            The motors were re-exported to Iran. The buyer paid in cash. The cargo moved by air.

            Golden Crescent and Aksu Makina are being designated pursuant to E.O. 13382.
            """
        #expect(extract(text).entities.map(\.name).first == "Golden Crescent General Trading FZE")
    }

    @Test func aTallySinceAnEarlierYearIsNoDesignation() {
        let text = """
            Canada today announced sanctions against 2 individuals.

            Quick facts

              • Since November 2022, Canada has imposed sanctions on 31 individuals, including former president Michel Martelly.
            """
        #expect(extract(text).entities.isEmpty)
    }

    /// A floor under the measured quality on our 652 labelled articles (F1 0.945, precision 0.946 when this
    /// floor was set, after series at to ay joined them and were tuned on); it fails when a change makes the
    /// extractor worse.
    @Test func labelledArticlesKeepTheirPrecisionAndRecall() throws {
        let evaluation = try ArticleEvaluation(directory: Self.fixtures.appending(path: "articles"))
        #expect(evaluation.articles.count >= 652)
        #expect(evaluation.designations.f1 >= 0.944)
        #expect(evaluation.designations.precision >= 0.945)
    }
}
