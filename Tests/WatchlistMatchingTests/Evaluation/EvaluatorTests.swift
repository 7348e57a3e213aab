import Testing
import WatchlistCore
@testable import WatchlistMatching

struct EvaluatorTests {
    static let miklashevich = EntityID.ofac(uid: "49380")
    static let miklashevichUK = EntityID.ofsi(groupID: "16000")
    static let kvand = EntityID.ofac(uid: "49533")
    static let habbash = EntityID.ofac(uid: "4350")

    /// A screen with fixed answers, so the counting is checked apart from any matcher.
    static let answers: [String: [EvaluationHit]] = [
        "Miklashevich": [.init(entityID: miklashevich, score: 0.95)],
        "Miklashevich V": [.init(entityID: habbash, score: 0.9), .init(entityID: miklashevich, score: 0.85)],
        "Valentin": [],
        "Kvand": [.init(entityID: miklashevichUK, score: 0.99), .init(entityID: kvand, score: 0.9)],
        "George Bush": [.init(entityID: habbash, score: 0.81)],
        "Emma Lindqvist": [],
    ]

    static let cases: [EvaluationCase] = [
        EvaluationCase(query: "Miklashevich", expected: [miklashevich, miklashevichUK], caseClass: "order"),  // top-1
        EvaluationCase(query: "Miklashevich V", expected: [miklashevich], caseClass: "order"),  // found, not best
        EvaluationCase(query: "Valentin", expected: [miklashevich], caseClass: "typos", location: "typos.jsonl:3"),  // missed
        EvaluationCase(query: "Kvand", expected: [kvand], caseClass: "typos", exclude: [miklashevichUK]),  // top-1 after exclusion
        EvaluationCase(query: "George Bush", expected: [], caseClass: "negatives"),  // false positive
        EvaluationCase(query: "Emma Lindqvist", expected: [], caseClass: "negatives"),  // clear
    ]

    static func evaluator(bruteForce: Evaluator.Screen? = nil) -> Evaluator {
        Evaluator(
            threshold: 0.8, screen: { answers[$0.query] ?? [] },
            baseline: { $0.isNegative ? [] : [EvaluationHit(entityID: $0.expected[0], score: 1)] }, bruteForce: bruteForce)
    }

    @Test func countsRecallTopOneAndFalsePositivesPerClassInFirstAppearanceOrder() throws {
        let report = Self.evaluator().evaluate(Self.cases)
        #expect(report.classes.map(\.caseClass) == ["order", "typos", "negatives"])
        let order = report.classes[0]
        #expect(order.count == 2)
        #expect(order.system == EvaluationReport.Metrics(positives: 2, found: 2, topOneCorrect: 1))
        #expect(order.system.recall == 1)
        #expect(order.system.topOneAccuracy == 0.5)
        #expect(order.system.falsePositiveRate == nil)
        let typos = report.classes[1]
        #expect(typos.system == EvaluationReport.Metrics(positives: 2, found: 1, topOneCorrect: 1))
        let negatives = report.classes[2]
        #expect(negatives.system == EvaluationReport.Metrics(negatives: 2, falsePositives: 1))
        #expect(negatives.system.falsePositiveRate == 0.5)
        #expect(negatives.system.recall == nil)
        #expect(report.total.count == 6)
        #expect(report.total.system == EvaluationReport.Metrics(positives: 4, negatives: 2, found: 3, topOneCorrect: 2, falsePositives: 1))
    }

    @Test func runsTheBaselineOverTheSameCases() throws {
        let report = Self.evaluator().evaluate(Self.cases)
        let baseline = try #require(report.total.baseline)
        #expect(baseline == EvaluationReport.Metrics(positives: 4, negatives: 2, found: 4, topOneCorrect: 4, falsePositives: 0))
    }

    @Test func listsEachFailureWithWhatCameBack() {
        let failures = Self.evaluator().evaluate(Self.cases).failures
        #expect(failures.map(\.query) == ["Miklashevich V", "Valentin", "George Bush"])
        #expect(failures.map(\.outcome) == [.foundNotBest, .missed, .falsePositive])
        #expect(failures[1].location == "typos.jsonl:3")
        #expect(failures[0].hits.first?.entityID == Self.habbash)
    }

    @Test func excludedEntitiesAreRemovedBeforeJudging() {
        let (hits, _) = Evaluator.run({ Self.answers[$0.query] ?? [] }, over: [Self.cases[3]])
        #expect(hits == [[EvaluationHit(entityID: Self.kvand, score: 0.9)]])
    }

    @Test func indexCheckListsTheCasesWhereScoringEveryNameDiffers() throws {
        let evaluator = Self.evaluator(bruteForce: { evaluationCase in
            var hits = Self.answers[evaluationCase.query] ?? []
            if evaluationCase.query == "Valentin" { hits = [EvaluationHit(entityID: Self.miklashevich, score: 0.82)] }
            return hits
        })
        let check = try #require(evaluator.evaluate(Self.cases).indexCheck)
        #expect(check.compared == 6)
        #expect(check.differing == 1)
        #expect(check.differences.first?.query == "Valentin")
        #expect(check.differences.first?.missingFromIndex == [EvaluationHit(entityID: Self.miklashevich, score: 0.82)])
        #expect(check.differences.first?.onlyInIndex.isEmpty == true)
    }

    @Test func withoutABruteForceScreenThereIsNoIndexCheck() {
        #expect(Self.evaluator().evaluate(Self.cases).indexCheck == nil)
    }

    /// The real matcher and baseline on a hand-made watchlist, on cases whose outcome does not depend on
    /// scoring details: an exact listed name, and a name sharing nothing with the list.
    @Test func evaluatesTheMatcherAndTheBaselineOnATinyWatchlist() throws {
        let entities = [
            Entity(
                id: Self.miklashevich, kind: .person,
                names: [EntityName("MIKLASHEVICH, Valyantsin Alfredavich", kind: .primary,
                                   parts: [NamePart(.given, "Valyantsin Alfredavich"), NamePart(.family, "MIKLASHEVICH")])]),
            Entity(id: Self.kvand, kind: .organization, names: [EntityName("KVAND IS OOO", kind: .primary)]),
        ]
        let evaluator = Evaluator(
            matcher: WatchlistMatcher(entities: entities), baseline: BaselineMatcher(entities: entities))
        let report = evaluator.evaluate([
            EvaluationCase(query: "MIKLASHEVICH, Valyantsin Alfredavich", expected: [Self.miklashevich], caseClass: "exact"),
            EvaluationCase(query: "KVAND IS OOO", expected: [Self.kvand], caseClass: "exact"),
            EvaluationCase(query: "Xu Wenjing", expected: [], caseClass: "negatives"),
        ])
        #expect(report.threshold == MatchConfiguration.standard.threshold)
        #expect(report.classes[0].system == EvaluationReport.Metrics(positives: 2, found: 2, topOneCorrect: 2))
        #expect(report.classes[0].baseline == EvaluationReport.Metrics(positives: 2, found: 2, topOneCorrect: 2))
        #expect(report.classes[1].system == EvaluationReport.Metrics(negatives: 1))
        #expect(report.classes[1].baseline == EvaluationReport.Metrics(negatives: 1))
        #expect(report.failures.isEmpty)
    }

    @Test func excludedEntitiesAreRemovedBeforeTheLimitSoTheyCannotCrowdOutExpectedOnes() {
        let holders = (1...3).map { EntityID.ofsi(groupID: "\($0)") }
        let ranked = holders.map { EvaluationHit(entityID: $0, score: 1) } + [.init(entityID: Self.kvand, score: 0.9)]
        let evaluationCase = EvaluationCase(query: "Kvand", expected: [Self.kvand], caseClass: "romanization", exclude: holders)
        var askedFor = 0
        let kept = Evaluator.keeping(2, of: evaluationCase) { limit in
            askedFor = limit
            return Array(ranked.prefix(limit))
        }
        #expect(askedFor == 5)
        #expect(kept == [EvaluationHit(entityID: Self.kvand, score: 0.9)])
    }
}
