/// Adjacent query words that a list writes as one word: `Petro Chem` ~ `PETROCHEM`, `Belarus Rezino
/// Tekhnika` ~ `BELARUSREZINOTECHNIKA`, `Al Haramain` ~ `ALHARAMAIN`.
///
/// Two or three neighbouring words are joined and the joined word is compared with the listed words by
/// spelling and romanization key only (1.0 `exact`, 0.95 `romanization`; no edit distance, so a join
/// costs two hash lookups, not an approximate search). A listed word equal to the join pairs with every
/// word of it (`compound`), when that scores better than pairing the words one by one.
///
/// Words of one letter (initials), legal forms, and the pieces a compound name was split into
/// (`NameParticles`: `Abdulrahman` gives `abd` and `abdulrahman`) are not joined, nor are words across a
/// comma (`XING, Hua` is a surname and a given name, not `XINGHUA CO., LIMITED`).
///
/// Two words in Arabic script are joined as written (`رجب پور` ~ `RAJABPOUR`, `حسن‌زاده` ~ `HASSANZADEH`:
/// Persian writes the parts of a compound apart) into a word of their own (`token`), which compares with
/// listed words as a word does, letters and consonant skeletons included, since the script's words have
/// no romanization key to look up; it counts when it reaches `ListedJoin.minimumSimilarity`.
struct CompoundJoin: Sendable {
    /// The query words joined: consecutive indices.
    var words: Range<Int>
    /// The joined normalized words.
    var bytes: [UInt8]
    /// The romanization key of the joined word (`RomanizationKey`).
    var key: [UInt8]
    /// The joined word, for words in Arabic script.
    var token: NameToken? = nil

    static let maximumWords = 3
    /// The joined word must have at least this many letters: `Al Ko` is not the `ALKO` it spells.
    static let minimumLength = 6

    /// The joins of a query's words, whose organization reading says which are legal forms;
    /// `arabicScriptWord(text)` is the one word `text` (words in Arabic script written together) tokenizes
    /// to, or nil when it is not one word.
    static func joins(
        of tokens: [NameToken], organizationRoles: [NameToken.Role], arabicScriptWord: (String) -> NameToken? = { _ in nil }
    ) -> [CompoundJoin] {
        guard tokens.count >= 2 else { return [] }
        func joinable(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.bytes.count >= 2 && !token.isAbjadScript && organizationRoles[index] != .legalForm
        }
        var joins: [CompoundJoin] = []
        for start in tokens.indices.dropLast() {
            let (first, second) = (tokens[start], tokens[start + 1])
            guard first.isAbjadScript, second.isAbjadScript, !second.startsClause, first.original != second.original,
                organizationRoles[start] != .legalForm, organizationRoles[start + 1] != .legalForm,
                let token = arabicScriptWord(first.original + second.original), token.bytes.count >= minimumLength
            else { continue }
            joins.append(CompoundJoin(words: start..<(start + 2), bytes: token.bytes, key: token.keys[0], token: token))
        }
        for start in tokens.indices where joinable(start) {
            var bytes = tokens[start].bytes
            var end = start + 1
            while end < tokens.count, end - start < maximumWords, joinable(end), !tokens[end].startsClause,
                tokens[end].original != tokens[end - 1].original
            {
                bytes += tokens[end].bytes
                end += 1
                guard bytes.count >= minimumLength else { continue }
                joins.append(CompoundJoin(words: start..<end, bytes: bytes, key: RomanizationKey.key(forBytes: bytes)))
            }
        }
        return joins
    }

    /// What the join counts for against a listed word: 1 for the same spelling, 0.95 (as `WordComparison`'s
    /// romanization) when the word has the join's key; an Arabic-script join what its comparison says
    /// (`similarity(of:)`); nil otherwise.
    func similarity(to listed: borrowing some ComparableWord, configuration: MatchConfiguration) -> Double? {
        if let token {
            guard let comparison = WordComparison(token, listed, configuration: configuration) else { return nil }
            return Self.similarity(of: comparison)
        }
        if listed.bytes == bytes { return 1 }
        for index in listed.keys.indices where listed.keys[index] == key { return WordComparison.romanizationSimilarity }
        return nil
    }

    /// What an Arabic-script join's comparison with a listed word counts for: its similarity when that
    /// reaches `ListedJoin.minimumSimilarity` by the same spelling, a romanization key or the consonants
    /// (`ListedWordTable.arabicJoinComparisons(for:)` finds those by hash lookups); not by edit distance,
    /// which would cost an approximate search per pair of query words.
    static func similarity(of comparison: WordComparison) -> Double? {
        guard comparison.similarity >= ListedJoin.minimumSimilarity,
            [.exact, .romanization, .consonantSkeleton].contains(comparison.method)
        else { return nil }
        return comparison.similarity
    }
}
