extension NameTokenizer {
    /// What a tokenizer worked out for recently seen words, so a word that recurs (in a batch of queries,
    /// or across the names of a watchlist) is normalized and turned into a `NameToken` once.
    ///
    /// On the generated million-row supplier list, normalizing and tokenizing the query was 40% of a
    /// query's time once the word lookups were kept (`ListedWordTable.comparisons(for:scratch:)`). Not
    /// shared between threads: one per query scratch, one per worker preparing listed names.
    struct Memo: Sendable {
        /// Where a token comes from: the normalized word and the compound's elements. Its role is not part
        /// of it (the tokenizer sets roles after making the token).
        struct TokenSource: Hashable, Sendable {
            var word: TextNormalizer.Word
            var elements: [String]
        }

        /// `TextNormalizer.normalizedSpellings(of:)` by the word as written.
        var spellings: RecentValues<String, [String]>
        var tokens: RecentValues<TokenSource, NameToken>

        /// Keeps up to `capacity` words per generation (`RecentValues`).
        init(capacity: Int) {
            spellings = RecentValues(capacity: capacity)
            tokens = RecentValues(capacity: capacity)
        }
    }
}
