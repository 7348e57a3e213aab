/// Pairs the words of two names one to one, most similar pairs first, in any order.
///
/// Word order does not matter ("MIKLASHEVICH, Valentin" ~ "Valentin Miklashevich"). Greedy best-first
/// pairing is exact for the few words names have when similarities are distinct, and it is what a reviewer
/// would do by eye.
struct TokenAligner: Sendable {
    struct Pair: Hashable {
        var queryIndex: Int
        var nameIndex: Int
        var similarity: Double
    }

    var configuration: MatchConfiguration
    var metric: any StringSimilarity = LevenshteinSimilarity()

    func align(query: [[UInt8]], name: [[UInt8]], nameRoles: [NameToken.Role]) -> [Pair] {
        var candidates: [Pair] = []
        for (queryIndex, queryToken) in query.enumerated() {
            for (nameIndex, nameToken) in name.enumerated() {
                let similarity = tokenSimilarity(queryToken, nameToken)
                if similarity > 0 {
                    candidates.append(Pair(queryIndex: queryIndex, nameIndex: nameIndex, similarity: similarity))
                }
            }
        }
        // Best first; on ties prefer surnames, then earlier words, so results are deterministic.
        candidates.sort { left, right in
            if left.similarity != right.similarity { return left.similarity > right.similarity }
            let leftFamily = nameRoles[left.nameIndex] == .family
            let rightFamily = nameRoles[right.nameIndex] == .family
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

    func tokenSimilarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a == b { return 1 }
        if min(a.count, b.count) < configuration.fuzzyTokenMinimumLength { return 0 }
        return metric.similarity(a, b, cutoff: configuration.minimumTokenSimilarity)
    }
}
