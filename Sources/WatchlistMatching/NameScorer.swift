import Foundation
import WatchlistCore

/// Scores a query against one listed name: token alignment, weighted coverage of both names, then rules.
///
/// The score is `queryCoverage * (0.8 + 0.2 * nameCoverage)`: every word of the query must be explained by
/// the listed name, while words of the listed name missing from the query (a patronymic, a legal form, a
/// second given name) cost a little. Coverage weights each word by what it says about identity:
/// surnames and distinctive words 1, given names 0.7, patronymics, initials and generic organization words
/// 0.25, legal forms 0.
/// Then: a match on generic words only is capped at 0.5; a listed name with a marked surname that the
/// query does not match is multiplied by 0.75; a match on less than 0.4 of a listed organization's name,
/// three of its words or more missing, by 0.9 (unless the query word is the acronym of the missing
/// words). A weak alias scores `weakAliasExactScore` on an exact match and nothing otherwise, as does a query
/// that is the acronym a listed organization's name spells out itself (`ABDALLAH AZZAM BRIGADES (AAB)`). A
/// query that is a listed organization's acronym (`OrganizationAcronym`) scores
/// `OrganizationAcronym.similarity` when its words score less.
struct NameScorer: Sendable {
    var configuration: MatchConfiguration

    /// A score with the pairs and rules behind it; `explanation(...)` turns it into a `MatchExplanation`.
    struct Result {
        var score: Double
        var pairs: [TokenAligner.Pair]
        var adjustments: [MatchExplanation.Adjustment]
        /// When the query matched as the name's acronym: the name's tokens that gave its letters.
        var acronymTokens: [Int]? = nil
    }

    /// Scores comparing the words directly (`prefixKinds`: `PrefixRule` kinds of the query words);
    /// `joinWords` are the name's `ListedJoin` words when the caller keeps them (a matcher's word table),
    /// made here otherwise.
    func score(
        _ query: PreparedQuery.Reading, against name: PreparedName, prefixKinds: [PrefixRule.Kind?],
        joinWords: [ListedWordTable.Word]? = nil
    ) -> Result? {
        let joinTokens = joinWords == nil ? name.joins.map(\.token) : []
        return score(
            query, against: name,
            comparison: { queryIndex, nameIndex in
                PrefixRule.best(
                    WordComparison(query.tokens[queryIndex], name.tokens[nameIndex], configuration: configuration),
                    PrefixRule.comparison(prefixKinds[queryIndex], query: query.tokens[queryIndex].bytes, listed: name.tokens[nameIndex].bytes))
            },
            joinSimilarity: { joinIndex, nameIndex in
                query.joins[joinIndex].similarity(to: name.tokens[nameIndex], configuration: configuration)
            },
            listedJoinComparison: { queryIndex, joinIndex in
                if let joinWords { return WordComparison(query.tokens[queryIndex], joinWords[joinIndex], configuration: configuration) }
                return WordComparison(query.tokens[queryIndex], joinTokens[joinIndex], configuration: configuration)
            })
    }

    /// Scores with the word comparisons given by `comparison(queryIndex, nameIndex)`, what each of the
    /// query's `CompoundJoin`s counts for against a listed word by `joinSimilarity(joinIndex, nameIndex)`,
    /// and how a query word compares with each of the name's `ListedJoin`s by
    /// `listedJoinComparison(queryIndex, joinIndex)`.
    func score(
        _ query: PreparedQuery.Reading, against name: PreparedName, comparison: (Int, Int) -> WordComparison?,
        joinSimilarity: (Int, Int) -> Double? = { _, _ in nil },
        listedJoinComparison: (Int, Int) -> WordComparison? = { _, _ in nil }
    ) -> Result? {
        guard name.reading == .organization else {
            // Words of a person's name are names, not vocabulary: `Moskovskiy` the surname is not `Moscow`.
            return scoreName(
                query, against: name, comparison: { comparison($0, $1)?.withoutTranslation }, joinSimilarity: joinSimilarity,
                listedJoinComparison: { listedJoinComparison($0, $1)?.withoutTranslation })
        }
        return scoreName(
            query, against: name, comparison: comparison, joinSimilarity: joinSimilarity, listedJoinComparison: listedJoinComparison)
    }

    private func scoreName(
        _ query: PreparedQuery.Reading, against name: PreparedName, comparison: (Int, Int) -> WordComparison?,
        joinSimilarity: (Int, Int) -> Double?, listedJoinComparison: (Int, Int) -> WordComparison?
    ) -> Result? {
        guard !query.tokens.isEmpty, !name.tokens.isEmpty else { return nil }
        let queryRoles = query.roles
        let nameRoles = name.roles
        if name.kind == .weakAlias {
            guard query.exactKey == name.exactKey else { return nil }
            let pairs = TokenAligner().align(queryRoles: queryRoles, nameRoles: nameRoles, comparison: comparison)
            let adjustment = MatchExplanation.Adjustment(
                rule: "weak alias (exact match only)", factor: configuration.weakAliasExactScore)
            return Result(score: configuration.weakAliasExactScore, pairs: pairs, adjustments: [adjustment])
        }
        var wordsResult = scoreWords(query, against: name, comparison: comparison)
        if !query.joins.isEmpty, let joined = scoreWordsJoining(query, against: name, comparison: comparison, joinSimilarity: joinSimilarity),
            joined.score > wordsResult?.score ?? 0
        {
            wordsResult = joined
        }
        if !name.joins.isEmpty, let split = scoreWordsSplitting(query, against: name, comparison: comparison, listedJoinComparison: listedJoinComparison),
            split.score > wordsResult?.score ?? 0
        {
            wordsResult = split
        }
        if let acronym = name.acronym, acronym.letters == query.acronymKey,
            (wordsResult?.score ?? 0) < OrganizationAcronym.similarity
        {
            let queryIndex = query.tokens.firstIndex { $0.role != .legalForm } ?? 0
            let pair = TokenAligner.Pair(
                queryIndex: queryIndex, nameIndex: acronym.tokens[0], similarity: OrganizationAcronym.similarity, method: .acronym)
            return Result(score: OrganizationAcronym.similarity, pairs: [pair], adjustments: [], acronymTokens: acronym.tokens)
        }
        return wordsResult
    }

    /// Scores by aligning the words.
    private func scoreWords(
        _ query: PreparedQuery.Reading, against name: PreparedName, comparison: (Int, Int) -> WordComparison?
    ) -> Result? {
        let pairs = TokenAligner().align(
            queryRoles: query.roles, nameRoles: name.roles, comparison: comparison)
        return score(pairs, query: query, name: name)
    }

    /// Scores by pairing joined query words with the listed words that spell them first (best first), then
    /// aligning the other words; nil when no join pairs.
    private func scoreWordsJoining(
        _ query: PreparedQuery.Reading, against name: PreparedName, comparison: (Int, Int) -> WordComparison?,
        joinSimilarity: (Int, Int) -> Double?
    ) -> Result? {
        var candidates: [(join: Int, nameIndex: Int, similarity: Double)] = []
        for joinIndex in query.joins.indices {
            for nameIndex in name.tokens.indices {
                if let similarity = joinSimilarity(joinIndex, nameIndex) { candidates.append((joinIndex, nameIndex, similarity)) }
            }
        }
        guard !candidates.isEmpty else { return nil }
        // Best first; then longer joins; then earlier, so results are deterministic.
        candidates.sort { left, right in
            if left.similarity != right.similarity { return left.similarity > right.similarity }
            let (leftWords, rightWords) = (query.joins[left.join].words, query.joins[right.join].words)
            if leftWords.count != rightWords.count { return leftWords.count > rightWords.count }
            return (left.join, left.nameIndex) < (right.join, right.nameIndex)
        }
        var usedQuery = [Bool](repeating: false, count: query.tokens.count)
        var usedName = [Bool](repeating: false, count: name.tokens.count)
        var pairs: [TokenAligner.Pair] = []
        for candidate in candidates {
            let words = query.joins[candidate.join].words
            guard !usedName[candidate.nameIndex], !words.contains(where: { usedQuery[$0] }) else { continue }
            usedName[candidate.nameIndex] = true
            for queryIndex in words {
                usedQuery[queryIndex] = true
                pairs.append(.init(queryIndex: queryIndex, nameIndex: candidate.nameIndex, similarity: candidate.similarity, method: .compound))
            }
        }
        pairs += TokenAligner().align(queryRoles: query.roles, nameRoles: name.roles) { queryIndex, nameIndex in
            usedQuery[queryIndex] || usedName[nameIndex] ? nil : comparison(queryIndex, nameIndex)
        }
        return score(pairs, query: query, name: name)
    }

    /// Scores by pairing query words with the listed joins (`ListedJoin`) they spell first (best first), then
    /// aligning the other words; nil when no query word spells a join.
    private func scoreWordsSplitting(
        _ query: PreparedQuery.Reading, against name: PreparedName, comparison: (Int, Int) -> WordComparison?,
        listedJoinComparison: (Int, Int) -> WordComparison?
    ) -> Result? {
        var candidates: [(queryIndex: Int, join: Int, similarity: Double)] = []
        for queryIndex in query.tokens.indices {
            for joinIndex in name.joins.indices {
                let join = name.joins[joinIndex]
                guard let found = listedJoinComparison(queryIndex, joinIndex),
                    let (similarity, method) = found.resolved(queryRole: query.tokens[queryIndex].role, nameRole: join.role),
                    ListedJoin.pairs(query.tokens[queryIndex], similarity: similarity, method: method),
                    // The join must beat what the query word gets from either word alone.
                    join.words.allSatisfy({ nameIndex in
                        comparison(queryIndex, nameIndex)
                            .flatMap { $0.resolved(queryRole: query.tokens[queryIndex].role, nameRole: name.tokens[nameIndex].role)?.0 }
                            ?? 0 < similarity
                    })
                else { continue }
                candidates.append((queryIndex, joinIndex, similarity))
            }
        }
        guard !candidates.isEmpty else { return nil }
        candidates.sort { left, right in
            if left.similarity != right.similarity { return left.similarity > right.similarity }
            return (left.queryIndex, left.join) < (right.queryIndex, right.join)
        }
        var usedQuery = [Bool](repeating: false, count: query.tokens.count)
        var usedName = [Bool](repeating: false, count: name.tokens.count)
        var pairs: [TokenAligner.Pair] = []
        for candidate in candidates {
            let words = name.joins[candidate.join].words
            guard !usedQuery[candidate.queryIndex], !words.contains(where: { usedName[$0] }) else { continue }
            usedQuery[candidate.queryIndex] = true
            for nameIndex in words {
                usedName[nameIndex] = true
                pairs.append(.init(queryIndex: candidate.queryIndex, nameIndex: nameIndex, similarity: candidate.similarity, method: .compound))
            }
        }
        pairs += TokenAligner().align(queryRoles: query.roles, nameRoles: name.roles) { queryIndex, nameIndex in
            usedQuery[queryIndex] || usedName[nameIndex] ? nil : comparison(queryIndex, nameIndex)
        }
        return score(pairs, query: query, name: name)
    }

    /// The score of an alignment. A word that pairs with several words of the other name (`compound`: a
    /// listed word several query words spell, a query word that spells several listed words) counts once.
    private func score(_ pairs: [TokenAligner.Pair], query: PreparedQuery.Reading, name: PreparedName) -> Result? {
        let queryRoles = query.roles
        let nameRoles = name.roles
        let pairedQuery = Set(pairs.map(\.queryIndex))
        let nasab = query.hasNasab && name.reading == .person
            && (1..<(query.tokens.count - 1)).contains { !pairedQuery.contains($0) } && !pairedQuery.isEmpty
        let queryShares = nasab ? Self.nasabShares(query.tokens, paired: pairedQuery) : query.shares
        // Initials and truncated words only add to a match made by other words that count (a legal form
        // weighs nothing: `LLC Geos` is no match for GEOSCAN LLC).
        guard pairs.contains(where: { !PrefixRule.isPrefix($0.method) && queryShares[$0.queryIndex] > 0 }) else { return nil }

        let nameShares = name.shares
        var queryCovered = 0.0
        // The coverage at the query's own shares, for the factor the nasab rule made (the explanation).
        var plainCovered = 0.0
        var nameCovered = 0.0
        var queriesCounted = Set<Int>()
        var namesCounted = Set<Int>()
        for pair in pairs {
            if pair.method != .compound || queriesCounted.insert(pair.queryIndex).inserted {
                queryCovered += queryShares[pair.queryIndex] * pair.similarity
                plainCovered += query.shares[pair.queryIndex] * pair.similarity
            }
            if pair.method != .compound || namesCounted.insert(pair.nameIndex).inserted {
                nameCovered += nameShares[pair.nameIndex] * pair.similarity
            }
        }
        var score = queryCovered * (0.8 + 0.2 * nameCovered)
        var adjustments: [MatchExplanation.Adjustment] = []
        if nasab, plainCovered > 0, queryCovered > plainCovered {
            adjustments.append(.init(rule: "father's or grandfather's name not in the listed name", factor: queryCovered / plainCovered))
        }

        let matchedDistinctive = pairs.contains { pair in
            let role = nameRoles[pair.nameIndex]
            let queryRole = queryRoles[pair.queryIndex]
            return role != .genericWord && role != .legalForm && role != .patronymic && queryRole != .genericWord
                && queryRole != .patronymic
        }
        if !matchedDistinctive, score > 0.5 {
            adjustments.append(.init(rule: "only generic words matched", factor: 0.5 / score))
            score = 0.5
        }
        // The one query word is an acronym the listed organization's name spells out (decides both rules below).
        let spellsOutQuery = name.reading == .organization && Self.spellsOutItsOtherWords(pairs, query: query, name: name)
        // "Sodruzhestvo" against "Sodruzhestvo Ofitserov za Mezhdunarodnuyu Bezopasnost": one word of a
        // listed organization whose other words say most of what it is.
        // Not "FIF" against "Falah-i-Insaniat Foundation (FIF)": a query word the name spells out.
        if name.reading == .organization, nameCovered < Self.organizationCoverageFloor,
            name.tokens.indices.filter({ index in
                nameRoles[index] == .word && name.tokens[index].bytes.count > 2 && !pairs.contains { $0.nameIndex == index }
            }).count >= 3, !spellsOutQuery
        {
            adjustments.append(.init(rule: "most of the listed name not in the query", factor: Self.partialOrganizationFactor))
            score *= Self.partialOrganizationFactor
        }
        // "Beijing Technology" against "BEIJING JIAHEHENGDE TECHNOLOGY CO": a place and a kind of business,
        // while the listed company's own name is not in the query.
        if name.reading == .organization, Self.sharesOnlyPlaces(pairs, name: name) {
            adjustments.append(.init(rule: "only a place matched; the listed name's own word is not in the query", factor: Self.placeOnlyFactor))
            score *= Self.placeOnlyFactor
        }
        // "AAB" against "ABDALLAH AZZAM BRIGADES (AAB)": the list gives the acronym itself, so the query is a
        // short name of the party, scored as a weak alias is (more than initials that only happen to agree).
        if spellsOutQuery, pairs[0].similarity == 1, queryCovered > 0.999, score < configuration.weakAliasExactScore {
            adjustments.append(.init(rule: "the listed name spells out the query (its acronym)", factor: configuration.weakAliasExactScore / score))
            score = configuration.weakAliasExactScore
        }
        if nameRoles.contains(.family), !pairs.contains(where: { nameRoles[$0.nameIndex] == .family }) {
            adjustments.append(.init(rule: "no surname matched", factor: 0.75))
            score *= 0.75
        }
        return Result(score: min(1, score), pairs: pairs, adjustments: adjustments)
    }

    /// What a middle word of a person's name in Arabic script weighs, relative to its role's weight, when it
    /// pairs with no listed word: `حسن محمد علي الورديان` is Hassan son of Mohammad son of Ali al-Wardian, and
    /// lists write him `Hassan AL-WARDIAN` (the nasab left out), as Latin lists leave out a patronymic.
    static let nasabWeight = 0.25

    /// Whether `tokens` read as `reading` are a person's name in Arabic script of three words or more, whose
    /// middle words may be a nasab.
    static func hasNasab(_ tokens: [NameToken], reading: NameTokenizer.Reading) -> Bool {
        reading == .person && tokens.count >= 3 && tokens.allSatisfy(\.isAbjadScript)
    }

    /// The query's shares with its unpaired middle words at `nasabWeight`.
    static func nasabShares(_ tokens: [NameToken], paired: Set<Int>) -> [Double] {
        var weights = tokens.map { weight($0, reading: .person) }
        for index in 1..<(tokens.count - 1) where !paired.contains(index) { weights[index] *= nasabWeight }
        let total = weights.reduce(0, +)
        return total > 0 ? weights.map { $0 / total } : weightShares(tokens, reading: .person)
    }

    /// Each word's weight over the least total the words can weigh (every middle word at `nasabWeight`): no
    /// pairing gives a word a larger share, so the candidate index bounds scores with these.
    static func nasabBoundShares(_ tokens: [NameToken], reading: NameTokenizer.Reading) -> [Double] {
        let weights = tokens.map { weight($0, reading: reading) }
        let least = weights.indices.reduce(0) { total, index in
            total + (index == 0 || index == weights.count - 1 ? weights[index] : weights[index] * nasabWeight)
        }
        return least > 0 ? weights.map { $0 / least } : weightShares(tokens, reading: reading)
    }

    /// What an initial (a letter alone in a person's name) weighs at most: `Svetlana V. Ukhnalyova` is
    /// `Svetlana Ukhnalyova` with a middle initial, which says little about who she is. In an organization's
    /// name a letter may be all that tells two companies apart (`Alfa A`, `Alfa B`), so it keeps its weight.
    static let initialWeight = 0.25

    /// What an honorific (`NameParticles.isHonorific`: `Haji`, `Sayyid`, `سید`) weighs in a person's name: a
    /// title says nothing about who it is, and lists and customer records write it or leave it out, so
    /// `سید اسماعیل خطیب` is `KHATIB, Esmail`.
    static let honorificWeight = 0.1

    /// What a word weighs in a name read as `reading`: its role's weight, and little for a person's initial
    /// or honorific.
    static func weight(_ token: NameToken, reading: NameTokenizer.Reading) -> Double {
        if reading == .person, token.bytes.count == 1, token.role != .legalForm, token.bytes[0] >= 0x61, token.bytes[0] <= 0x7A {
            return min(weight(token.role), initialWeight)
        }
        if reading == .person, token.role == .genericWord, NameParticles.isHonorific(token) { return honorificWeight }
        return weight(token.role)
    }

    static func weight(_ role: NameToken.Role) -> Double {
        switch role {
        case .family, .word: 1
        case .given: 0.7
        case .genericWord, .patronymic: 0.25
        case .legalForm: 0
        }
    }

    /// The weighted share of a listed organization's name below which the query is taken to name only a
    /// part of it (when three of its words or more are missing), and the factor that costs (`watchlist
    /// eval`: the negatives' false positives).
    static let organizationCoverageFloor = 0.4
    static let partialOrganizationFactor = 0.9

    /// What a match on place names alone costs (`sharesOnlyPlaces`): enough that it never reaches the default
    /// threshold, since such a listed name always has a word the query lacks.
    static let placeOnlyFactor = 0.8

    /// Whether the distinctive words of a listed organization's name that the query matched only say where
    /// it is and what it does (places, `PlaceNames`, and words of the translation table, `aviation`,
    /// `technical`), while a word of its own name is not in the query: the query says where a company is and
    /// what it does, not which company it is.
    ///
    /// Runs for every organization the scorer visits, so it allocates nothing and stops at the first
    /// matched word of the company's own name (the usual case).
    private static func sharesOnlyPlaces(_ pairs: [TokenAligner.Pair], name: PreparedName) -> Bool {
        func isPlaceOrBusiness(_ index: Int) -> Bool {
            name.tokens[index].translationClass != nil || PlaceNames.isPlace(name.tokens[index])
        }
        var matchedPlace = false
        for pair in pairs where name.tokens[pair.nameIndex].role == .word {
            guard isPlaceOrBusiness(pair.nameIndex) else { return false }
            matchedPlace = matchedPlace || PlaceNames.isPlace(name.tokens[pair.nameIndex])
        }
        guard matchedPlace else { return false }
        return name.tokens.indices.contains { index in
            name.tokens[index].role == .word && name.tokens[index].bytes.count >= 2
                && !pairs.contains(where: { $0.nameIndex == index }) && !isPlaceOrBusiness(index)
        }
    }

    /// Whether the one query word paired is an acronym of the listed name's other words: their initials
    /// from the first, some skipped ("KIB" for "Katibat al-Imam al-Bukhari (KIB)").
    private static func spellsOutItsOtherWords(_ pairs: [TokenAligner.Pair], query: PreparedQuery.Reading, name: PreparedName) -> Bool {
        guard pairs.count == 1 else { return false }
        let letters = query.tokens[pairs[0].queryIndex].bytes
        guard (OrganizationAcronym.minimumLength...OrganizationAcronym.maximumLength).contains(letters.count) else { return false }
        let initials = name.tokens.indices.filter { $0 != pairs[0].nameIndex && name.tokens[$0].role != .legalForm }
            .compactMap { name.tokens[$0].bytes.first }
        guard initials.first == letters.first else { return false }
        var next = letters.startIndex
        for initial in initials where next < letters.endIndex && initial == letters[next] { next += 1 }
        return next == letters.endIndex
    }

    /// Each word's share of the name's weight (summing to 1); a name made only of legal forms still has to
    /// weigh something, so its words then share equally.
    static func weightShares(_ tokens: [NameToken], reading: NameTokenizer.Reading) -> [Double] {
        let weights = tokens.map { weight($0, reading: reading) }
        let total = weights.reduce(0, +)
        return total > 0 ? weights.map { $0 / total } : weights.map { _ in 1 / Double(weights.count) }
    }

    /// The explanation of a result: the token pairs in query order, the unpaired words, the rules.
    func explanation(_ result: Result, query: PreparedQuery.Reading, name: PreparedName) -> MatchExplanation {
        let matches = result.pairs.sorted { $0.queryIndex < $1.queryIndex }.map { pair in
            // An acronym pairs the query word with every word that gave a letter.
            let nameWords = result.acronymTokens.map { $0.map { name.tokens[$0].original }.joined(separator: " ") }
            return MatchExplanation.TokenMatch(
                query: query.tokens[pair.queryIndex].original, name: nameWords ?? name.tokens[pair.nameIndex].original,
                role: name.tokens[pair.nameIndex].role, similarity: (pair.similarity * 1000).rounded() / 1000,
                method: pair.method.rawValue)
        }
        let pairedQuery = Set(result.pairs.map(\.queryIndex))
        let pairedName = Set(result.pairs.map(\.nameIndex)).union(result.acronymTokens ?? [])
        return MatchExplanation(
            nameKind: name.kind, tokenMatches: matches,
            unmatchedQuery: query.tokens.indices.filter { !pairedQuery.contains($0) && query.tokens[$0].role != .legalForm }
                .map { query.tokens[$0].original },
            // A word read as two (`ABDALLAH`: abd, allah) is named once.
            unmatchedName: name.tokens.indices.filter { !pairedName.contains($0) && name.tokens[$0].role != .legalForm }
                .filter { $0 == 0 || name.tokens[$0 - 1].original != name.tokens[$0].original }
                .map { name.tokens[$0].original },
            adjustments: result.adjustments)
    }
}
