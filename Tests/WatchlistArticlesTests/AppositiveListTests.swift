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

/// Former names in capitals inside a sentence that introduces counted parties.
@Suite struct FormerNameInIntroductionTests {
    @Test func aFormerNameInCapitalsIsNoHedgeOnTheSentence() {
        let text = """
            The State Department on Thursday identified two tankers as blocked property.

            Both ships, the Gabon-flagged OCEAN LARK (IMO 9302111), formerly STELLA NOVA, and the Comoros-registered GREY HERON (IMO 9340222), previously named EAGLE COVE, carry Iranian crude.
            """
        #expect(extract(text).entities.map(\.name) == ["OCEAN LARK", "GREY HERON"])
    }
}

/// A preposition repeated before each target of one measure.
@Suite struct RepeatedPrepositionTests {
    @Test func eachAgainstStartsAnotherTarget() {
        let text = "Tokyo today imposed asset freezes against Pak Song-chol and Ri Myong-ho, against the Taedonggang Shipping Company, and against the tanker RYONGGANG 3."
        #expect(extract(text).entities.map(\.name) == ["Pak Song-chol", "Ri Myong-ho", "Taedonggang Shipping Company", "RYONGGANG 3"])
    }
}
