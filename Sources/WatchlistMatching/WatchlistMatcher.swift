import Foundation
import WatchlistCore

/// Screens names against a set of entities. Build it once (it prepares every listed name), then call
/// `matches(for:)` from any number of threads: it is an immutable value.
///
/// ```swift
/// let matcher = WatchlistMatcher(entities: entities)
/// for match in matcher.matches(for: ScreeningQuery(name: "Miklashevich")) {
///     print(match.score, match.caption, match.explanation.summary)
/// }
/// ```
public struct WatchlistMatcher: Sendable {
    /// The version of the scoring rules, recorded with results and compiled watchlists.
    public static let algorithmVersion = "token-align-1"

    public let configuration: MatchConfiguration
    public let entities: [Entity]
    private let names: [PreparedName]
    private let index: CandidateIndex
    private let tokenizer = NameTokenizer()

    public init(entities: [Entity], configuration: MatchConfiguration = .standard) {
        self.configuration = configuration
        self.entities = entities
        self.names = Self.prepareNames(entities)
        self.index = CandidateIndex(names: names, fuzzyMinimumLength: configuration.fuzzyTokenMinimumLength)
    }

    /// Tokenizes every listed name, on every core (romanizing tens of thousands of names is the bulk of
    /// building a matcher); the result is in entity order whatever the scheduling.
    private static func prepareNames(_ entities: [Entity]) -> [PreparedName] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, entities.count / 500 + 1))
        let chunk = (entities.count + workers - 1) / workers
        let results = ParallelResults<[PreparedName]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let tokenizer = NameTokenizer()
            var names: [PreparedName] = []
            for entityIndex in (worker * chunk)..<min(entities.count, (worker + 1) * chunk) {
                let entity = entities[entityIndex]
                let reading = NameTokenizer.Reading(entity.kind)
                for (nameIndex, name) in entity.names.enumerated() {
                    let prepared = PreparedName(
                        entityIndex: entityIndex, nameIndex: nameIndex, name: name, reading: reading, tokenizer: tokenizer)
                    if !prepared.tokens.isEmpty { names.append(prepared) }
                }
            }
            results.set(worker, names)
        }
        return results.values.flatMap { $0 }
    }

    /// The entities matching the query at or above the configured threshold, best first, at most `limit`,
    /// one match (its best-scoring name) per entity.
    public func matches(for query: ScreeningQuery) -> [Match] {
        let prepared = PreparedQuery(query.name, tokenizer: tokenizer)
        guard !prepared.isEmpty else { return [] }
        let scorer = NameScorer(configuration: configuration)
        var best: [Int: (score: Double, name: PreparedName, explanation: MatchExplanation)] = [:]
        let qualifiers = QualifierAdjustment(threshold: configuration.threshold)
        for position in index.candidates(for: prepared) {
            let name = names[position]
            guard var result = scorer.score(prepared.reading(for: name.reading), against: name),
                result.score >= configuration.threshold
            else { continue }
            result.score = qualifiers.adjust(
                score: result.score, query: query, entity: entities[name.entityIndex],
                adjustments: &result.explanation.adjustments)
            guard result.score >= configuration.threshold else { continue }
            if let current = best[name.entityIndex], current.score >= result.score { continue }
            best[name.entityIndex] = (result.score, name, result.explanation)
        }
        let matches = best.map { entityIndex, found in
            let entity = entities[entityIndex]
            return Match(
                entityID: entity.id, score: (found.score * 1000).rounded() / 1000,
                matchedName: entity.names[found.name.nameIndex], caption: entity.caption, kind: entity.kind,
                programs: entity.programs.map(\.code), sources: entity.provenance.map(\.source).uniqued(),
                explanation: found.explanation)
        }
        return Array(matches.sorted { ($0.score, $1.entityID) > ($1.score, $0.entityID) }.prefix(configuration.limit))
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
