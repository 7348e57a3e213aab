import Foundation
import Testing
@testable import WatchlistArticles

/// Rules learnt from the v and w series (eleventh session): annexes under horizontal rules, counts of
/// measures "imposed on", people introduced by a nickname, aircraft tables, and other phrasings of a listing.
@Suite struct AnnexAndCountTests {
    @Test func restrictionsImposedOnACountAreReadFromTheAnnexUnderARule() {
        let text = """
            February 27, 2026

            Payment restrictions (deposit and loan contracts, among others) will be imposed on 2 individuals and 1 entity, as listed in the Annexes.

            3. These measures add to those decided on 4 March 2024, under which Dmitri Olegovich Panteleev was made subject to asset freezes.

            ------------------------------------------
            Annex 1: Individuals subject to asset-freeze measures (2 individuals)

            1. Ruslan Timurovich Gaifullin
               Date of birth: 3 June 1971
            2. Oksana Petrovna Belyakova
               Date of birth: 9 May 1980
            ------------------------------------------
            Annex 2: Entities subject to asset-freeze measures (1 entity)

            (Entities located in third countries)

            1. "Samarkand Optik Savdo" Limited Liability Company
               Address: Samarkand, Uzbekistan
            """
        #expect(extract(text, format: .plainText).entities.map(\.name) == [
            "Ruslan Timurovich Gaifullin", "Oksana Petrovna Belyakova", "Samarkand Optik Savdo Limited Liability Company",
        ])
    }

    @Test func aLineOfDashesIsABoundaryNotABullet() {
        let sentences = SentenceSplitter().sentences(in: "The measures apply today.\n-----------------\nAnnex 1: Individuals")
        #expect(sentences.map(\.text) == ["The measures apply today.", "Annex 1: Individuals"])
    }

    @Test func aHyphenatedFreezeWordMakesAnAnnexHeadingADesignationList() {
        let tokens = ArticleToken.tokens(of: "Annex 1: Individuals subject to asset-freeze measures (3 individuals)", offset: 0)
        #expect(ListHeading.meaning(of: tokens) == .designations)
    }

    @Test func gangLeadersIntroducedWithNicknamesAfterAPartitiveCountAreTaken() {
        let text = """
            Canada on Tuesday froze the assets of three of Haiti's most violent gang leaders.

            "They profit from suffering," the minister said.

            Topping the list is Lucsonne Beaubrun, better known by his street name "Gwo Zam", whose gang holds the southern road.

            The other two are Wesner Dieujuste, dit "Ti Chat", and Maxo Prévilon, who runs a kidnapping ring.
            """
        #expect(extract(text).entities.map(\.name) == ["Lucsonne Beaubrun", "Wesner Dieujuste", "Maxo Prévilon"])
    }

    @Test func aircraftRegistrationsInATableAreAircraftOfTheirOperator() {
        let text = """
            BIS added the following two airframes to its list:

            | Registration | Type | Operator |
            |---|---|---|
            | RA-73990 | Boeing 737-800 | Taimyr Avia |
            | RA-64012 | Airbus A320 | Taimyr Avia |
            """
        let entities = extract(text, format: .markdown).entities
        #expect(entities.map(\.name) == ["RA-73990", "RA-64012"])
        #expect(entities.allSatisfy { $0.kind == .aircraft && $0.relatedTo == "Taimyr Avia" })
    }

    @Test func theMeasuresTargetAndTheListingOfNameTheirParties() {
        let text = """
            The Council today adopted restrictive measures against one individual and one entity.

            In Belarus, the measures target Penal Colony No. 15 Mogilev, where prisoners have been tortured.

            Finally, the listing of Piotr Anatolyevich Zhuk, a judge in Gomel, relates to political trials.
            """
        #expect(extract(text).entities.map(\.name) == ["Penal Colony No. 15 Mogilev", "Piotr Anatolyevich Zhuk"])
    }

    @Test func aHeadingOverAssetFreezeTargetsAndAnOldListingNameNoParty() {
        let text = """
            Asset freeze targets
            Additions:
            - KARIMOV, Bakhodir Shavkatovich

            The listing of Mr Karimov's cousin, Farrukh Karimov, who has been listed since 2022, remains unchanged.
            """
        #expect(extract(text).entities.map(\.name) == ["Bakhodir Shavkatovich KARIMOV"])
    }

    @Test func aMemoryAboutAnotherEntityInAnAppositiveLeavesTheNewPartyNew() {
        let text = """
            The Department of State is designating two entities today.

            Chengdu Xinrui Avionics Co., Ltd. has supplied parts to Iran's Aerospace Industries Organization, an entity previously designated under E.O. 13382.

            Tianjin Hengyuan Precision Co., Ltd. has shipped gyroscopes to the same buyers.
            """
        #expect(extract(text).entities.map(\.name) == ["Chengdu Xinrui Avionics Co., Ltd.", "Tianjin Hengyuan Precision Co., Ltd."])
    }

    @Test func subjectingACompanyToAnAssetFreezeDesignatesItButTortureDoesNot() {
        let designated = extract("Last week the Council subjected Aegean Crest Shipping DMCC to an asset freeze under its Russia regime.")
        #expect(designated.entities.map(\.name) == ["Aegean Crest Shipping DMCC"])
        let abused = extract("Guards subjected Marko Ilic to torture at the Zenica prison, the report said.")
        #expect(abused.entities.isEmpty)
    }

    @Test func aBanOnDealingsNamesItsPartiesAfterTheSecondOn() {
        let text = "Wellington imposed an asset freeze and a ban on dealings under the Russia Sanctions Act 2022 on AO Sibirsky Aviaremont and its director, Gennady Viktorovich Lozhkin."
        #expect(extract(text).entities.map(\.name) == ["AO Sibirsky Aviaremont", "Gennady Viktorovich Lozhkin"])
    }

    @Test func sectionHeadingsInCapitalsPronounsAndTitlesAreNoParties() {
        let text = """
            OFAC is sanctioning two companies today.

            THE KARAM NETWORK IN LEBANON

            Cedar Line Trading SARL moves cash for the network.

            TÜRKIYE-BASED COMPANY

            Bosphorus Kargo Lojistik A.S. ships the goods.
            """
        #expect(extract(text).entities.map(\.name) == ["Cedar Line Trading SARL", "Bosphorus Kargo Lojistik A.S."])
        let listed = extract("The Council listed General Min Thu Aung, Commander-in-Chief (Navy) of the Myanmar Navy.")
        #expect(listed.entities.map(\.name) == ["Min Thu Aung"])
        #expect(extract("MARIA OSTROVA: You spend your time on the other side of designations.").entities.isEmpty)
    }

    @Test func oneCountOfIndividualsAndEntitiesTakesBothKinds() {
        let text = """
            OFAC today sanctioned three individuals and entities that supply Russian drone makers.

            Hong Kong-registered Silverpeak Components Limited shipped integrated circuits to Moscow.

            Among its customers is AO Kometa-Pribor, a maker of guidance kits that OFAC designated in November 2022.

            Izmir-based Ege Teknik Dis Ticaret Limited Sirketi re-exported spindles, and its owner, Mehmet Emre Aslan, arranged payments.
            """
        #expect(extract(text).entities.map(\.name) == [
            "Silverpeak Components Limited", "Ege Teknik Dis Ticaret Limited Sirketi", "Mehmet Emre Aslan",
        ])
    }

    @Test func anHTMLTableOfDesignationsReadsAsATableOfParties() throws {
        let html = """
            <html><body><p>On 23 July 2025 the EAER decided to add five individuals and entities to Annex 8.</p>
            <table><thead><tr><th>No.</th><th>Name</th><th>Reasons for listing</th></tr></thead>
            <tbody>
            <tr><td>1</td><td>Pavel Igorevich Sokolov (Павел Игоревич Соколов)</td><td>Director of AO "NII Kvant-M".</td></tr>
            <tr><td>2</td><td>Irina Olegovna Markova</td><td>Head of a department. Involved in deportations.</td></tr>
            <tr><td>3</td><td>Aleh Ivanavich Karpovich</td><td>Director General of OAO "Brest Optika". Supplies sights.</td></tr>
            <tr><td>4</td><td>Limited Liability Company "Sibprom-Tekh"</td><td>Makes shell casings.</td></tr>
            <tr><td>5</td><td>OAO "Brest Optika"</td><td>Makes optical sights.</td></tr>
            </tbody></table></body></html>
            """
        let document = try ArticleDocument.read(data: Data(html.utf8), name: "notice.html", format: .html)
        #expect(document.text.contains("| 2 | Irina Olegovna Markova | Head of a department. Involved in deportations. |"))
        #expect(SanctionsExtractor().extract(from: document).entities.map(\.name) == [
            "Pavel Igorevich Sokolov", "Irina Olegovna Markova", "Aleh Ivanavich Karpovich", #"Limited Liability Company "Sibprom-Tekh""#,
            #"OAO "Brest Optika""#,
        ])
    }

    @Test func aSemicolonListBeforeAPassiveDesignationGivesEveryItem() {
        let text = "The strategist Pavel Olegovich Zimin; Alla Borisovna Kuznetsova, a former producer at a regional channel; the media agency Pravda Vostok; and the hosting provider Vektor-Khosting LLC were today added to the sanctions list by the Council."
        #expect(extract(text).entities.map(\.name) == [
            "Pavel Olegovich Zimin", "Alla Borisovna Kuznetsova", "Pravda Vostok", "Vektor-Khosting LLC",
        ])
    }

    @Test func aTableCopiedFromAPDFWithoutARuleGivesItsNamesAndAliases() {
        let text = """
            The following persons are added to the list in Annex I:

            | Name | Identifying information | Reasons | Date of listing
            "41. | Stepan Ilyich GORBUNOV (Степан Ильич ГОРБУНОВ) a.k.a. Stepan Ilich GORBUNOV | Gender: male | Organised payments. | 20.10.2025
            42. | Limited Liability Company Baltkabel-Servis (Общество с ограниченной ответственностью «Балткабель-Сервис») | Address: Kaliningrad | Laid cables. | 20.10.2025
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Stepan Ilyich GORBUNOV", "Limited Liability Company Baltkabel-Servis"])
        #expect(entities.first?.aliases.contains("Stepan Ilich GORBUNOV") == true)
        #expect(entities.first?.aliases.contains("Степан Ильич ГОРБУНОВ") == true)
    }

    @Test func anOfficialAnnouncingTodaysMeasuresInAQuoteNamesTheParties() {
        let text = #""The Cabinet has today approved asset-freezing measures against Pak Chol-jin and Jo Song-ho," the Chief Cabinet Secretary told reporters."#
        #expect(extract(text).entities.map(\.name) == ["Pak Chol-jin", "Jo Song-ho"])
        let recalled = #""We sanctioned Pak Chol-jin years ago," the minister said."#
        #expect(extract(recalled).entities.isEmpty)
    }

    @Test func aPostsEmojiBulletsAfterACountOfNewNamesAreItsParties() {
        let text = """
            Tokyo's Cabinet approved another round of asset freezes this morning. Two new names 👇

            🔹 Pavel Sergeyevich Ogurtsov — Khabarovsk businessman sourcing machine tools
            🔹 LLC "Amurstanko" (ООО «Амурстанко») — Ogurtsov's firm

            📌 Reminder: his partner Arkady Lisin was frozen back in Feb — not new.
            """
        #expect(extract(text).entities.map(\.name) == ["Pavel Sergeyevich Ogurtsov", "LLC Amurstanko"])
    }

    @Test func aSummaryBulletsCountIntroducesThePartiesNamedAfterIt() {
        let text = """
            - two companies sanctioned for supplying drone engines to Russia

            The UK has today sanctioned a procurement network.

            At the heart of the network is Moscow-based OOO Dvigatel-Komplekt, which has imported engines since 2023.

            Its partner, Almaty-registered Dala Trade Solutions LLC, bought them in Europe.
            """
        #expect(extract(text).entities.map(\.name) == ["OOO Dvigatel-Komplekt", "Dala Trade Solutions LLC"])
    }

    @Test func aVenezuelanCompanyKeepsItsLegalFormAfterTheComma() {
        let text = """
            OFAC designated the following entity:

            3. TRANSANDINA CARGA, C.A., Avenida Bolivar, Caracas, Venezuela [VENEZUELA-EO13850].
            """
        #expect(extract(text).entities.map(\.name) == ["TRANSANDINA CARGA, C.A."])
    }
}
