/// Neighbouring words of a listed name written as one word, for a query that writes them so:
/// `Gholamhossein` ~ `Gholam-Hossein`, `ALHARAMEIN` ~ `Al-Haramain`, `غلامحسین` ~ `Gholam-Hossein`.
///
/// The other way round from `CompoundJoin`, which joins query words. A listed join is a word of the
/// watchlist like any other (`ListedWordTable` looks it up by spelling, key, skeleton and edit distance),
/// so a query word finds it the way it finds a word; when it pairs, the query word pairs with each listed
/// word of the join (`compound`).
///
/// Only two words are joined, and only words of one part (`HASSAN ZADEH` in a surname, `Gholam
/// Hossein` in the given names, not a given name with the surname after it; a particle with the word after
/// it), neither an initial nor a
/// legal form, nor in Arabic or Chinese script (those are compared letter by letter with the query), nor
/// across a comma, nor the particle and the compound `NameParticles` made of one written word.
struct ListedJoin: Sendable {
    /// The listed words joined: two consecutive indices.
    var words: Range<Int>
    /// The joined normalized words.
    var text: String
    /// The words as written, joined.
    var original: String
    /// The role of the words (a word's, when a particle joins one).
    var role: NameToken.Role

    /// The joined word, with its keys and skeletons as if it were written so. Made when asked for, not kept:
    /// the word table keeps one copy of each, and a watchlist has about as many joins as names.
    var token: NameToken { NameToken(text: text, original: original, role: role) }

    /// The least similarity a query word needs with a join: a long word spelled a little differently
    /// (`ALHARAMEIN` ~ `alharamain`), not a loose likeness (`BARROS` is no `BARRERA RIOS`).
    static let minimumSimilarity = 0.88
    /// The fewest letters an Arabic-script query word needs to pair with a join: compounds are long
    /// (`محمدرضا`, `غلامحسین`), and a short word's few consonants fit many joins.
    static let minimumAbjadLetters = 5

    /// Whether `query` pairs with a join it compares with at `similarity` by `method`. Consonant skeletons
    /// of Latin words do not count: a join has so many consonants that loose readings of them abound.
    static func pairs(_ query: NameToken, similarity: Double, method: TokenAligner.Method) -> Bool {
        guard similarity >= minimumSimilarity else { return false }
        guard method == .consonantSkeleton else { return true }
        return query.isAbjadScript && query.original.unicodeScalars.count >= minimumAbjadLetters
    }

    /// The joins of a listed name's words.
    static func joins(of tokens: [NameToken]) -> [ListedJoin] {
        guard tokens.count >= 2 else { return [] }
        func joinable(_ token: NameToken) -> Bool {
            token.bytes.count >= 2 && token.role != .legalForm && !token.isAbjadScript && !token.isHanSyllable
        }
        var joins: [ListedJoin] = []
        for end in 1..<tokens.count {
            let (first, second) = (tokens[end - 1], tokens[end])
            guard joinable(first), joinable(second), Self.sameRole(first.role, second.role), !second.startsClause,
                first.original != second.original
            else { continue }
            let text = first.text + second.text
            guard text.utf8.count >= CompoundJoin.minimumLength else { continue }
            let role = first.role == .genericWord ? second.role : first.role
            joins.append(ListedJoin(words: (end - 1)..<(end + 1), text: text, original: first.original + second.original, role: role))
        }
        return joins
    }

    /// Words of one part of a name: both given names, both of the surname, or both words of a name given
    /// whole; a particle or generic word may join the word after it (`AL-HARAMAIN` is `al` and `haramain`,
    /// the surname `EL HASSAN` is `el` and `hassan`, for a query's `Elhassan`).
    private static func sameRole(_ first: NameToken.Role, _ second: NameToken.Role) -> Bool {
        if first == second || first == .genericWord { return true }
        let wholeName: Set<NameToken.Role> = [.word, .genericWord]
        return wholeName.contains(first) && wholeName.contains(second)
    }
}
