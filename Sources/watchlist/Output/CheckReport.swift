import Foundation
import WatchlistCore
import WatchlistMatching

/// The JSON shape of `check --format json`: a versioned contract, documented in docs/json-output.md.
/// Add fields freely; renaming or removing one needs a new `format_version`.
struct CheckReport: Encodable {
    static let formatVersion = 1

    let formatVersion = CheckReport.formatVersion
    var algorithmVersion: String
    var threshold: Double
    var results: [QueryResult]

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case algorithmVersion = "algorithm_version"
        case threshold, results
    }

    struct QueryResult: Encodable {
        var query: String
        var matches: [MatchObject]
    }

    /// One match, the same object `screen --format jsonl` will emit.
    struct MatchObject: Encodable {
        var entityID: String
        var score: Double
        var matchedName: String
        var matchedNameKind: String
        var caption: String
        var kind: String
        var programs: [String]
        var sources: [String]
        var explanation: Explanation
        /// Present when the entity was reached through another list's record of the same party.
        var sameParty: String?

        enum CodingKeys: String, CodingKey {
            case entityID = "entity_id"
            case score
            case matchedName = "matched_name"
            case matchedNameKind = "matched_name_kind"
            case caption, kind, programs, sources, explanation
            case sameParty = "same_party_as"
        }

        init(_ match: Match) {
            entityID = match.entityID.rawValue
            score = match.score
            matchedName = match.matchedName.value
            matchedNameKind = match.matchedName.kind.rawValue
            caption = match.caption
            kind = match.kind.rawValue
            programs = match.programs
            sources = match.sources
            explanation = Explanation(match.explanation)
            sameParty = match.sameParty?.rawValue
        }
    }

    struct Explanation: Encodable {
        var summary: String
        var tokens: [Token]
        var unmatchedQuery: [String]
        var unmatchedName: [String]
        var adjustments: [Adjustment]

        enum CodingKeys: String, CodingKey {
            case summary, tokens, adjustments
            case unmatchedQuery = "unmatched_query"
            case unmatchedName = "unmatched_name"
        }

        struct Token: Encodable {
            var query: String
            var name: String
            var role: String
            var similarity: Double
            var method: String
        }

        struct Adjustment: Encodable {
            var rule: String
            var factor: Double
        }

        init(_ explanation: MatchExplanation) {
            summary = explanation.summary
            tokens = explanation.tokenMatches.map {
                Token(query: $0.query, name: $0.name, role: $0.role.rawValue, similarity: $0.similarity, method: $0.method)
            }
            unmatchedQuery = explanation.unmatchedQuery
            unmatchedName = explanation.unmatchedName
            adjustments = explanation.adjustments.map { Adjustment(rule: $0.rule, factor: ($0.factor * 1000).rounded() / 1000) }
        }
    }

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
