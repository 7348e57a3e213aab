import WatchlistCore

/// One entity a screening returned, with its score.
public struct EvaluationHit: Hashable, Sendable, Codable {
    public var entityID: EntityID
    public var score: Double

    public init(entityID: EntityID, score: Double) {
        self.entityID = entityID
        self.score = score
    }

    /// The entity and score of a matcher's match.
    public init(_ match: Match) {
        self.init(entityID: match.entityID, score: match.score)
    }
}

/// The outcome of an evaluation: per class of cases, how the matcher and the baseline did.
public struct EvaluationReport: Hashable, Sendable, Codable {
    /// Counts and rates of one system over a group of cases.
    public struct Metrics: Hashable, Sendable, Codable {
        /// Cases with expected entities.
        public var positives: Int
        /// Cases that must not match.
        public var negatives: Int
        /// Positive cases with an expected entity among the matches.
        public var found: Int
        /// Positive cases whose best match is an expected entity.
        public var topOneCorrect: Int
        /// Negative cases with any match.
        public var falsePositives: Int
        /// `found / positives`; nil without positives.
        public var recall: Double?
        /// `topOneCorrect / positives`; nil without positives.
        public var topOneAccuracy: Double?
        /// `falsePositives / negatives`; nil without negatives.
        public var falsePositiveRate: Double?

        public init(positives: Int = 0, negatives: Int = 0, found: Int = 0, topOneCorrect: Int = 0, falsePositives: Int = 0) {
            self.positives = positives
            self.negatives = negatives
            self.found = found
            self.topOneCorrect = topOneCorrect
            self.falsePositives = falsePositives
            recall = positives > 0 ? Double(found) / Double(positives) : nil
            topOneAccuracy = positives > 0 ? Double(topOneCorrect) / Double(positives) : nil
            falsePositiveRate = negatives > 0 ? Double(falsePositives) / Double(negatives) : nil
        }

        enum CodingKeys: String, CodingKey {
            case positives, negatives, found, topOneCorrect, falsePositives, recall, topOneAccuracy, falsePositiveRate
        }

        /// Writes every rate, `null` when it has no cases to count, so readers see the same keys for every class.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(positives, forKey: .positives)
            try container.encode(negatives, forKey: .negatives)
            try container.encode(found, forKey: .found)
            try container.encode(topOneCorrect, forKey: .topOneCorrect)
            try container.encode(falsePositives, forKey: .falsePositives)
            try container.encode(recall, forKey: .recall)
            try container.encode(topOneAccuracy, forKey: .topOneAccuracy)
            try container.encode(falsePositiveRate, forKey: .falsePositiveRate)
        }

        /// Adds one case's outcome.
        mutating func add(_ outcome: Outcome) {
            self = Metrics(
                positives: positives + (outcome == .negativeClear || outcome == .falsePositive ? 0 : 1),
                negatives: negatives + (outcome == .negativeClear || outcome == .falsePositive ? 1 : 0),
                found: found + (outcome == .topOne || outcome == .foundNotBest ? 1 : 0),
                topOneCorrect: topOneCorrect + (outcome == .topOne ? 1 : 0),
                falsePositives: falsePositives + (outcome == .falsePositive ? 1 : 0))
        }
    }

    /// How one case came out for one system.
    public enum Outcome: String, Hashable, Sendable, Codable {
        /// The best match is an expected entity.
        case topOne = "top_one"
        /// An expected entity matched, but another entity scored higher.
        case foundNotBest = "found_not_best"
        /// No expected entity matched.
        case missed
        /// A name that must not match matched nothing.
        case negativeClear = "negative_clear"
        /// A name that must not match matched something.
        case falsePositive = "false_positive"

        /// Judges a case by the hits a system returned (best first, exclusions already removed).
        public init(_ evaluationCase: EvaluationCase, hits: [EvaluationHit]) {
            if evaluationCase.isNegative {
                self = hits.isEmpty ? .negativeClear : .falsePositive
                return
            }
            let expected = Set(evaluationCase.expected)
            if let best = hits.first, expected.contains(best.entityID) {
                self = .topOne
            } else if hits.contains(where: { expected.contains($0.entityID) }) {
                self = .foundNotBest
            } else {
                self = .missed
            }
        }

        /// True for the outcomes a reviewer would call wrong.
        public var isFailure: Bool { self == .missed || self == .foundNotBest || self == .falsePositive }
    }

    /// The results for one class of cases (or for all, in `total`).
    public struct ClassResult: Hashable, Sendable, Codable {
        public var caseClass: String
        public var count: Int
        public var system: Metrics
        public var baseline: Metrics?

        enum CodingKeys: String, CodingKey {
            case caseClass = "class", count, system, baseline
        }
    }

    /// A case the matcher got wrong, with what it returned instead.
    public struct Failure: Hashable, Sendable, Codable {
        public var location: String?
        public var caseClass: String
        public var query: String
        public var expected: [EntityID]
        public var outcome: Outcome
        /// The first hits returned (at most three), best first.
        public var hits: [EvaluationHit]

        enum CodingKeys: String, CodingKey {
            case location, caseClass = "class", query, expected, outcome, hits
        }
    }

    /// Whether the candidate index lost anything: the indexed results against scoring every name.
    public struct IndexCheck: Hashable, Sendable, Codable {
        /// One case whose indexed results differ from brute force.
        public struct Difference: Hashable, Sendable, Codable {
            public var location: String?
            public var caseClass: String
            public var query: String
            /// Hits brute force found that the indexed matcher did not return (or returned with another score).
            public var missingFromIndex: [EvaluationHit]
            /// Hits the indexed matcher returned that brute force did not.
            public var onlyInIndex: [EvaluationHit]

            enum CodingKeys: String, CodingKey {
                case location, caseClass = "class", query, missingFromIndex, onlyInIndex
            }
        }

        public var compared: Int
        public var differing: Int
        /// The first differences, in case order (at most 50).
        public var differences: [Difference]
    }

    /// Wall-clock time of each pass over the cases (all cores).
    public struct Timing: Hashable, Sendable, Codable {
        public var systemSeconds: Double
        public var baselineSeconds: Double?
        public var bruteForceSeconds: Double?
    }

    public var threshold: Double
    /// Per class, in the order classes first appear in the cases.
    public var classes: [ClassResult]
    /// All cases together.
    public var total: ClassResult
    /// Every case the matcher got wrong, in case order.
    public var failures: [Failure]
    /// Present when the evaluator was given a brute-force screen.
    public var indexCheck: IndexCheck?
    public var timing: Timing
}
