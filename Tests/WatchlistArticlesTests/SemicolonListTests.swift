import Testing
@testable import WatchlistArticles

/// Lists whose items are set apart by semicolons, and the alias lists inside them.
@Suite struct SemicolonListTests {
    @Test func aDescriptionThatEndsOneItemDoesNotEndTheList() {
        let text = """
            OFAC sanctioned two firms and one person in the chain: Tallinn-based Rivermark Components OU, the consignee named on Baltic Star's invoices; OOO Severnyi Impuls, the Kolpino manufacturer that received the machines; and its general director, Pavel Sergeyevich Orlov.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Rivermark Components OU", "OOO Severnyi Impuls", "Pavel Sergeyevich Orlov"])
        #expect(entities.last?.relatedTo == "OOO Severnyi Impuls")
    }

    @Test func aPlaceAndADescriptiveNounAfterTheIsNoName() {
        let text = "Treasury designated Halden Marine Ltd, the Kolpino shipping firm behind the transfers, and Kora Freight LLC for moving the cargo."
        #expect(extract(text).entities.map(\.name) == ["Halden Marine Ltd", "Kora Freight LLC"])
    }

    @Test func aliasesListedAfterAnAkaAreAliasesNotParties() {
        let text = """
            This rule adds the following entity to the Entity List:

             • Suzhou Lanting Optics Co., Ltd., a.k.a., the following two aliases:
               —Lanting Optics; and
               —SZLO.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Suzhou Lanting Optics Co., Ltd."])
        #expect(entities.first?.aliases == ["Lanting Optics", "SZLO"])
    }

    @Test func aFormerNameDoesNotSwallowTheNextSemicolonItem() {
        let text = "OFAC identified two tankers as blocked property: the Sable Wind (IMO 9123456), formerly named Green Isle; and the Morning Tern (IMO 9234567)."
        #expect(extract(text).entities.map(\.name) == ["Sable Wind", "Morning Tern"])
    }
}

/// A passive in a clause of time about a party named before.
@Suite struct TimeClauseTests {
    @Test func beforeItWasSanctionedOpensNoCount() {
        let text = """
            He once worked for JSC Polar Instruments, a state-linked supplier that Treasury designated in 2023.

            Investigators said he left the company shortly before it was sanctioned and set up a new firm.

            That firm, Nordlicht Handel GmbH, is not on any list.
            """
        #expect(extract(text).entities.isEmpty)
    }
}

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

/// Back-references to an organization named for a person, and parties the text says were listed before.
@Suite struct EarlierMentionTests {
    @Test func thePlantItselfIsTheOrganizationThePersonBeforeDirects() {
        let text = """
            Among those listed is Ivan Petrovych Shevchuk, general director of AT "Omskyi zavod pryladiv", a maker of fuses.

            The plant itself was also placed under sanctions.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.count == 2)
        #expect(names.last.map { $0.contains("Omskyi zavod pryladiv") } == true)
    }

    @Test func placedOnTheMarketIsNoDesignation() {
        let text = "Nordhavn Fisk AS placed its new trawler under the command of Captain Erik Lund."
        #expect(extract(text).entities.isEmpty)
    }

    @Test func partiesSaidToBeListedAlreadyAreNotNew() {
        let text = """
            The Council today placed three persons and four entities under restrictive measures.

            The persons listed include Brigadier General Reza Karimi and the managing directors of Qods Aviation Industries (QAI) and the Shahed Aviation Group (SAG). QAI and SAG were already subject to EU restrictive measures before today.
            """
        let names = extract(text).entities.map(\.name)
        #expect(names.contains("Reza Karimi"))
        #expect(!names.contains("Qods Aviation Industries"))
        #expect(!names.contains("Shahed Aviation Group"))
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

/// Words around "sanctions" that make no designation, and names that are no names.
@Suite struct NotADesignationTests {
    @Test func aSanctionsReporterIsNoDesignation() {
        let text = "**Mara Voss** (@mvoss) · trade & sanctions reporter · 9:42 AM · Jun 12, 2025"
        #expect(extract(text, format: .markdown).entities.isEmpty)
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

/// Subjects that are not parties, and instruments that list.
@Suite struct ListingSubjectTests {
    @Test func aPackageThatAddsShipsToAListDesignatesThem() {
        let text = "The same package added CORAL DAWN (IMO 9288000) and VESTA (IMO 9301000) to the EU's list of vessels that are banned from EU ports."
        #expect(extract(text).entities.map(\.name) == ["CORAL DAWN", "VESTA"])
    }

    @Test func severalOfWhichHaveSinceBeenSanctionedNamesNobody() {
        let text = "Cargoes carried by the tankers were chartered by trading companies in Dubai, several of which have since been sanctioned by the United States."
        #expect(extract(text).entities.isEmpty)
    }
}

/// A Balkans wire story: places, descriptors, Yugoslav legal forms and earlier rounds.
@Suite struct BalkansWireTests {
    @Test func aCompanyWithALowercaseLegalFormAndItsTownIsIntroduced() {
        let text = """
            Washington on Tuesday imposed sanctions on two politicians from Bosnia and Herzegovina and on a television company.

            That media operation is Radio Zapad d.o.o. Prijedor, which broadcasts as TV Zapad.
            """
        #expect(extract(text).entities.map(\.name) == ["Radio Zapad d.o.o. Prijedor"])
    }

    @Test func aDescriptorCompoundInAHeadlineIsNoName() {
        let text = "U.S. blacklists Bosnian Serb power brokers, Belgrade-linked TV channel over graft"
        #expect(extract(text).entities.isEmpty)
    }

    @Test func aRoundFollowedInAnEarlierYearIsAMemory() {
        let text = """
            March 12, 2025 - Tuesday's action builds on earlier U.S. measures. In 2022 Washington sanctioned the then-Serb member of the presidency, followed in 2024 by sanctions on a Doboj municipal official accused of drafting secessionist laws.
            """
        #expect(extract(text).entities.isEmpty)
    }
}

/// Delistings that name no list, and designations still to come.
@Suite struct DelistedAndFutureTests {
    @Test func hasBeenDelistedDelistsWithoutNamingTheList() {
        let text = "Yes. Marina Olegovna Petrenko, a former director of a fertiliser producer, has been delisted following a ministerial review."
        let extraction = extract(text)
        #expect(extraction.delisted.map(\.name) == ["Marina Olegovna Petrenko"])
        #expect(extraction.entities.isEmpty)
    }

    @Test func theyWereDelistedLaterIsAStorysPast() {
        let text = "Take Bluewave Shipping, the tanker manager designated back in 2023. They sold the ships and they were delisted about eighteen months later."
        #expect(extract(text).delisted.isEmpty)
    }

    @Test func willBeTargetedIsStillToCome() {
        let text = "Ministers have repeatedly signalled that more third-country suppliers will be targeted."
        #expect(extract(text).entities.isEmpty)
    }
}

/// Sentences about the designations that name nobody.
@Suite struct DesignationMetaTests {
    @Test func designationsMadeUnderAnActNameNobody() {
        let text = "The Department is publicly designating Mario Alberto Funes Rivas. These designations are made under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, 2024."
        #expect(extract(text).entities.map(\.name) == ["Mario Alberto Funes Rivas"])
    }

    @Test func aRegionIsNoParty() {
        let text = "Brussels sanctioned re-exporters in the South Caucasus and Central Asia."
        #expect(extract(text).entities.isEmpty)
    }
}

@Suite struct DocumentReportTests {
    @Test func aNoticeThatShowsPartiesDeletedDelistsThem() {
        let text = "A notice on the website of the Office of Foreign Assets Control showed that Acero Llanero, S.A. and Julio César Montilla Rojas had been deleted from the Specially Designated Nationals and Blocked Persons List."
        #expect(extract(text).delisted.map(\.name) == ["Acero Llanero, S.A.", "Julio César Montilla Rojas"])
    }
}
