/// Finds the listed names worth scoring for a query, so the scorer does not visit every name.
///
/// Names are posted under each of their words' character trigrams (words shorter than the fuzzy minimum
/// under the whole word) and, for weak aliases, under their exact key. A query word finds every listed
/// word sharing a trigram with it, which keeps all words within the fuzzy similarity cut-off reachable:
/// two words of length >= 4 with similarity >= 0.75 always share at least one trigram.
struct CandidateIndex: Sendable {
    private var postings: [String: [Int32]] = [:]
    private var weakAliasKeys: [String: [Int32]] = [:]
    private let fuzzyMinimumLength: Int

    init(names: [PreparedName], fuzzyMinimumLength: Int) {
        self.fuzzyMinimumLength = fuzzyMinimumLength
        for (position, name) in names.enumerated() {
            let reference = Int32(position)
            if name.kind == .weakAlias {
                weakAliasKeys[name.exactKey, default: []].append(reference)
                continue
            }
            var keys = Set<String>()
            for token in name.tokens where token.role != .legalForm {
                keys.formUnion(Self.keys(of: token, fuzzyMinimumLength: fuzzyMinimumLength))
            }
            for key in keys { postings[key, default: []].append(reference) }
        }
    }

    /// Positions of the names that could match, ascending.
    func candidates(for query: PreparedQuery) -> [Int] {
        var found = Set<Int32>()
        for reading in [query.person, query.organization] {
            for reference in weakAliasKeys[reading.exactKey] ?? [] { found.insert(reference) }
        }
        var keys = Set<String>()
        for token in query.person.tokens {
            keys.formUnion(Self.keys(of: token, fuzzyMinimumLength: fuzzyMinimumLength))
        }
        for key in keys {
            for reference in postings[key] ?? [] { found.insert(reference) }
        }
        return found.map(Int.init).sorted()
    }

    /// Posting keys of a word: trigrams of its text and of its romanization keys (whole words when short),
    /// so exact, romanization and edit-distance pairings find their candidates. (Given-name classes are not
    /// posted: a given name alone never makes a match, and the surname's keys find the candidate.)
    static func keys(of token: NameToken, fuzzyMinimumLength: Int) -> Set<String> {
        var keys: Set<String> = []
        for bytes in [token.bytes] + token.keys {
            guard bytes.count >= fuzzyMinimumLength, bytes.count >= 3 else {
                keys.insert("=" + String(decoding: bytes, as: UTF8.self))
                continue
            }
            for start in 0...(bytes.count - 3) { keys.insert(String(decoding: bytes[start..<start + 3], as: UTF8.self)) }
            keys.insert("=" + String(decoding: bytes, as: UTF8.self))
        }
        return keys
    }
}
