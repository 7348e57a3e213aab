import Testing
import WatchlistCore
@testable import WatchlistMatching

/// The candidate index and the word table must lose nothing: screening through them returns exactly what
/// scoring every listed name with direct word comparisons returns.
struct CandidateIndexTests {
    /// A generated watchlist of people and companies from syllables that romanize many ways, with given
    /// names from the equivalence table, so keys, given-name classes and edit distances all come into play.
    static let entities: [Entity] = {
        var generator = SeededGenerator(seed: 42)
        let syllables = ["ko", "va", "lev", "mik", "la", "she", "vich", "tekh", "no", "lit", "ser", "hei", "zh",
                         "ya", "an", "tsin", "ov", "ski", "al", "mo", "ham", "mad", "ab", "dul", "la", "ri", "bel"]
        let givenNames = ["Valentin", "Valyantsin", "Sergei", "Siarhei", "Aliaksandr", "Alexander", "Mohammed",
                          "Muhammad", "Yauhen", "Evgeny", "Anna", "Maria", "George", "Emma"]
        func word() -> String {
            (0..<Int.random(in: 2...4, using: &generator)).map { _ in syllables.randomElement(using: &generator)! }
                .joined().capitalized
        }
        var entities: [Entity] = []
        for number in 0..<900 {
            if number % 3 == 0 {
                let name = "\(word()) \(word()) \(["LLC", "OOO", "JSC", "PLANT", "TRADING COMPANY"].randomElement(using: &generator)!)"
                entities.append(Entity(id: .ofac(uid: String(number)), kind: .organization, names: [
                    EntityName(name, kind: .primary), EntityName(word(), kind: .weakAlias),
                ]))
            } else {
                let family = word().uppercased()
                let given = givenNames.randomElement(using: &generator)!
                entities.append(Entity(id: .ofac(uid: String(number)), kind: .person, names: [
                    EntityName("\(family), \(given)", kind: .primary, parts: [NamePart(.given, given), NamePart(.family, family)]),
                    EntityName("\(given) \(word()) \(family)", kind: .alias),
                ]))
            }
        }
        return entities
    }()

    /// Queries made from listed names: as listed, reordered, with edits, with a word dropped or swapped
    /// for another listed word, single words, an initial, a last word cut short.
    static func queries(count: Int) -> [String] {
        var generator = SeededGenerator(seed: 7)
        var queries: [String] = []
        while queries.count < count {
            let entity = entities.randomElement(using: &generator)!
            var words = entity.names.randomElement(using: &generator)!.value.split(separator: " ").map(String.init)
            switch Int.random(in: 0..<9, using: &generator) {
            case 8:  // nothing but a legal form and a cut-short word: no match however it is found
                words = ["LIMITED", "LIABILITY", "COMPANY", String(words[0].prefix(4))]
            case 6 where words.count > 1: words[0] = String(words[0].prefix(1))  // an initial
            case 7 where words.count > 2:  // a name cut short
                words[words.count - 1] = String(words[words.count - 1].prefix(Int.random(in: 1...3, using: &generator)))
            case 0: words.reverse()
            case 1:
                let index = Int.random(in: 0..<words.count, using: &generator)
                var letters = Array(words[index])
                if letters.count > 3 { letters.remove(at: Int.random(in: 1..<letters.count, using: &generator)) }
                words[index] = String(letters)
            case 2: if words.count > 1 { words.removeLast() }
            case 3:
                let other = entities.randomElement(using: &generator)!.names[0].value.split(separator: " ")
                words[0] = String(other.last!)
            case 4: words = [words.randomElement(using: &generator)!]
            default:
                let index = Int.random(in: 0..<words.count, using: &generator)
                var letters = Array(words[index])
                if letters.count > 4 { letters.swapAt(1, 2); letters[letters.count - 1] = "x" }
                words[index] = String(letters)
            }
            queries.append(words.joined(separator: " "))
        }
        return queries
    }

    @Test(arguments: [0.7, 0.8, 0.9])
    func indexedScreeningEqualsScoringEveryName(threshold: Double) {
        let matcher = WatchlistMatcher(
            entities: Self.entities, configuration: MatchConfiguration(threshold: threshold, limit: 1000))
        var hits = 0
        for query in Self.queries(count: 150) {
            let indexed = matcher.matches(for: ScreeningQuery(name: query))
            let everyName = matcher.matchesScoringEveryName(for: ScreeningQuery(name: query))
            #expect(indexed == everyName, "\(query)")
            hits += indexed.count
        }
        #expect(hits > 50, "the generated queries must produce matches for the comparison to mean anything")
    }

    @Test func indexedScreeningOfQueriesWithTwoWordsAlikeToOneEqualsScoringEveryName() {
        // A listed word pairs with one query word: names reached twice through one word (`Mohammed Muhammad X`
        // against `MOHAMMED, X`) are pruned by the per-word bound, which must keep every real match. The
        // extra word costs the query's coverage, so the threshold is lower than the default.
        let matcher = WatchlistMatcher(entities: Self.entities, configuration: MatchConfiguration(threshold: 0.6, limit: 1000))
        var generator = SeededGenerator(seed: 23)
        var hits = 0
        for _ in 0..<150 {
            var words = Self.entities.randomElement(using: &generator)!.names.randomElement(using: &generator)!.value
                .split(separator: " ").map(String.init)
            let index = Int.random(in: 0..<words.count, using: &generator)
            var twin = Array(words[index])
            if twin.count > 3 { twin[twin.count - 1] = "i" }
            words.insert(String(twin), at: Int.random(in: 0...words.count, using: &generator))
            let query = words.joined(separator: " ")
            let indexed = matcher.matches(for: ScreeningQuery(name: query))
            #expect(indexed == matcher.matchesScoringEveryName(for: ScreeningQuery(name: query)), "\(query)")
            hits += indexed.count
        }
        #expect(hits > 50, "the queries with a twin word must produce matches for the comparison to mean anything")
    }

    @Test func indexedScreeningOfWordsWrittenApartEqualsScoringEveryName() {
        // Listed words split in two or three (`Mikla Shevich`), which only `CompoundJoin` pairs.
        let matcher = WatchlistMatcher(entities: Self.entities, configuration: MatchConfiguration(threshold: 0.8, limit: 1000))
        var generator = SeededGenerator(seed: 13)
        var compoundHits = 0
        for _ in 0..<150 {
            let words = Self.entities.randomElement(using: &generator)!.names[0].value.split(separator: " ").map(String.init)
            let query = words.map { word -> String in
                guard word.count >= 6, Bool.random(using: &generator) else { return word }
                let cut = word.index(word.startIndex, offsetBy: Int.random(in: 2...(word.count - 2), using: &generator))
                return "\(word[..<cut]) \(word[cut...])"
            }.joined(separator: " ")
            let indexed = matcher.matches(for: ScreeningQuery(name: query))
            #expect(indexed == matcher.matchesScoringEveryName(for: ScreeningQuery(name: query)), "\(query)")
            if indexed.contains(where: { $0.explanation.tokenMatches.contains { $0.method == "compound" } }) { compoundHits += 1 }
        }
        #expect(compoundHits > 20, "the split queries must find names through joins for the comparison to mean anything")
    }

    @Test func indexedScreeningOfWordsListedApartEqualsScoringEveryName() {
        // The generated names with their long words split in two (`Mikla Shevich`), queried whole, which
        // only `ListedJoin` pairs.
        var generator = SeededGenerator(seed: 17)
        let entities = Self.entitiesWithWordsListedApart(&generator, margin: 2) { Bool.random(using: &$0) }
        let matcher = WatchlistMatcher(entities: entities, configuration: MatchConfiguration(threshold: 0.8, limit: 1000))
        var compoundHits = 0
        for _ in 0..<150 {
            let query = Self.entities.randomElement(using: &generator)!.names[0].value
            let indexed = matcher.matches(for: ScreeningQuery(name: query))
            #expect(indexed == matcher.matchesScoringEveryName(for: ScreeningQuery(name: query)), "\(query)")
            if indexed.contains(where: { $0.explanation.tokenMatches.contains { $0.method == "compound" } }) { compoundHits += 1 }
        }
        #expect(compoundHits > 20, "the whole queries must find names through listed joins for the comparison to mean anything")
    }

    @Test func indexedScreeningOfMisspeltWordsListedApartEqualsScoringEveryName() {
        // As above, with one letter of the query's long words replaced: the whole word then meets the
        // listed join by edit distance only (`Miklashevych` for `Mikla Shevich`).
        var generator = SeededGenerator(seed: 23)
        let entities = Self.entitiesWithWordsListedApart(&generator, margin: 3) { _ in true }
        let matcher = WatchlistMatcher(entities: entities, configuration: MatchConfiguration(threshold: 0.8, limit: 1000))
        var compoundHits = 0
        for _ in 0..<150 {
            let query = Self.entities.randomElement(using: &generator)!.names[0].value.split(separator: " ").map { word -> String in
                guard word.count >= 9 else { return String(word) }
                var letters = Array(word)
                letters[Int.random(in: 1..<(letters.count - 1), using: &generator)] = "q"
                return String(letters)
            }.joined(separator: " ")
            let indexed = matcher.matches(for: ScreeningQuery(name: query))
            #expect(indexed == matcher.matchesScoringEveryName(for: ScreeningQuery(name: query)), "\(query)")
            if indexed.contains(where: { $0.explanation.tokenMatches.contains { $0.method == "compound" } }) { compoundHits += 1 }
        }
        #expect(compoundHits > 10, "misspelt whole words must find names through listed joins for the comparison to mean anything")
    }

    /// The generated entities under their primary name only, each word of six letters or more that `splits`
    /// picks written as two words, cut at a random place at least `margin` letters from either end.
    private static func entitiesWithWordsListedApart(
        _ generator: inout SeededGenerator, margin: Int, splits: (inout SeededGenerator) -> Bool
    ) -> [Entity] {
        entities.map { entity in
            let split = entity.names[0].value.split(separator: " ").map(String.init).map { word -> String in
                guard word.count >= 6, splits(&generator) else { return word }
                let cut = word.index(word.startIndex, offsetBy: Int.random(in: margin...(word.count - margin), using: &generator))
                return "\(word[..<cut]) \(word[cut...])"
            }.joined(separator: " ")
            return Entity(id: entity.id, kind: entity.kind, names: [EntityName(split, kind: .primary)])
        }
    }

    /// People named in Latin and in Arabic script from syllables of Arabic names, for the readings that
    /// compare the two scripts (`AbjadSkeleton`).
    static let arabicNamedEntities: [Entity] = {
        var generator = SeededGenerator(seed: 5)
        func word(_ syllables: [String]) -> String {
            (0..<Int.random(in: 1...3, using: &generator)).map { _ in syllables.randomElement(using: &generator)! }.joined()
        }
        return (0..<300).map { number in
            let names = (0..<2).map { _ in
                number % 2 == 0
                    ? "\(word(latinSyllables).capitalized) \(word(latinSyllables).uppercased())"
                    : "\(word(arabicSyllables)) \(word(arabicSyllables))"
            }
            return Entity(id: .un(referenceNumber: String(number)), kind: .person, names: names.map { EntityName($0, kind: .primary) })
        }
    }()
    static let latinSyllables = ["mo", "ha", "med", "ali", "hus", "sein", "abd", "al", "rah", "man", "sa", "id", "kha", "lid", "o", "mar"]
    static let arabicSyllables = ["مح", "مد", "عل", "ی", "حس", "ين", "عبد", "ال", "رحم", "ن", "سع", "يد", "خا", "لد", "عم", "ر"]

    @Test(arguments: [0.7, 0.8])
    func indexedScreeningAcrossScriptsEqualsScoringEveryName(threshold: Double) {
        let matcher = WatchlistMatcher(
            entities: Self.arabicNamedEntities, configuration: MatchConfiguration(threshold: threshold, limit: 1000))
        var generator = SeededGenerator(seed: 11)
        var crossScriptHits = 0
        for number in 0..<150 {
            // Mostly Arabic-script queries: those are the ones read against the Latin names.
            let syllables = number % 4 == 0 ? Self.latinSyllables : Self.arabicSyllables
            let query = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                (0..<Int.random(in: 1...3, using: &generator)).map { _ in syllables.randomElement(using: &generator)! }.joined()
            }.joined(separator: " ")
            let indexed = matcher.matches(for: ScreeningQuery(name: query))
            #expect(indexed == matcher.matchesScoringEveryName(for: ScreeningQuery(name: query)), "\(query)")
            crossScriptHits += indexed.filter { match in
                match.explanation.tokenMatches.contains { $0.method == "consonant_skeleton" }
            }.count
        }
        #expect(crossScriptHits > 20, "the queries must match across scripts for the comparison to mean anything")
    }

    @Test func editDistanceIndexFindsEveryWordWithinTheDistance() {
        var generator = SeededGenerator(seed: 3)
        let alphabet = Array("aabnkhs".utf8)  // few letters: many repeated bigrams, the filter's weak spot
        let words = (0..<1500).map { _ in
            (0..<Int.random(in: 1...18, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        }
        let metric = LevenshteinSimilarity()
        for minimum in [0.6, 0.75, 0.9] {
            let index = EditDistanceIndex(words: words, minimumSimilarity: minimum)
            var scratch = index.makeScratch()
            for query in words.prefix(100) {
                var reported = Set<Int32>()
                index.forEachCandidate(of: query, scratch: &scratch) { reported.insert($0) }
                let within = Set(words.indices.filter { metric.similarity(query, words[$0], cutoff: minimum) > 0 }.map(Int32.init))
                #expect(within.isSubset(of: reported))
            }
        }
    }

    /// Word lookups are kept per thread (`RecentValues`): what a query gets must not depend on the queries
    /// before it, whether its words were looked up afresh or kept.
    @Test func queriesAnswerTheSameWhateverQueriesCameBefore() {
        let configuration = MatchConfiguration(threshold: 0.7, limit: 1000)
        let forward = WatchlistMatcher(entities: Self.entities, configuration: configuration)
        let backward = WatchlistMatcher(entities: Self.entities, configuration: configuration)
        let queries = Self.queries(count: 150)
        let firstPass = queries.map { forward.matches(for: ScreeningQuery(name: $0)) }
        for (query, first) in zip(queries, firstPass).reversed() {
            #expect(backward.matches(for: ScreeningQuery(name: query)) == first, "\(query)")
            #expect(forward.matches(for: ScreeningQuery(name: query)) == first, "\(query)")
        }
        #expect(firstPass.contains { !$0.isEmpty })
    }
}
