import Dispatch
import WatchlistCore

/// Runs labelled cases through the matcher and the Jaro-Winkler baseline and counts, per class, recall at
/// the threshold, top-1 accuracy and the false-positive rate on names that must not match.
///
/// A positive case is found when any expected entity is among the matches, and top-1 when the best match
/// is an expected entity; a negative case is a false positive when anything matches. Matches on a case's
/// `exclude` entities are removed first.
///
/// ```swift
/// let evaluator = Evaluator(matcher: watchlist.matcher(), baseline: BaselineMatcher(entities: watchlist.entities))
/// let report = evaluator.evaluate(try EvaluationCaseFile.read(url))
/// report.total.system.recall
/// ```
///
/// The screens are closures so anything can be evaluated. `bruteForce`, when given, must return what the
/// matcher returns when it scores every listed name instead of asking its candidate index; the report then
/// lists every case where the two differ (the index must lose nothing).
public struct Evaluator: Sendable {
    /// Screens one case: the hits at or above the threshold, best first.
    public typealias Screen = @Sendable (EvaluationCase) -> [EvaluationHit]

    /// Reported with the results; the screens apply their own threshold.
    public var threshold: Double
    public var screen: Screen
    public var baseline: Screen?
    /// The seam for the candidate-index check: the same matcher, scoring every name.
    public var bruteForce: Screen?

    public init(threshold: Double, screen: @escaping Screen, baseline: Screen? = nil, bruteForce: Screen? = nil) {
        self.threshold = threshold
        self.screen = screen
        self.baseline = baseline
        self.bruteForce = bruteForce
    }

    /// Evaluates `matcher` (with each case's qualifiers) against `baseline` at the matcher's threshold.
    ///
    /// Both screens return at most the matcher's `limit` hits *after* a case's excluded entities are
    /// removed, so the holders of a query cannot push the entities the case asks about off the list.
    public init(matcher: WatchlistMatcher, baseline: BaselineMatcher? = nil, bruteForce: Screen? = nil) {
        let limit = matcher.configuration.limit
        let screen: Screen = { evaluationCase in
            Self.keeping(limit, of: evaluationCase) { wider in
                matcher.matches(for: evaluationCase.screeningQuery, limit: wider).map(EvaluationHit.init)
            }
        }
        var baselineScreen: Screen?
        if let baseline {
            baselineScreen = { evaluationCase in
                Self.keeping(limit, of: evaluationCase) { baseline.matches(for: evaluationCase.query, limit: $0) }
            }
        }
        self.init(threshold: matcher.configuration.threshold, screen: screen, baseline: baselineScreen, bruteForce: bruteForce)
    }

    /// The first `limit` hits of a screen asked for `limit` more than the case excludes, excluded ones removed.
    public static func keeping(
        _ limit: Int, of evaluationCase: EvaluationCase, _ screen: (_ widerLimit: Int) -> [EvaluationHit]
    ) -> [EvaluationHit] {
        let excluded = Set(evaluationCase.exclude)
        return Array(screen(limit + excluded.count).lazy.filter { !excluded.contains($0.entityID) }.prefix(limit))
    }

    public func evaluate(_ cases: [EvaluationCase]) -> EvaluationReport {
        let (systemHits, systemSeconds) = Self.run(screen, over: cases)
        let baselineRun = baseline.map { Self.run($0, over: cases) }
        let bruteForceRun = bruteForce.map { Self.run($0, over: cases) }

        var classOrder: [String] = []
        var byClass: [String: EvaluationReport.ClassResult] = [:]
        var total = EvaluationReport.ClassResult(
            caseClass: "all", count: 0, system: .init(), baseline: baseline == nil ? nil : .init())
        var failures: [EvaluationReport.Failure] = []
        for (position, evaluationCase) in cases.enumerated() {
            let outcome = EvaluationReport.Outcome(evaluationCase, hits: systemHits[position])
            let baselineOutcome = baselineRun.map { EvaluationReport.Outcome(evaluationCase, hits: $0.hits[position]) }
            if byClass[evaluationCase.caseClass] == nil {
                classOrder.append(evaluationCase.caseClass)
                byClass[evaluationCase.caseClass] = .init(
                    caseClass: evaluationCase.caseClass, count: 0, system: .init(), baseline: baseline == nil ? nil : .init())
            }
            byClass[evaluationCase.caseClass]!.count += 1
            byClass[evaluationCase.caseClass]!.system.add(outcome)
            if let baselineOutcome { byClass[evaluationCase.caseClass]!.baseline?.add(baselineOutcome) }
            total.count += 1
            total.system.add(outcome)
            if let baselineOutcome { total.baseline?.add(baselineOutcome) }
            if outcome.isFailure {
                failures.append(.init(
                    location: evaluationCase.location, caseClass: evaluationCase.caseClass, query: evaluationCase.query,
                    expected: evaluationCase.expected, outcome: outcome, hits: Array(systemHits[position].prefix(3))))
            }
        }

        var indexCheck: EvaluationReport.IndexCheck?
        if let bruteForceRun {
            var differences: [EvaluationReport.IndexCheck.Difference] = []
            var differing = 0
            for (position, evaluationCase) in cases.enumerated() {
                let indexed = Set(systemHits[position])
                let everyName = Set(bruteForceRun.hits[position])
                guard indexed != everyName else { continue }
                differing += 1
                if differences.count < 50 {
                    differences.append(.init(
                        location: evaluationCase.location, caseClass: evaluationCase.caseClass, query: evaluationCase.query,
                        missingFromIndex: bruteForceRun.hits[position].filter { !indexed.contains($0) },
                        onlyInIndex: systemHits[position].filter { !everyName.contains($0) }))
                }
            }
            indexCheck = .init(compared: cases.count, differing: differing, differences: differences)
        }

        return EvaluationReport(
            threshold: threshold, classes: classOrder.map { byClass[$0]! }, total: total, failures: failures,
            indexCheck: indexCheck,
            timing: .init(systemSeconds: systemSeconds, baselineSeconds: baselineRun?.seconds, bruteForceSeconds: bruteForceRun?.seconds))
    }

    /// Screens every case on all cores, keeping case order; hits on excluded entities are dropped.
    static func run(_ screen: Screen, over cases: [EvaluationCase]) -> (hits: [[EvaluationHit]], seconds: Double) {
        let results = UnsafeMutableBufferPointer<[EvaluationHit]>.allocate(capacity: cases.count)
        results.initialize(repeating: [])
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes only its own slot, so the unsynchronized writes never overlap.
        nonisolated(unsafe) let output = results
        let clock = ContinuousClock()
        let start = clock.now
        DispatchQueue.concurrentPerform(iterations: cases.count) { position in
            let evaluationCase = cases[position]
            var hits = screen(evaluationCase)
            if !evaluationCase.exclude.isEmpty {
                let excluded = Set(evaluationCase.exclude)
                hits.removeAll { excluded.contains($0.entityID) }
            }
            output[position] = hits
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (Array(results), seconds)
    }
}
