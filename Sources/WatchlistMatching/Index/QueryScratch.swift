import Synchronization

/// The working memory of one query: the edit-distance scratch, the candidate index's per-name
/// accumulators, and the tokens and word lookups of recent queries. Sized to the watchlist once and reused,
/// so a query neither allocates nor clears arrays of 75,000 entries; each query resets only the entries it
/// touched.
struct QueryScratch {
    var editDistance: EditDistanceIndex.Scratch
    /// The same for the listed joins' edit-distance index.
    var joinEditDistance: EditDistanceIndex.Scratch
    /// Tokens of recent query words on this thread.
    var recentTokens: NameTokenizer.Memo
    /// `ListedWordTable` lookups of recent query words on this thread.
    var recentWords: RecentValues<ListedWordTable.LookupKey, [Int32: WordComparison]>
    /// The listed words the current word lookup compared, so a lookup compares each listed word once
    /// however many of its paths (spelling, keys, variants) lead there.
    var visitedWords: WordMarks
    /// Per name position: the bound accumulated so far (0: not reached).
    var bounds: [Double]
    /// Positions whose bound is above 0, in the order they were reached.
    var reached: [Int32] = []
    /// Per name position: the best similarity of the current query word among the name's words.
    var bestForWord: [Double]
    /// Positions whose `bestForWord` is above 0.
    var touchedForWord: [Int32] = []
    /// The listed words alike to the query word the candidate index is adding to reached names, with their
    /// similarity in `similarityOfWord` (read only where marked).
    var alikeWords: WordMarks
    var similarityOfWord: [Double]
    /// The listed words the prefix rule pairs the current query word with.
    var prefixedWords: WordMarks
    /// The listed words alike to any query word, with the most each adds to a person's and to an
    /// organization's name through it (read only where marked).
    var boundWords: WordMarks
    var personWordBound: [Double]
    var organizationWordBound: [Double]

    init(
        nameCount: Int, wordCount: Int, editDistance: EditDistanceIndex.Scratch, joinEditDistance: EditDistanceIndex.Scratch,
        recentWords: RecentValues<ListedWordTable.LookupKey, [Int32: WordComparison]>
    ) {
        self.editDistance = editDistance
        self.joinEditDistance = joinEditDistance
        self.recentWords = recentWords
        self.recentTokens = NameTokenizer.Memo(capacity: recentWords.capacity)
        self.visitedWords = WordMarks(wordCount: wordCount)
        self.alikeWords = WordMarks(wordCount: wordCount)
        self.similarityOfWord = [Double](repeating: 0, count: wordCount)
        self.prefixedWords = WordMarks(wordCount: wordCount)
        self.boundWords = WordMarks(wordCount: wordCount)
        self.personWordBound = [Double](repeating: 0, count: wordCount)
        self.organizationWordBound = [Double](repeating: 0, count: wordCount)
        self.bounds = [Double](repeating: 0, count: nameCount)
        self.bestForWord = [Double](repeating: 0, count: nameCount)
    }
}

/// Scratches for concurrent queries: each query borrows one and gives it back, so a matcher shared by
/// several threads keeps one scratch per thread at most.
final class QueryScratchPool: Sendable {
    private let free = Mutex<[QueryScratch]>([])
    private let make: @Sendable () -> QueryScratch

    init(make: @escaping @Sendable () -> QueryScratch) { self.make = make }

    /// Runs `body` with a scratch that no other query uses meanwhile.
    func withScratch<Result>(_ body: (inout QueryScratch) -> Result) -> Result {
        var scratch = free.withLock { $0.popLast() } ?? make()
        defer { free.withLock { $0.append(scratch) } }
        return body(&scratch)
    }
}
