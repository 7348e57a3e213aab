/// Query words that stand for a longer listed word: an initial (`V. Miklashevich`) and the last word of a
/// name cut short (`LEBANESE COMPANY FOR INFORMATION AN`, as a 35-character payment field leaves it).
///
/// Such a word pairs with a listed word that starts with it, at 0.85 (`initial`, `truncated`), when
/// nothing better pairs them. It only ever adds to a match: a name whose pairs are all initials or
/// truncations (or those and weightless legal forms) does not match (`V` alone finds nothing).
enum PrefixRule {
    static let similarity = 0.85

    /// What a query word may stand for.
    enum Kind: Sendable {
        case initial
        case truncated
    }

    /// The prefix kind of each query word: one letter is an initial (when the query has other words); the
    /// last word of a query of three words or more may be truncated.
    static func kinds(of tokens: [NameToken]) -> [Kind?] {
        tokens.indices.map { index in
            let length = tokens[index].bytes.count
            if length == 1, tokens.count > 1 { return .initial }
            if index == tokens.count - 1, tokens.count >= 3, length >= 2 { return .truncated }
            return nil
        }
    }

    /// The comparison the rule gives a query word of `kind` against a listed word, or nil.
    static func comparison(_ kind: Kind?, query: [UInt8], listed: [UInt8]) -> WordComparison? {
        guard let kind, listed.count > query.count, listed.starts(with: query) else { return nil }
        return WordComparison(
            similarity: similarity, method: kind == .initial ? .initial : .truncated, sameGivenName: false)
    }

    /// The better of the ordinary comparison and the rule's.
    static func best(_ ordinary: WordComparison?, _ prefix: WordComparison?) -> WordComparison? {
        guard let prefix else { return ordinary }
        guard let ordinary else { return prefix }
        return ordinary.upperBound >= prefix.similarity ? ordinary : prefix
    }

    /// Whether a pair came from this rule.
    static func isPrefix(_ method: TokenAligner.Method) -> Bool {
        method == .initial || method == .truncated
    }
}
