import Testing
@testable import WatchlistMatching

struct PlaceAdjectiveTests {
    private func places(_ word: String) -> [String] {
        PlaceAdjective.placeKeys(of: Array(word.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [
        ("barnaulskiy", "barnaul"), ("izhevskie", "izhevsk"), ("kazanskii", "kazan"), ("ryazanskaya", "ryazan"),
        ("uralskogo", "ural"), ("omskiy", "omsk"), ("moskovskiy", RomanizationKey.key(for: "moscow")),
    ])
    func anAdjectiveOfPlaceGivesThePlace(adjective: String, place: String) {
        #expect(places(adjective).contains(RomanizationKey.key(for: place)))
    }

    @Test(arguments: ["kazan", "minsk", "skiy", "ivanov", "sky", "miklashevich", "skaya", "askiy"])
    func otherWordsGiveNoPlace(word: String) {
        // A place needs "sk" and an adjective ending after a stem, and four letters or more.
        #expect(places(word).isEmpty)
    }

    @Test func anAdjectiveOfPlaceMatchesThePlaceInAnOrganizationsName() {
        let comparison = NameComparer().compare(
            query: "Барнаульский патронный завод", listed: "BARNAUL CARTRIDGE PLANT", kind: .organization)
        #expect(comparison.score >= 0.85)
        #expect(comparison.explanation?.tokenMatches.first?.method == "translation")
    }

    @Test func aSurnameOfPlaceIsNotThePlace() {
        // In a person's name `Kazanskiy` is a surname, `Yaroslav` a given name: neither is a city.
        #expect(NameComparer().compare(query: "Ivan Kazanskiy", listed: "Ivan KAZAN", kind: .person).score < 0.5)
        #expect(NameComparer().compare(query: "Yaroslav", listed: "YAROSLAVSKAYA", kind: .organization).score == 0)
    }
}
