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
}
