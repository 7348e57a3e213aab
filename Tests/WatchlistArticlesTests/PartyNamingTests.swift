import Testing
@testable import WatchlistArticles

/// Which names around a designation are its parties, and which of their other names are aliases.
struct PartyNamingTests {
    private func extract(_ text: String) -> ArticleExtraction {
        SanctionsExtractor().extract(from: ArticleDocument(name: "test", format: .plainText, text: text))
    }

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
}
