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
    public static let algorithmVersion = "token-align-29"

    public let configuration: MatchConfiguration
    public let entities: [Entity]
    private let names: [PreparedName]
    private let words: ListedWordTable
    private let index: CandidateIndex
    private let tokenizer = NameTokenizer()
    private let scratches: QueryScratchPool
    /// Entity index to the indices of the other lists' records of the same party.
    private let sameParty: [Int: [Int]]

    public init(entities: [Entity], configuration: MatchConfiguration = .standard) {
        self.configuration = configuration
        self.entities = entities
        var names = Self.prepareNames(entities)
        self.words = ListedWordTable(names: &names, configuration: configuration)
        self.index = CandidateIndex(names: names, wordCount: words.words.count)
        let (nameCount, words) = (names.count, self.words)
        self.scratches = QueryScratchPool { words.makeScratch(nameCount: nameCount) }
        self.names = names
        self.sameParty = Self.samePartyLinks(entities)
    }

    /// The `Relation.samePartyRole` links between the entities, by index; links to ids not present are left out.
    private static func samePartyLinks(_ entities: [Entity]) -> [Int: [Int]] {
        guard entities.contains(where: { $0.relations.contains { $0.role == Relation.samePartyRole } }) else { return [:] }
        let positions = Dictionary(entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var links: [Int: [Int]] = [:]
        for (index, entity) in entities.enumerated() {
            let linked = entity.relations.compactMap { relation in
                relation.role == Relation.samePartyRole ? relation.targetID.flatMap { positions[$0] } : nil
            }.filter { $0 != index }
            if !linked.isEmpty { links[index] = linked }
        }
        return links
    }

    /// Tokenizes every listed name, on every core (romanizing tens of thousands of names is the bulk of
    /// building a matcher); the result is in entity order whatever the scheduling.
    private static func prepareNames(_ entities: [Entity]) -> [PreparedName] {
        Parallel.map(count: entities.count, minimumChunk: 500) { range in
            let tokenizer = NameTokenizer()
            var memo = NameTokenizer.Memo(capacity: ListedWordTable.recentWordsKept)
            var names: [PreparedName] = []
            for entityIndex in range {
                let entity = entities[entityIndex]
                let reading = NameTokenizer.Reading(entity.kind)
                for (nameIndex, name) in entity.names.enumerated() {
                    let prepared = PreparedName(
                        entityIndex: entityIndex, nameIndex: nameIndex, name: name, reading: reading, tokenizer: tokenizer,
                        memo: &memo)
                    if !prepared.tokens.isEmpty { names.append(prepared) }
                }
            }
            return names
        }
    }

    /// The entities matching the query at or above the configured threshold, best first, at most `limit`
    /// (the configuration's when nil), one match (its best-scoring name) per entity.
    public func matches(for query: ScreeningQuery, limit: Int? = nil) -> [Match] {
        scratches.withScratch { scratch in
            let prepared = PreparedQuery(query.name, tokenizer: tokenizer, memo: &scratch.recentTokens)
            guard !prepared.isEmpty else { return [] }
            return matches(for: query, prepared: prepared, limit: limit ?? configuration.limit, scratch: &scratch)
        }
    }

    private func matches(for query: ScreeningQuery, prepared: PreparedQuery, limit: Int, scratch: inout QueryScratch) -> [Match] {
        let comparisons = prepared.person.tokens.map { words.comparisons(for: $0, scratch: &scratch) }
        let scorer = NameScorer(configuration: configuration)
        var scored: [Scored] = []
        let queryBytes = prepared.person.tokens.map(\.bytes)
        let prefixKinds = prepared.prefixKinds
        let listedWords = words.words
        let wordTable = words
        let forEachPrefixedWord: (Int, (Int32) -> Void) -> Void = { queryIndex, body in
            guard prefixKinds[queryIndex] != nil else { return }
            wordTable.forEachWord(extending: queryBytes[queryIndex], body)
        }
        let joinComparisons = prepared.person.joins.map { join in
            join.token.map(words.arabicJoinComparisons(for:)) ?? words.joinComparisons(for: join)
        }
        for position in index.candidates(
            for: prepared, comparisons: comparisons, threshold: configuration.threshold, joinComparisons: joinComparisons,
            scratch: &scratch, forEachPrefixedWord: forEachPrefixedWord)
        {
            let name = names[position]
            let reading = prepared.reading(for: name.reading)
            guard
                let result = scorer.score(
                    reading, against: name,
                    comparison: { queryIndex, nameIndex in
                        let wordID = name.wordIDs[nameIndex]
                        return PrefixRule.best(
                            comparisons[queryIndex][wordID],
                            PrefixRule.comparison(
                                prefixKinds[queryIndex], query: queryBytes[queryIndex], listed: listedWords[Int(wordID)].bytes))
                    },
                    joinSimilarity: { joinIndex, nameIndex in joinComparisons[joinIndex][name.wordIDs[nameIndex]]?.similarity },
                    listedJoinComparison: { queryIndex, joinIndex in comparisons[queryIndex][name.joinWordIDs[joinIndex]] })
            else { continue }
            scored.append(Scored(position: position, result: result))
        }
        return ranked(scored, query: query, prepared: prepared, limit: limit)
    }

    /// What `matches(for:)` returns, found by scoring every listed name with direct word comparisons
    /// instead of asking the candidate index and the word table. Slow; it exists to check that the index
    /// loses nothing (`watchlist eval --check-index` and the tests compare the two).
    public func matchesScoringEveryName(for query: ScreeningQuery, limit: Int? = nil) -> [Match] {
        let prepared = PreparedQuery(query.name, tokenizer: tokenizer)
        guard !prepared.isEmpty else { return [] }
        let scorer = NameScorer(configuration: configuration)
        var scored: [Scored] = []
        for (position, name) in names.enumerated() {
            let joinWords = name.joinWordIDs.map { words.words[Int($0)] }
            guard let result = scorer.score(prepared.reading(for: name.reading), against: name, prefixKinds: prepared.prefixKinds, joinWords: joinWords)
            else { continue }
            scored.append(Scored(position: position, result: result))
        }
        return ranked(scored, query: query, prepared: prepared, limit: limit ?? configuration.limit)
    }

    private struct Scored {
        var position: Int
        var result: NameScorer.Result
    }

    /// Applies the threshold and the qualifiers, keeps each entity's best name, adds the same party's records
    /// on other lists (with the score of the record that matched, when better than their own), explains the
    /// winners.
    private func ranked(_ scored: [Scored], query: ScreeningQuery, prepared: PreparedQuery, limit: Int) -> [Match] {
        let qualifiers = QualifierAdjustment(threshold: configuration.threshold)
        var best: [Int: Scored] = [:]
        for var candidate in scored where candidate.result.score >= configuration.threshold {
            let name = names[candidate.position]
            candidate.result.score = qualifiers.adjust(
                score: candidate.result.score, query: query, entity: entities[name.entityIndex],
                adjustments: &candidate.result.adjustments)
            guard candidate.result.score >= configuration.threshold else { continue }
            if let current = best[name.entityIndex], current.result.score >= candidate.result.score { continue }
            best[name.entityIndex] = candidate
        }
        let scorer = NameScorer(configuration: configuration)
        // The comparator reads this array, not `self`: a closure that reads `self.entities` copies the whole
        // matcher (retaining each of its arrays) for every comparison.
        let entities = self.entities
        var reached = best.mapValues { Reached(found: $0, through: nil) }
        if configuration.reportsSameParty, !sameParty.isEmpty {
            for (entityIndex, found) in best {
                for linked in sameParty[entityIndex] ?? [] {
                    // Ties, at the three decimals reported, go to the entity's own name, then to the first linked
                    // record, whatever the dictionary's order.
                    if let current = reached[linked] {
                        let (kept, offered) = (Self.reported(current.found.result.score), Self.reported(found.result.score))
                        if kept > offered || kept == offered && (current.through ?? -1) < entityIndex { continue }
                    }
                    reached[linked] = Reached(found: found, through: entityIndex)
                }
            }
        }
        // Ranked before the matches are made, so only those returned are explained. At equal scores a record
        // reached through its own names comes before one reached through the same party's record.
        var ordered = reached.map { entityIndex, reached in (entityIndex, reached, score: Self.reported(reached.found.result.score)) }
        .sorted { lhs, rhs in
            let (lhsDirect, rhsDirect) = (lhs.1.through == nil ? 1 : 0, rhs.1.through == nil ? 1 : 0)
            return (lhs.score, lhsDirect, entities[rhs.0].id) > (rhs.score, rhsDirect, entities[lhs.0].id)
        }
        orderTiesBySpelling(&ordered, query: prepared, limit: limit)
        let ranked = ordered.prefix(limit)
        return ranked.map { entityIndex, reached, score in
            let entity = entities[entityIndex]
            let name = names[reached.found.position]
            let holder = entities[name.entityIndex]
            return Match(
                entityID: entity.id, score: score,
                matchedName: holder.names[name.nameIndex], caption: entity.caption, kind: entity.kind,
                programs: entity.programs.map(\.code), sources: entity.provenance.map(\.source).uniqued(),
                explanation: scorer.explanation(reached.found.result, query: prepared.reading(for: name.reading), name: name),
                sameParty: reached.through.map { entities[$0].id })
        }
    }

    /// Among records of equal score (and equally reached, directly or through the same party), the one whose
    /// matched name is spelled closest to the query comes first (`spellingCloseness`), then the one with the
    /// lower id. `Anton Robertovich TITSKIY` shows OFAC's `TITSKIY, Anton Robertovich` before Canada's `Anton
    /// Robertovich TYTSKIY`, both 1.000 (by id alone, `ca:` came first). Only groups that reach into
    /// the first `limit` places are reordered; a group of more than `largestReorderedTie` records (a common
    /// name's namesakes) keeps the id order, which bounds the work per query.
    private func orderTiesBySpelling(_ ordered: inout [(Int, Reached, score: Double)], query: PreparedQuery, limit: Int) {
        let entities = self.entities  // read by the comparator: see `ranked`
        // The query's words as one text, per reading, made at the first tie and kept for the others.
        var queryTexts: (person: [UInt8], organization: [UInt8])?
        var start = 0
        while start < min(limit, ordered.count) {
            var end = start + 1
            while end < ordered.count, ordered[end].score == ordered[start].score,
                (ordered[end].1.through == nil) == (ordered[start].1.through == nil)
            {
                end += 1
            }
            if end - start > 1, end - start <= Self.largestReorderedTie {
                let texts = queryTexts ?? (
                    person: Array(query.person.tokens.map(\.text).joined(separator: " ").utf8),
                    organization: Array(query.organization.tokens.map(\.text).joined(separator: " ").utf8))
                queryTexts = texts
                let closeness = ordered[start..<end].map { entry in spellingCloseness(of: entry.1.found, to: texts) }
                let group = zip(ordered[start..<end], closeness).sorted { lhs, rhs in
                    lhs.1 != rhs.1 ? lhs.1 > rhs.1 : entities[lhs.0.0].id < entities[rhs.0.0].id
                }
                ordered.replaceSubrange(start..<end, with: group.map(\.0))
            }
            start = end
        }
    }

    private static let largestReorderedTie = 64

    /// How close the spelling of a scored name is to the query's (`queryTexts`, the query's words per reading):
    /// Jaro-Winkler over their normalized words, in their order, legal forms included (what the user reads in
    /// the match).
    private func spellingCloseness(of found: Scored, to queryTexts: (person: [UInt8], organization: [UInt8])) -> Double {
        let name = names[found.position]
        let nameText = Array(name.tokens.map(\.text).joined(separator: " ").utf8)
        return JaroWinklerSimilarity().similarity(name.reading == .person ? queryTexts.person : queryTexts.organization, nameText)
    }

    /// A score as matches report it: three decimals.
    private static func reported(_ score: Double) -> Double { (score * 1000).rounded() / 1000 }

    /// How an entity was reached: the scored name, and the same party's entity it belongs to when not the entity's own.
    private struct Reached {
        var found: Scored
        var through: Int?
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
