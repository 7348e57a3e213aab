import Testing
import WatchlistCore
@testable import WatchlistMatching

struct BaselineMatcherTests {
    static let entities: [Entity] = [
        Entity(
            id: .ofac(uid: "49380"), kind: .person,
            names: [
                EntityName("MIKLASHEVICH, Valyantsin Alfredavich", kind: .primary),
                EntityName("Миклашевич Валентин Альфредович", kind: .originalScript, script: "Cyrl"),
            ]),
        Entity(id: .ofac(uid: "49533"), kind: .organization, names: [EntityName("KVAND IS OOO", kind: .primary)]),
        Entity(id: .un(referenceNumber: "QDi.001"), kind: .person, names: [EntityName("George HABBASH", kind: .primary)]),
    ]

    @Test func findsAWholeNameWithATypo() throws {
        let hit = try #require(BaselineMatcher(entities: Self.entities).matches(for: "Miklashevitch, Valyantsin Alfredavich").first)
        #expect(hit.entityID == .ofac(uid: "49380"))
        #expect(hit.score > 0.9)
    }

    @Test func comparesWholeNamesSoReorderedNamesScoreLow() {
        // Jaro-Winkler over the whole string: the surname moved to the end no longer lines up.
        #expect(BaselineMatcher(entities: Self.entities).matches(for: "Valyantsin Alfredavich Miklashevich").isEmpty)
    }

    @Test func romanizesOtherScriptsWithTheSameNormalizer() throws {
        let hits = BaselineMatcher(entities: Self.entities, threshold: 0.7).matches(for: "Миклашевич Валентин Альфредович")
        #expect(hits.first?.entityID == .ofac(uid: "49380"))
        #expect(hits.first?.score == 1)
    }

    @Test func keepsTheBestNamePerEntityAndTheLimit() {
        let baseline = BaselineMatcher(entities: Self.entities, threshold: 0, limit: 2)
        let hits = baseline.matches(for: "Kvand IS OOO")
        #expect(hits.count == 2)
        #expect(hits.first == EvaluationHit(entityID: .ofac(uid: "49533"), score: 1))
        #expect(Set(hits.map(\.entityID)).count == hits.count)
    }

    /// The letter-count bound skips names without ever changing a result: compare with scoring every
    /// name by the reference Jaro-Winkler on generated watchlists.
    @Test(arguments: 0..<40)
    func agreesWithScoringEveryNameByTheReference(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let syllables = ["ka", "mi", "sha", "ev", "ich", "ov", "a", "in", "tz", "kh", "ro", "al"]
        func word() -> String { (0..<Int.random(in: 1...4, using: &generator)).map { _ in syllables.randomElement(using: &generator)! }.joined() }
        func name() -> String { (0..<Int.random(in: 1...3, using: &generator)).map { _ in word() }.joined(separator: " ") }
        let entities = (0..<30).map { number in
            Entity(id: EntityID(source: "test", local: String(number)), kind: .person,
                   names: (0..<Int.random(in: 1...3, using: &generator)).map { _ in EntityName(name(), kind: .alias) })
        }
        let query = name()
        let threshold = 0.75
        let baseline = BaselineMatcher(entities: entities, threshold: threshold, limit: 100)
        let normalizer = TextNormalizer()
        let queryBytes = BaselineMatcher.normalizedBytes(query, normalizer)
        var expected: [EvaluationHit] = []
        for entity in entities {
            let best = entity.names.map { JaroWinklerSimilarityTests.reference(queryBytes, BaselineMatcher.normalizedBytes($0.value, normalizer)) }.max()!
            if best >= threshold { expected.append(EvaluationHit(entityID: entity.id, score: best)) }
        }
        let found = baseline.matches(for: query)
        #expect(Set(found.map(\.entityID)) == Set(expected.map(\.entityID)))
        for hit in found {
            let reference = expected.first { $0.entityID == hit.entityID }?.score ?? -1
            #expect(abs(hit.score - reference) < 1e-12)
        }
    }
}
