import Testing
@testable import WatchlistArticles

/// Announcements that count their parties first and name them in the sentences after.
struct CountedAnnouncementTests {
    @Test func twoCountsBeforeAnyNameAddUpAndTheShipsAreNamedWithoutTheirSize() {
        let text = """
            The US State Department on Thursday identified two tankers as blocked property for lifting Iranian crude.

            Alongside the ships, the Treasury Department designated one company that manages them.

            The largest is the 2004-built VLCC PERSEUS GLORY (IMO 9274123), flagged in Panama.

            The suezmax CASPIAN DAWN (IMO 9183477) is managed by Singapore-based Blue Orchid Ship Management Pte. Ltd.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["PERSEUS GLORY", "CASPIAN DAWN", "Blue Orchid Ship Management Pte. Ltd."])
        #expect(entities.map(\.kind) == [.vessel, .vessel, .organization])
    }

    @Test func aShipBlacklistedInALaterMonthThanTheArticleWasListedLastYear() {
        let text = """
            20 March 2025

            Washington on Thursday identified one tanker as blocked property.

            Nearby sits the tanker OCEAN MIRAGE (IMO 9208746), which was blacklisted in October.

            The new one is the tanker SILVER LAGUNA (IMO 9259032).
            """
        #expect(extract(text).entities.map(\.name) == ["SILVER LAGUNA"])
    }

    @Test func aReactionToTheDecisionNamesNoParty() {
        let text = """
            The EU Council today listed one individual.

            Exiled opposition figure Volha Sirotsina welcomed the decision but said it came too late.

            The individual is Dzmitry Uladzimiravich Karatkevich (also spelled Dmitry Vladimirovich Korotkevich), a judge.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Dzmitry Uladzimiravich Karatkevich"])
        #expect(entities.first?.aliases == ["Dmitry Vladimirovich Korotkevich"])
    }

    @Test func aSubjectNamingTheListingsGivesTheCountAndItsPartiesFollow() {
        let text = """
            5 November 2024

            WELLINGTON — New Zealand has slapped sanctions on a Russian businessman, a foundation and an officer.

            The new listings — two individuals and two entities — were made by regulation on Tuesday.

            Businessman Timur Rashidovich Galiev is the owner of Sever-Logistik LLC (also written Severlogistik), a Murmansk-based company.

            Galiev was sanctioned by Australia in September; Tuesday's move brings New Zealand into line with Canberra.

            The most unusual target is the Eurasian Dialogue Foundation, a Moscow-registered non-profit.

            The second individual is Colonel Vadim Sergeyevich Ostapenko, commander of a missile brigade.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == [
            "Timur Rashidovich Galiev", "Eurasian Dialogue Foundation", "Vadim Sergeyevich Ostapenko", "Sever-Logistik LLC",
        ])
        #expect(entities.filter { $0.kind == .person }.allSatisfy { $0.authority == "New Zealand" })
        // The parentheses after the company are the company's, not the owner's.
        #expect(entities.first?.aliases == [])
        #expect(entities.last?.aliases == ["Severlogistik"])
    }

    @Test func aDesignationInAnEarlierMonthIsAMemory() {
        let text = """
            5 November 2024

            Galiev was sanctioned by Australia in September.

            Ostapenko was sanctioned by Australia in November 2024.
            """
        #expect(extract(text).entities.map(\.name) == ["Ostapenko"])
    }

    @Test func theTargetIsNamedAfterACountOfNamesAndItsNameInRussianIsAnAlias() {
        let text = """
            On 28 November the UK government added two new names to the UK Sanctions List under its Russia regime.

            The principal target is Kama Avionika LLC (Russian: OOO "Kama Avionika"), a firm in Yelabuga, Tatarstan, that assembles flight controllers.

            The second designation is Ri Jong-hyok, the company's representative in Shenyang.
            """
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Kama Avionika LLC", "Ri Jong-hyok"])
        #expect(entities.first?.aliases == ["OOO Kama Avionika"])
        #expect(entities.last?.kind == .person)
    }

    @Test func aNameInQuotesIsNoQuotationAndWhatLocalsCallItIsNoCallForSanctions() {
        let text = """
            Washington on Tuesday blacklisted three state plants.

            The biggest name on Tuesday's list is OAO "Mahiliou Radio Engineering Works", which locals call MRZ.

            The other two targets are less well known. ZAO "Belkomtekhsnab" is a Minsk procurement house that, \
            Treasury said, bought microcontrollers through shell buyers. UP "Spetsmashproekt" designs chassis.
            """
        #expect(extract(text).entities.map(\.name) == [
            "OAO Mahiliou Radio Engineering Works", "ZAO Belkomtekhsnab", "UP Spetsmashproekt",
        ])
    }

    @Test func aDemonymInThePluralCountsPeople() {
        let text = """
            The European Union on Monday imposed an asset freeze and travel ban on two Belarusians, accusing them of involvement in the mistreatment of political prisoners.

            Both work in the prison system. Iryna Mikalaeuna Zhukava heads penal colony No. 4 in Gomel. Siarhei Uladzimiravich Maltsau is a judge at the Minsk City Court.
            """
        #expect(extract(text).entities.map(\.name) == ["Iryna Mikalaeuna Zhukava", "Siarhei Uladzimiravich Maltsau"])
    }
}
