import Testing
@testable import WatchlistArticles

/// Counts given as what the measures cover, roles written as titles, and annex tables out of the Official Journal.
@Suite struct MeasureScopeAndAnnexTests {
    @Test func theMeasuresCoverACountAndTheItemsFollow() {
        let text = """
            The minister announced a new round of sanctions today.

            The measures cover two individuals and one entity. They are:

            - Oleg Petrovich Zimin, General Director of Vostok Avia Parts JSC, which supplies drone parts.
            - Irina Mikhailovna Lebedeva, a presenter on state television.
            - Vostok Avia Parts JSC, a maker of servo motors.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Oleg Petrovich Zimin", "Irina Mikhailovna Lebedeva", "Vostok Avia Parts JSC"])
        #expect(entities.first?.kind == .person)
    }

    @Test func annexRowsSetApartByBlankLinesAreRead() {
        let text = """
            The following persons and entities are added to the list set out in Annex I:

                  | Name | Identifying information | Reasons | Date of listing

            101. | Pavel Ivanovich SOKOLOV (Павел Иванович СОКОЛОВ) | DOB: 1.2.1970; Gender: male | Director of a defence plant. | 3.3.2025

            102. | Limited Liability Company "Kometa-Trade" | Address: Moscow | Supplies drone engines. | 3.3.2025
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Pavel Ivanovich SOKOLOV", "Limited Liability Company \"Kometa-Trade\""])
        #expect(entities.first?.kind == .person)
        #expect(entities.first?.aliases == ["Павел Иванович СОКОЛОВ"])
    }
}

/// People introduced after a count by a nickname or an age, and a chain referred to by its outlets.
@Suite struct CountedIntroductionTests {
    @Test func aQuotedNicknameOrAnAgeMarksAPerson() {
        let text = """
            Treasury on Thursday imposed sanctions on two Mexican nationals and one Sonora-based business.

            At the heart of the cell is Abelardo Ruiz Mendívil, a.k.a. "El Güero," who took charge after his younger brother, Tomás Ruiz Mendívil, was designated in 2019.

            His partner, Nicanor Leyva Beltrán, a 51-year-old from Navojoa, runs the books.
            """
        #expect(extract(text).entities.map(\.name) == ["Abelardo Ruiz Mendívil", "Nicanor Leyva Beltrán"])
    }

    @Test func thePharmaciesAreTheChainNamedBefore() {
        let text = """
            Treasury says Olga Rentería is the legal representative of Boticas El Roble, S.A. de C.V., a chain of four drugstores in Hermosillo.

            The pharmacies, which trade as "Boticas ER," were sanctioned alongside her.
            """
        #expect(extract(text).entities.map(\.name).contains("Boticas El Roble, S.A. de C.V."))
    }
}

/// Numbered paragraphs around a bulleted list, and roles written as titles.
@Suite struct NumberedParagraphAndRoleTests {
    @Test func aParagraphNumberedLikeTheListsOpenerEndsTheList() {
        let text = """
            1. The Government has decided to designate one organization as a target of its independent sanctions, effective today.

            2. The designated organizations are as follows:

             ○ Hwasong Software Trading Corporation: A trading company that sends IT workers abroad.

            3. North Korean IT workers hide their identity, thereby evading United Nations Security Council sanctions.
            """
        #expect(extract(text).entities.map(\.name) == ["Hwasong Software Trading Corporation"])
    }

    @Test func aRoleWrittenAsATitleAfterADescriptionIsNoName() {
        let text = "The Department is designating Elvin Omar Zelaya Díaz, former General Manager of the state-owned water utility Servicio Autónomo de Acueductos, for corruption."
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Elvin Omar Zelaya Díaz"])
        #expect(entities.first?.relatedTo == "Servicio Autónomo de Acueductos")
        #expect(entities.first?.kind == .person)
    }

    @Test func aCompanyThatManagesAShipStaysACompany() {
        let text = "OFAC designated Kestrel Bay Shipping Limited, the commercial manager of the tanker SEA LARK."
        #expect(extract(text).entities.first?.kind == .organization)
    }
}

/// A broadcast transcript: counted people introduced one by one in speech.
@Suite struct TranscriptIntroductionTests {
    @Test func theFirstAndTheSecondIntroduceCountedPeople() {
        let text = """
            REPORTER: Ottawa is sanctioning two more Iranian officials under the Special Economic Measures Act.

            ANCHOR: Who are they?

            REPORTER: So the first is Gholamhossein Rastegar-Nia. He runs a prison west of Tehran. The second is a cleric and judge, Ali-Akbar Sadeghpour -- he presides over a court branch in Karaj.

            REPORTER: So both now face an asset freeze in Canada.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names == ["Gholamhossein Rastegar-Nia", "Ali-Akbar Sadeghpour"])
    }

    @Test func wentAfterACountDesignates() {
        let text = """
            Canberra went after one senior official and one company.

            The official is Farshad Vakili-Rad, a deputy commander of the cyber command.
            """
        #expect(extract(text).entities.map(\.name) == ["Farshad Vakili-Rad"])
    }
}

/// A count's noun agrees with its number.
@Suite struct CountAgreementTests {
    @Test func aSingularModifierBeforeThePluralNounIsNotTheCountedNoun() {
        let text = """
            Treasury today took action against two ship management and ownership companies.

            Coral Strait Ship Management DMCC, a company in Dubai, manages the fleet.

            Orient Lotus Navigation Inc., a Marshall Islands-registered company, owns the vessels.
            """
        #expect(extract(text).entities.map(\.name) == ["Coral Strait Ship Management DMCC", "Orient Lotus Navigation Inc."])
    }
}

@Suite struct CompanyStatementTests {
    @Test func aStatementsDefinedTermADescribedNameAndAnIdentifiedVesselAreDesignated() {
        let text = """
            Corvane Shipping FZE ("Corvane" or "the Company") learned that OFAC had added the Company and its \
            Chairman, Mr. Hamid Sadeghi Rad, to the SDN List. The designation also covers the tanker SEA LARK \
            (IMO 9254874), which OFAC identified as property in which the Company has an interest. OFAC's \
            release suggests a link to Brightwave Trading Limited, a Hong Kong company designated in the same action.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names == ["Corvane Shipping FZE", "Hamid Sadeghi Rad", "SEA LARK", "Brightwave Trading Limited"])
    }

    @Test func aDescribedCompanyDesignatedYearsAgoIsNotDesignatedNow() {
        let text = """
            OFAC designated Corvane Shipping FZE on Tuesday. Its release mentions Brightwave Trading Limited, a \
            Hong Kong company designated in 2019, and the tanker SEA LARK, which OFAC sanctioned in January.
            """
        #expect(extract(text).entities.map(\.name) == ["Corvane Shipping FZE"])
    }
}
