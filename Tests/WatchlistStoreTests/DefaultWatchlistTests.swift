import Testing
import WatchlistCore
import WatchlistMatching
@testable import WatchlistStore

struct DefaultWatchlistTests {
    @Test func holdsTheSixUSDesignationsOfJune2024() throws {
        let watchlist = try DefaultWatchlist.load()
        #expect(watchlist.entities.map(\.id.rawValue) == [
            "ofac:49380", "ofac:49399", "ofac:49419", "ofac:49424", "ofac:49507", "ofac:49533",
        ])
        #expect(watchlist.entities.allSatisfy { $0.programs.map(\.code) == ["RUSSIA-EO14024"] })
        #expect(watchlist.metadata.sources.map(\.name) == [
            "lists/ofac_sdn_belarus_2024-06-12.xml", "seeds/2024-06-12_us_sanctions_belarus_plant_svt.md",
        ])
        #expect(watchlist.metadata.sources.first?.published == PartialDate(year: 2024, month: 6, day: 12))
    }

    @Test func linksEachPartyOfTheSeedArticleToItsListedEntityInsteadOfDuplicatingIt() throws {
        let watchlist = try DefaultWatchlist.load()
        #expect(watchlist.entities.count == 6)
        for entity in watchlist.entities {
            #expect(entity.provenance.map(\.source).contains("article"), "\(entity.id) has no article provenance")
            let fromArticle = entity.provenance.first { $0.source == "article" }
            #expect(fromArticle?.recordID?.hasPrefix("article:2024-06-12-us-sanctions-belarus-plant-svt#") == true)
            #expect(fromArticle?.evidence?.isEmpty == false)
        }
    }

    @Test func anArticleAcronymStaysAWeakAliasThatOnlyMatchesExactly() throws {
        let matcher = try DefaultWatchlist.load().matcher()
        #expect(matcher.matches(for: ScreeningQuery(name: "BRT Logistics Ltd")).isEmpty)
        #expect(matcher.matches(for: ScreeningQuery(name: "BRT")).first?.entityID.rawValue == "ofac:49424")
    }

    @Test(arguments: [
        ("Miklashevich", "ofac:49380"), ("Tehnolit", "ofac:49399"), ("Baztube", "ofac:49419"),
        ("BRT", "ofac:49424"), ("Plant SVT", "ofac:49507"), ("Kvand IS", "ofac:49533"),
    ])
    func everyDesignationIsFoundByTheNameTheArticleUses(name: String, expectedID: String) throws {
        let matches = try DefaultWatchlist.load().matcher().matches(for: ScreeningQuery(name: name))
        #expect(matches.first?.entityID.rawValue == expectedID)
    }

    @Test func embedsTheSeedArticles() {
        let articles = DefaultWatchlist.articles
        #expect(!articles.isEmpty)
        #expect(articles.allSatisfy { $0.path.hasPrefix("seeds/") })
        #expect(articles.contains { $0.text.contains("Valyantsin Miklashevich") })
    }
}
