/// Pairs the words of two names one to one, most similar pairs first, in any order.
///
/// Word order does not matter ("MIKLASHEVICH, Valentin" ~ "Valentin Miklashevich"). Greedy best-first
/// pairing is exact for the few words names have when similarities are distinct, and it is what a reviewer
/// would do by eye.
///
/// Two words compare, in this order: equal after normalization (1.0, `exact`); equal romanization keys
/// (0.95, `romanization`: `Tehnolit` ~ `TEKHNOLIT`, `Миклашевич` ~ `MIKLASHEVICH`); the same cross-language
/// given name (0.90, `given_name_equivalent`: `Valentin` ~ `Valyantsin`); otherwise edit-distance
/// similarity of the words or of their keys, whichever is higher (`edit_distance`). Words shorter than
/// `fuzzyTokenMinimumLength` only pair when equal or key-equal.
struct TokenAligner: Sendable {
    struct Pair: Hashable {
        var queryIndex: Int
        var nameIndex: Int
        var similarity: Double
        var method: Method
    }

    /// How two words were found alike.
    enum Method: String, Hashable {
        case exact
        case romanization
        case givenNameEquivalent = "given_name_equivalent"
        case editDistance = "edit_distance"
    }

    static let romanizationSimilarity = 0.95
    static let givenNameSimilarity = 0.90

    var configuration: MatchConfiguration
    var metric: any StringSimilarity = LevenshteinSimilarity()

    func align(query: [NameToken], name: [NameToken]) -> [Pair] {
        var candidates: [Pair] = []
        for (queryIndex, queryToken) in query.enumerated() {
            for (nameIndex, nameToken) in name.enumerated() {
                if let (similarity, method) = compare(queryToken, nameToken) {
                    candidates.append(Pair(queryIndex: queryIndex, nameIndex: nameIndex, similarity: similarity, method: method))
                }
            }
        }
        // Best first; on ties prefer surnames, then earlier words, so results are deterministic.
        candidates.sort { left, right in
            if left.similarity != right.similarity { return left.similarity > right.similarity }
            let leftFamily = name[left.nameIndex].role == .family
            let rightFamily = name[right.nameIndex].role == .family
            if leftFamily != rightFamily { return leftFamily }
            return (left.queryIndex, left.nameIndex) < (right.queryIndex, right.nameIndex)
        }
        var usedQuery = Set<Int>()
        var usedName = Set<Int>()
        var pairs: [Pair] = []
        for candidate in candidates where !usedQuery.contains(candidate.queryIndex) && !usedName.contains(candidate.nameIndex) {
            usedQuery.insert(candidate.queryIndex)
            usedName.insert(candidate.nameIndex)
            pairs.append(candidate)
        }
        return pairs
    }

    /// How alike two words are, or nil when they are not alike enough to pair.
    func compare(_ a: NameToken, _ b: NameToken) -> (Double, Method)? {
        if a.bytes == b.bytes { return (1, .exact) }
        if a.keys.contains(where: { key in b.keys.contains(key) }) { return (Self.romanizationSimilarity, .romanization) }
        if let aClass = a.givenNameClass, aClass == b.givenNameClass, a.role.canBeGivenName, b.role.canBeGivenName {
            return (Self.givenNameSimilarity, .givenNameEquivalent)
        }
        if min(a.bytes.count, b.bytes.count) < configuration.fuzzyTokenMinimumLength { return nil }
        let cutoff = configuration.minimumTokenSimilarity
        var best = metric.similarity(a.bytes, b.bytes, cutoff: cutoff)
        // Keys fold romanization variants, so an edit on top of a variant still scores as one edit.
        best = max(best, metric.similarity(a.keys[0], b.keys[0], cutoff: cutoff))
        return best > 0 ? (min(best, Self.romanizationSimilarity - 0.01), .editDistance) : nil
    }
}

extension NameToken.Role {
    /// Given names, and words of names given whole (which may be given names).
    var canBeGivenName: Bool { self == .given || self == .word }
}
