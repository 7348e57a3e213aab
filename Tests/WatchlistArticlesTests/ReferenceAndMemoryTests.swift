import Testing
@testable import WatchlistArticles

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

/// Words around "sanctions" that make no designation, and names that are no names.
@Suite struct NotADesignationTests {
    @Test func aSanctionsReporterIsNoDesignation() {
        let text = "**Mara Voss** (@mvoss) · trade & sanctions reporter · 9:42 AM · Jun 12, 2025"
        #expect(extract(text, format: .markdown).entities.isEmpty)
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

@Suite struct DocumentReportTests {
    @Test func aNoticeThatShowsPartiesDeletedDelistsThem() {
        let text = "A notice on the website of the Office of Foreign Assets Control showed that Acero Llanero, S.A. and Julio César Montilla Rojas had been deleted from the Specially Designated Nationals and Blocked Persons List."
        #expect(extract(text).delisted.map(\.name) == ["Acero Llanero, S.A.", "Julio César Montilla Rojas"])
    }
}

@Suite struct LaterCorrectionTests {
    @Test func aPersonIsReportedUnderTheFullestNameTheTextGives() {
        let text = """
            12:41 The Council imposed an asset freeze and travel ban on four officials: judge Ihar Zhdanovich, prosecutor Alena Kavaliova, penal colony chief Siarhei Rusetski and deputy minister Dzmitry Hrynkevich.

            13:10 A bit more on today's listings. Ihar Mikalaevich Zhdanovich is a judge at the Minsk City Court.
            """
        #expect(extract(text).entities.map(\.name).prefix(2) == ["Ihar Mikalaevich Zhdanovich", "Alena Kavaliova"])
    }

    @Test func aPartyALaterUpdateSaysWasNotListedIsLeftOut() {
        let text = """
            12:41 The Council imposed an asset freeze and travel ban on judge Ihar Zhdanovich and deputy minister Dzmitry Hrynkevich.

            15:20 CORRECTION. Dzmitry Hrynkevich, the deputy interior minister, was in an earlier draft but is not among those listed in the legal act.
            """
        #expect(extract(text).entities.map(\.name) == ["Ihar Zhdanovich"])
    }

    @Test func aDenialAboutSomeoneElseInTheSentenceTakesNothingBack() {
        let text = """
            The Council imposed an asset freeze and travel ban on judge Ihar Zhdanovich.
            Ihar Zhdanovich, whose brother is not among those listed, sentenced dozens of activists.
            """
        #expect(extract(text).entities.map(\.name) == ["Ihar Zhdanovich"])
    }

    @Test func theSupplementsEntryForARevisedEntryIsNoDesignation() {
        let text = """
            This rule adds two entities to the Entity List and revises one existing entry.

            i. By adding, in alphabetical order, an entry for "Meridian Aerotech FZCO"; and
            ii. By revising the entry for "Kvant-Radar OOO".

            Entity: Meridian Aerotech FZCO
            Entity: Kvant-Radar OOO, a.k.a., the following two aliases:
            -Kvant Radar LLC; and
            -OOO Kvant-R.
            """
        let extraction = extract(text)
        #expect(extraction.entities.map(\.name) == ["Meridian Aerotech FZCO"])
    }
}
