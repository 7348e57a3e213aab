import WatchlistCore

/// Scores one name against another the way screening scores a query against a listed name, for
/// reviewers who ask "why did X hit Y?".
///
/// ```swift
/// let comparison = NameComparer().compare(query: "Valentin Miklashevich", listed: "MIKLASHEVICH, Valyantsin", kind: .person)
/// comparison.score                  // 0.941
/// comparison.explanation?.summary   // "\"Valentin\" ~ \"Valyantsin\" (word, 0.90); ..."
/// ```
public struct NameComparer: Sendable {
    public var configuration: MatchConfiguration
    private let tokenizer = NameTokenizer()

    public init(configuration: MatchConfiguration = .standard) {
        self.configuration = configuration
    }

    /// The score of `listed`, read as a primary name of an entity of `kind`, for the query `query`.
    /// With `kind` nil the name is read both as a person's and as an organization's, and the better
    /// reading counts. The score is not cut at the threshold: 0 means no word paired at all.
    public func compare(query: String, listed: String, kind: EntityKind? = nil) -> NameComparison {
        let prepared = PreparedQuery(query, tokenizer: tokenizer)
        let readings: [NameTokenizer.Reading] = kind.map { [NameTokenizer.Reading($0)] } ?? [.person, .organization]
        let scorer = NameScorer(configuration: configuration)
        var best = NameComparison(score: 0, explanation: nil)
        for reading in readings {
            let name = PreparedName(
                entityIndex: 0, nameIndex: 0, name: EntityName(listed, kind: .primary), reading: reading, tokenizer: tokenizer)
            let query = prepared.reading(for: reading)
            guard let result = scorer.score(query, against: name, prefixKinds: prepared.prefixKinds) else { continue }
            let score = (result.score * 1000).rounded() / 1000
            if best.explanation == nil || score > best.score {
                best = NameComparison(score: score, explanation: scorer.explanation(result, query: query, name: name))
            }
        }
        return best
    }

    /// The best score of any of `queries` against any of `listed`, all read as names of an entity of `kind`
    /// (which must be given: a person's and an organization's reading differ). Each name is prepared once, so
    /// comparing two records' name sets costs one scoring per pair of names.
    public func bestScore(queries: [String], listed: [String], kind: EntityKind) -> Double {
        let reading = NameTokenizer.Reading(kind)
        let scorer = NameScorer(configuration: configuration)
        let names = listed.map {
            PreparedName(entityIndex: 0, nameIndex: 0, name: EntityName($0, kind: .primary), reading: reading, tokenizer: tokenizer)
        }
        var best = 0.0
        for query in queries {
            let prepared = PreparedQuery(query, tokenizer: tokenizer)
            for name in names {
                guard let result = scorer.score(prepared.reading(for: reading), against: name, prefixKinds: prepared.prefixKinds)
                else { continue }
                best = max(best, (result.score * 1000).rounded() / 1000)
                if best >= 1 { return best }
            }
        }
        return best
    }
}

/// The outcome of `NameComparer.compare`: a score in 0...1 and, when any word paired, why.
public struct NameComparison: Hashable, Sendable {
    public var score: Double
    public var explanation: MatchExplanation?
}
