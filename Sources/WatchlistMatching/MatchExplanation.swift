import Foundation
import WatchlistCore

/// Why a name matched: which listed name, which token pairs, and which rules changed the score.
public struct MatchExplanation: Hashable, Sendable, Codable {
    /// One pairing of a query word with a word of the listed name.
    public struct TokenMatch: Hashable, Sendable, Codable {
        /// The query word as written.
        public var query: String
        /// The listed name's word as written.
        public var name: String
        /// What the listed word is (family name, given name, word, generic word, legal form).
        public var role: NameToken.Role
        /// Similarity of the normalized words, 0...1.
        public var similarity: Double
        /// How they compare: `exact` (equal after normalization) or `edit_distance`.
        public var method: String
    }

    /// A rule that changed the score, e.g. "no surname matched".
    public struct Adjustment: Hashable, Sendable, Codable {
        public var rule: String
        /// The factor applied (a cap is reported as the ratio it caused).
        public var factor: Double
    }

    /// The kind of the listed name that matched.
    public var nameKind: NameKind
    public var tokenMatches: [TokenMatch]
    /// Query words that found no partner (legal forms excluded).
    public var unmatchedQuery: [String]
    /// Listed-name words that found no partner (legal forms excluded).
    public var unmatchedName: [String]
    public var adjustments: [Adjustment]

    /// One line for people: `"Miklashevich" ~ "MIKLASHEVICH" (surname, exact); ...`.
    public var summary: String {
        var parts = tokenMatches.map { pair in
            let how = pair.method == "exact" ? "exact" : String(format: "%.2f", pair.similarity)
            return "\"\(pair.query)\" ~ \"\(pair.name)\" (\(pair.role.label), \(how))"
        }
        if !unmatchedName.isEmpty { parts.append("not in query: \(unmatchedName.joined(separator: " "))") }
        if !unmatchedQuery.isEmpty { parts.append("unmatched: \(unmatchedQuery.joined(separator: " "))") }
        parts += adjustments.map { "\($0.rule) x\(String(format: "%.2f", $0.factor))" }
        return parts.joined(separator: "; ")
    }
}

extension NameToken.Role {
    /// A word for people: `surname`, `given name`, ...
    public var label: String {
        switch self {
        case .family: "surname"
        case .given: "given name"
        case .word: "word"
        case .genericWord: "generic word"
        case .patronymic: "patronymic"
        case .legalForm: "legal form"
        }
    }
}
