import Foundation
import WatchlistCore

/// Scores a query against one listed name: token alignment, weighted coverage of both names, then rules.
///
/// The score is `queryCoverage * (0.8 + 0.2 * nameCoverage)`: every word of the query must be explained by
/// the listed name, while words of the listed name missing from the query (a patronymic, a legal form, a
/// second given name) cost a little. Coverage weights each word by what it says about identity:
/// surnames and distinctive words 1, given names 0.7, generic organization words 0.25, legal forms 0.
struct NameScorer: Sendable {
    var configuration: MatchConfiguration
    private var aligner: TokenAligner { TokenAligner(configuration: configuration) }

    struct Result {
        var score: Double
        var explanation: MatchExplanation
    }

    func score(_ query: PreparedQuery.Reading, against name: PreparedName) -> Result? {
        guard !query.tokens.isEmpty, !name.tokens.isEmpty else { return nil }
        if name.kind == .weakAlias {
            return scoreWeakAlias(query, against: name)
        }
        let pairs = aligner.align(query: query.tokens, name: name.tokens)
        guard !pairs.isEmpty else { return nil }

        let queryWeights = Self.normalizedWeights(query.tokens.map { Self.weight($0.role) })
        let nameWeights = Self.normalizedWeights(name.tokens.map { Self.weight($0.role) })
        var queryCovered = 0.0
        var nameCovered = 0.0
        for pair in pairs {
            queryCovered += queryWeights[pair.queryIndex] * pair.similarity
            nameCovered += nameWeights[pair.nameIndex] * pair.similarity
        }
        var score = queryCovered / queryWeights.reduce(0, +) * (0.8 + 0.2 * nameCovered / nameWeights.reduce(0, +))
        var adjustments: [MatchExplanation.Adjustment] = []

        let matchedDistinctive = pairs.contains { pair in
            let role = name.tokens[pair.nameIndex].role
            return role != .genericWord && role != .legalForm && query.tokens[pair.queryIndex].role != .genericWord
        }
        if !matchedDistinctive, score > 0.5 {
            adjustments.append(.init(rule: "only generic words matched", factor: 0.5 / score))
            score = 0.5
        }
        let hasFamily = name.tokens.contains { $0.role == .family }
        if hasFamily, !pairs.contains(where: { name.tokens[$0.nameIndex].role == .family }) {
            adjustments.append(.init(rule: "no surname matched", factor: 0.75))
            score *= 0.75
        }
        return Result(score: min(1, score), explanation: explanation(query, name, pairs, adjustments))
    }

    private func scoreWeakAlias(_ query: PreparedQuery.Reading, against name: PreparedName) -> Result? {
        guard query.exactKey == name.exactKey else { return nil }
        let pairs = aligner.align(query: query.tokens, name: name.tokens)
        let adjustment = MatchExplanation.Adjustment(rule: "weak alias (exact match only)", factor: configuration.weakAliasExactScore)
        return Result(score: configuration.weakAliasExactScore, explanation: explanation(query, name, pairs, [adjustment]))
    }

    static func weight(_ role: NameToken.Role) -> Double {
        switch role {
        case .family, .word: 1
        case .given: 0.7
        case .genericWord: 0.25
        case .legalForm: 0
        }
    }

    /// A name made only of legal forms still has to weigh something.
    private static func normalizedWeights(_ weights: [Double]) -> [Double] {
        weights.reduce(0, +) > 0 ? weights : weights.map { _ in 1 }
    }

    private func explanation(
        _ query: PreparedQuery.Reading, _ name: PreparedName, _ pairs: [TokenAligner.Pair],
        _ adjustments: [MatchExplanation.Adjustment]
    ) -> MatchExplanation {
        let matches = pairs.sorted { $0.queryIndex < $1.queryIndex }.map { pair in
            MatchExplanation.TokenMatch(
                query: query.tokens[pair.queryIndex].original, name: name.tokens[pair.nameIndex].original,
                role: name.tokens[pair.nameIndex].role, similarity: (pair.similarity * 1000).rounded() / 1000,
                method: pair.method.rawValue)
        }
        let pairedQuery = Set(pairs.map(\.queryIndex))
        let pairedName = Set(pairs.map(\.nameIndex))
        return MatchExplanation(
            nameKind: name.kind, tokenMatches: matches,
            unmatchedQuery: query.tokens.indices.filter { !pairedQuery.contains($0) && query.tokens[$0].role != .legalForm }
                .map { query.tokens[$0].original },
            unmatchedName: name.tokens.indices.filter { !pairedName.contains($0) && name.tokens[$0].role != .legalForm }
                .map { name.tokens[$0].original },
            adjustments: adjustments)
    }
}
