import Testing
@testable import WatchlistArticles

/// Appositives and alias cues inside a list of designated parties.
@Suite struct AppositiveListTests {
    @Test func anAppositiveWithTheDoesNotEndTheList() {
        let text = "In Dubai, OFAC designated Coral Sands Maritime FZE, the commercial manager for all three tankers, and Al Noor Bunkering DMCC, a fuel trader."
        #expect(extract(text).entities.map(\.name) == ["Coral Sands Maritime FZE", "Al Noor Bunkering DMCC"])
    }

    @Test func aNameTheCompanyWasFormerlyRegisteredAsIsNoSecondParty() {
        let text = """
            OFAC designated two companies today.

            Zenith Trade Hub FZE, a Sharjah company formerly registered as Zenith General Trading FZE, received the goods.

            The other is Lotus Bay Electronics Limited, a Hong Kong trading house.
            """
        #expect(extract(text).entities.map(\.name) == ["Zenith Trade Hub FZE", "Lotus Bay Electronics Limited"])
    }
}
