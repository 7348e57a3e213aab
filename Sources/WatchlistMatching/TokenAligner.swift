/// Pairs the words of two names one to one, most similar pairs first, in any order.
///
/// Word order does not matter ("MIKLASHEVICH, Valentin" ~ "Valentin Miklashevich"). Greedy best-first
/// pairing is exact for the few words names have when similarities are distinct, and it is what a reviewer
/// would do by eye; among equal pairs, those of words with fewer alternatives go first.
///
/// How two words compare is `WordComparison`; the aligner only adds the word roles (a given-name
/// equivalence counts between words that can be given names) and picks the pairs.
struct TokenAligner: Sendable {
    struct Pair: Hashable {
        var queryIndex: Int
        var nameIndex: Int
        var similarity: Double
        var method: Method
    }

    /// How two words were found alike.
    enum Method: String, Hashable, Sendable {
        case exact
        case romanization
        case givenNameEquivalent = "given_name_equivalent"
        /// Patronymics of one given name (`Uladzimiravich` ~ `Vladimirovich`).
        case patronymicEquivalent = "patronymic_equivalent"
        case editDistance = "edit_distance"
        case consonantSkeleton = "consonant_skeleton"
        /// The words read the same once OCR confusions are folded (`OCRReading`).
        case ocrReading = "ocr_reading"
        /// The words translate each other (`OrganizationWordTranslations`: `medn` ~ `copper`).
        case translation
        case initial
        case truncated
        /// The query is the listed organization's acronym (`OrganizationAcronym`).
        case acronym
        /// Neighbouring query words spell the listed word (`CompoundJoin`: `Petro Chem` ~ `PETROCHEM`), or a
        /// query word spells neighbouring listed words (`ListedJoin`: `Gholamhossein` ~ `Gholam-Hossein`).
        case compound
    }

    /// Aligns two names whose word comparisons come from `comparison(queryIndex, nameIndex)` (nil: not
    /// alike), so a caller can look them up instead of computing them.
    func align(
        queryRoles: [NameToken.Role], nameRoles: [NameToken.Role], comparison: (Int, Int) -> WordComparison?
    ) -> [Pair] {
        var candidates: [Pair] = []
        for queryIndex in queryRoles.indices {
            for nameIndex in nameRoles.indices {
                guard let found = comparison(queryIndex, nameIndex),
                    let (similarity, method) = found.resolved(queryRole: queryRoles[queryIndex], nameRole: nameRoles[nameIndex])
                else { continue }
                candidates.append(Pair(queryIndex: queryIndex, nameIndex: nameIndex, similarity: similarity, method: method))
            }
        }
        if candidates.count > 1 {
            // How many pairs each word is in: on a tie, the pair whose words have fewer others goes first, so
            // a word alike to one word only is not left unpaired by a word that had others (`عبد` and
            // `العبيدي` both read as UBAIDI, but `عبد` also spells `Abdallah`).
            var queryPairs = [Int](repeating: 0, count: queryRoles.count)
            var namePairs = [Int](repeating: 0, count: nameRoles.count)
            for candidate in candidates {
                queryPairs[candidate.queryIndex] += 1
                namePairs[candidate.nameIndex] += 1
            }
            // Best first; on ties prefer surnames, then words of the same legal-form status, then the words
            // with fewer other pairs, then earlier words, so results are deterministic.
            candidates.sort { left, right in
                if left.similarity != right.similarity { return left.similarity > right.similarity }
                let leftFamily = nameRoles[left.nameIndex] == .family
                let rightFamily = nameRoles[right.nameIndex] == .family
                if leftFamily != rightFamily { return leftFamily }
                // A legal form's word with a legal form's, a name's word with a name's: the `COMPANY` of `JOINT
                // STOCK COMPANY` is not the one of `UNITED METALLURGICAL COMPANY`.
                let leftAlike = (queryRoles[left.queryIndex] == .legalForm) == (nameRoles[left.nameIndex] == .legalForm)
                let rightAlike = (queryRoles[right.queryIndex] == .legalForm) == (nameRoles[right.nameIndex] == .legalForm)
                if leftAlike != rightAlike { return leftAlike }
                let leftOthers = queryPairs[left.queryIndex] + namePairs[left.nameIndex]
                let rightOthers = queryPairs[right.queryIndex] + namePairs[right.nameIndex]
                if leftOthers != rightOthers { return leftOthers < rightOthers }
                return (left.queryIndex, left.nameIndex) < (right.queryIndex, right.nameIndex)
            }
        }
        var usedQuery = [Bool](repeating: false, count: queryRoles.count)
        var usedName = [Bool](repeating: false, count: nameRoles.count)
        var pairs: [Pair] = []
        for candidate in candidates where !usedQuery[candidate.queryIndex] && !usedName[candidate.nameIndex] {
            usedQuery[candidate.queryIndex] = true
            usedName[candidate.nameIndex] = true
            pairs.append(candidate)
        }
        return pairs
    }
}

extension NameToken.Role {
    /// Given names, and words of names given whole (which may be given names).
    var canBeGivenName: Bool { self == .given || self == .word }
    /// Whether a word in this role is a word of an organization's name (not a person's name part).
    var isOrganizationWord: Bool { self == .word || self == .genericWord }
    /// Whether a word in this role can be a patronymic: lists mark it as a given-name part, or not at all.
    var canBePatronymic: Bool { self == .given || self == .word || self == .patronymic }
}
