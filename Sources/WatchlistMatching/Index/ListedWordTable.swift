import Foundation
import WatchlistCore

/// The distinct words of every listed name, and the lookups that find the listed words alike to a query
/// word: by spelling, by romanization key, by given-name class, by consonant skeleton (`ConsonantSkeleton`
/// within a script, `AbjadSkeleton` across Arabic script and others), by OCR reading (`OCRReading`), by
/// translation (`OrganizationWordTranslations`, `PlaceAdjective`), and by edit distance (`EditDistanceIndex`
/// over the spellings and keys).
///
/// Comparing a query word with each distinct listed word once, instead of with every word of every
/// candidate name, is what makes screening cheap: a watchlist of 75,000 names has about 50,000 distinct
/// words, of which a query word is alike to a handful.
struct ListedWordTable: Sendable {
    /// One distinct listed word.
    ///
    /// A class, not a struct: the inner loop hands hundreds of words per query to `WordComparison`, and
    /// the compiler copies the value it passes (one retain for a reference, one per array for a struct:
    /// that was 6% of screening time).
    final class Word: ComparableWord, Sendable {
        let bytes: [UInt8]
        let keys: [[UInt8]]
        let skeletons: [[UInt8]]
        let elements: [String]
        let isAbjadScript: Bool
        let isHanSyllable: Bool
        let givenNameClass: Int?
        let ocrKey: [UInt8]?
        let translationClass: Int?
        let placeKeys: [[UInt8]]

        init(_ token: NameToken) {
            bytes = token.bytes
            keys = token.keys
            skeletons = token.skeletons
            elements = token.elements
            isAbjadScript = token.isAbjadScript
            isHanSyllable = token.isHanSyllable
            givenNameClass = token.givenNameClass
            ocrKey = token.ocrKey
            translationClass = token.translationClass
            placeKeys = token.placeKeys
        }

        /// Whether the token is this word for the table (`ListedWordTable.init`): the same spelling, keys,
        /// script where it changes how the word compares, and compound elements.
        func isSameWord(as token: NameToken) -> Bool {
            bytes == token.bytes && keys == token.keys && isAbjadScript == token.isAbjadScript
                && isHanSyllable == token.isHanSyllable && elements == token.elements
        }

        /// Read from the spelling when asked for (listed words are only read against Arabic-script queries).
        var abjadReadings: AbjadSkeleton.Readings {
            AbjadSkeleton.readings(ofLatin: [String(decoding: bytes, as: UTF8.self)] + elements)
        }
    }

    let words: [Word]
    private let idsBySpelling: [[UInt8]: [Int32]]
    /// Word ids by key, skeleton, class and reading (`Lookups`).
    private let lookups: Lookups
    /// Word ids in spelling order and the edit-distance indexes (`SpellingIndexes`).
    private let spellings: SpellingIndexes
    private let configuration: MatchConfiguration

    /// Collects the words of `names` and sets each name's `wordIDs`.
    init(names: inout [PreparedName], configuration: MatchConfiguration) {
        self.configuration = configuration
        var words: [Word] = []
        var idsBySpelling: [[UInt8]: [Int32]] = [:]
        // A word is the same listed word when its spelling, keys (the keys of a romanized word depend on the
        // script it came from, so `miklashevich` from Cyrillic and from Latin may differ), script where it
        // changes how the word compares, and compound elements are. Looked up by spelling, then compared
        // with the few words of that spelling: with a hash of all of it for every token of 75,000 names,
        // assigning ids took 1.3 s of the table's 2.3 s.
        func id(of token: NameToken) -> Int32 {
            if let candidates = idsBySpelling[token.bytes] {
                for id in candidates where words[Int(id)].isSameWord(as: token) { return id }
            }
            let id = Int32(words.count)
            idsBySpelling[token.bytes, default: []].append(id)
            words.append(Word(token))
            return id
        }
        for position in names.indices {
            names[position].wordIDs = names[position].tokens.map(id(of:))
        }
        // Joins after every word, so a join spelled like a word is that word; the others are joins only.
        let wordCount = words.count
        let joinTokens = Self.joinTokens(of: names)
        for position in names.indices {
            names[position].joinWordIDs = names[position].joins.map { id(of: joinTokens[$0.text]!) }
        }
        let allWords = words
        let latinReadings = Self.consonantalLatinReadings(of: allWords)
        // The lookups and the spelling indexes are independent: built at the same time.
        let (lookups, spellings) = Parallel.both(
            { Lookups(words: allWords, latinReadings: latinReadings) },
            { SpellingIndexes(words: allWords, wordCount: wordCount, configuration: configuration) })
        self.words = allWords
        self.idsBySpelling = idsBySpelling
        self.lookups = lookups
        self.spellings = spellings
    }

    /// Word ids by each thing a query word may share with a listed word.
    ///
    /// A class, like `SpellingIndexes`: the table is copied into closures once or more per query, and a
    /// struct of seven dictionaries is seven retains and releases each time.
    private final class Lookups: Sendable {
        let idsByKey: [[UInt8]: [Int32]]
        let idsByGivenName: [Int: [Int32]]
        let idsBySkeleton: [[UInt8]: [Int32]]
        let idsByOCRKey: [[UInt8]: [Int32]]
        let idsByTranslation: [Int: [Int32]]
        /// Words by the places they may be adjectives of (`PlaceAdjective`).
        let idsByPlaceKey: [[UInt8]: [Int32]]
        /// `AbjadSkeleton` readings of the words not in Arabic script, for queries in Arabic script.
        let idsByLatinReading: [[UInt8]: [Int32]]

        init(words: [Word], latinReadings: [[[UInt8]]]) {
            var idsByKey: [[UInt8]: [Int32]] = [:]
            var idsByGivenName: [Int: [Int32]] = [:]
            var idsBySkeleton: [[UInt8]: [Int32]] = [:]
            var idsByOCRKey: [[UInt8]: [Int32]] = [:]
            var idsByTranslation: [Int: [Int32]] = [:]
            var idsByPlaceKey: [[UInt8]: [Int32]] = [:]
            var idsByLatinReading: [[UInt8]: [Int32]] = [:]
            for (position, word) in words.enumerated() {
                let id = Int32(position)
                for key in word.keys { idsByKey[key, default: []].append(id) }
                if let givenNameClass = word.givenNameClass { idsByGivenName[givenNameClass, default: []].append(id) }
                for skeleton in word.skeletons { idsBySkeleton[skeleton, default: []].append(id) }
                if let ocrKey = word.ocrKey { idsByOCRKey[ocrKey, default: []].append(id) }
                if let translationClass = word.translationClass { idsByTranslation[translationClass, default: []].append(id) }
                for placeKey in word.placeKeys { idsByPlaceKey[placeKey, default: []].append(id) }
                for reading in latinReadings[position] { idsByLatinReading[reading, default: []].append(id) }
            }
            self.idsByKey = idsByKey
            self.idsByGivenName = idsByGivenName
            self.idsBySkeleton = idsBySkeleton
            self.idsByOCRKey = idsByOCRKey
            self.idsByTranslation = idsByTranslation
            self.idsByPlaceKey = idsByPlaceKey
            self.idsByLatinReading = idsByLatinReading
        }
    }

    /// The words in spelling order, and the edit-distance indexes over their spellings and first keys (a
    /// class, as `Lookups` is).
    private final class SpellingIndexes: Sendable {
        /// Every word id, ordered by spelling (bytewise), so the words that start with a prefix are one run.
        let idsInSpellingOrder: [Int32]
        /// Edit-distance index over every word's spelling and first key (when it differs), so one lookup per
        /// query form covers both comparisons `WordComparison` makes.
        let formIndex: EditDistanceIndex
        /// The word each indexed form belongs to.
        let formOwners: [Int32]
        /// The same over the words that are only joins (`ListedJoin`), at the similarity a join needs.
        let joinFormIndex: EditDistanceIndex
        let joinFormOwners: [Int32]

        /// `wordCount`: the words that are not joins only.
        init(words: [Word], wordCount: Int, configuration: MatchConfiguration) {
            idsInSpellingOrder = words.indices.map(Int32.init).sorted { left, right in
                words[Int(left)].bytes.lexicographicallyPrecedes(words[Int(right)].bytes)
            }
            var forms: [[UInt8]?] = []
            var formOwners: [Int32] = []
            var joinForms: [[UInt8]?] = []
            var joinFormOwners: [Int32] = []
            for (position, word) in words.enumerated() where word.bytes.count >= configuration.fuzzyTokenMinimumLength {
                for form in word.keys[0] == word.bytes ? [word.bytes] : [word.bytes, word.keys[0]] {
                    if position < wordCount {
                        forms.append(form)
                        formOwners.append(Int32(position))
                    } else {
                        joinForms.append(form)
                        joinFormOwners.append(Int32(position))
                    }
                }
            }
            formIndex = EditDistanceIndex(words: forms, minimumSimilarity: configuration.minimumTokenSimilarity)
            self.formOwners = formOwners
            // Joins are long and pair only at `ListedJoin.minimumSimilarity`: one deletion per variant bridges
            // what they need up to 16 letters, bigrams the longer ones; at the words' similarity and two
            // deletions, they would have brought some ten times the variants.
            joinFormIndex = EditDistanceIndex(words: joinForms, minimumSimilarity: ListedJoin.minimumSimilarity, maximumDeletions: 1)
            self.joinFormOwners = joinFormOwners
        }
    }

    /// The consonantal `AbjadSkeleton` readings of each word not in Arabic script (none for the others), on
    /// every core: each of some 50,000 spellings is read letter by letter, which the lookups' loop did on one.
    private static func consonantalLatinReadings(of words: [Word]) -> [[[UInt8]]] {
        Parallel.map(count: words.count, minimumChunk: 5_000) { range in
            words[range].map { $0.isAbjadScript ? [] : $0.abjadReadings.consonantal }
        }
    }

    /// The word of each distinct join text, made on every core. A join's word depends on its text alone:
    /// joins are never in Arabic or Chinese script, the only words whose entry depends on the writing.
    /// Made one join at a time (some 100,000), they were half the table's time (1.0 of 2.0 s).
    private static func joinTokens(of names: [PreparedName]) -> [String: NameToken] {
        var distinct: [String: ListedJoin] = [:]
        for name in names {
            for join in name.joins where distinct[join.text] == nil { distinct[join.text] = join }
        }
        let joins = Array(distinct.values)
        let tokens = Parallel.map(count: joins.count, minimumChunk: 2_000) { range in joins[range].map(\.token) }
        return Dictionary(uniqueKeysWithValues: zip(joins.map(\.text), tokens))
    }

    /// A scratch for `comparisons(for:scratch:)` and the candidate index, for `nameCount` names; one per thread.
    func makeScratch(nameCount: Int) -> QueryScratch {
        QueryScratch(
            nameCount: nameCount, wordCount: words.count, editDistance: spellings.formIndex.makeScratch(),
            joinEditDistance: spellings.joinFormIndex.makeScratch(),
            recentWords: RecentValues(capacity: Self.recentWordsKept))
    }

    /// Distinct query words per generation whose lookups a thread keeps (`RecentValues`). On the generated
    /// million-row supplier list, 8,192 answer 88% of lookups (32,768: 91% for 37 MB more peak memory).
    static let recentWordsKept = 8_192

    /// What a lookup depends on: every field of `NameToken` that `comparisons(for:scratch:)` reads,
    /// directly or through what the token derives from them (skeletons, OCR key, classes). Not the role:
    /// the table compares words before their roles are known.
    struct LookupKey: Hashable {
        var bytes: [UInt8]
        var keys: [[UInt8]]
        var elements: [String]
        /// The word as written, for a word in Arabic script (its readings come from the script).
        var abjadOriginal: String?
        /// Whether the word is a Chinese character's syllable (compared by spelling and key only).
        var isHanSyllable: Bool

        init(_ token: NameToken) {
            bytes = token.bytes
            keys = token.keys
            elements = token.elements
            abjadOriginal = token.isAbjadScript ? token.original : nil
            isHanSyllable = token.isHanSyllable
        }
    }

    /// Every listed word alike to `token`, by id, with how it compares (`WordComparison`); kept in the
    /// scratch, so a thread looks a recurring word up once.
    func comparisons(for token: NameToken, scratch: inout QueryScratch) -> [Int32: WordComparison] {
        // Moved out of the scratch while `lookUp` borrows the scratch, so neither is copied.
        var recent = scratch.recentWords
        scratch.recentWords = RecentValues(capacity: recent.capacity)
        defer { scratch.recentWords = recent }
        return recent.value(for: LookupKey(token)) { lookUp(token, scratch: &scratch) }
    }

    /// The listed words a joined query word (`CompoundJoin`) spells: equal spelling or a shared romanization
    /// key, found by hash lookups only, each at the similarity the join counts for (method `compound`).
    func joinComparisons(for join: CompoundJoin) -> [Int32: WordComparison] {
        var found: [Int32: WordComparison] = [:]
        for id in (idsBySpelling[join.bytes] ?? []) + (lookups.idsByKey[join.key] ?? []) where found[id] == nil {
            if let similarity = join.similarity(to: words[Int(id)], configuration: configuration) {
                found[id] = WordComparison(similarity: similarity, method: .compound, sameGivenName: false)
            }
        }
        return found
    }

    /// The listed words an Arabic-script join (`CompoundJoin.token`) counts against (`CompoundJoin.similarity(of:)`),
    /// found by spelling, romanization key and consonantal reading: hash lookups only.
    func arabicJoinComparisons(for token: NameToken) -> [Int32: WordComparison] {
        var found: [Int32: WordComparison] = [:]
        var ids = idsBySpelling[token.bytes] ?? []
        for key in token.keys { ids += lookups.idsByKey[key] ?? [] }
        for reading in token.abjadReadings.consonantal { ids += lookups.idsByLatinReading[reading] ?? [] }
        for id in ids where found[id] == nil {
            guard let comparison = WordComparison(token, words[Int(id)], configuration: configuration),
                let similarity = CompoundJoin.similarity(of: comparison)
            else { continue }
            found[id] = WordComparison(similarity: similarity, method: .compound, sameGivenName: false)
        }
        return found
    }

    /// Calls `body` with every listed word longer than `prefix` that starts with it (what `PrefixRule`
    /// pairs an initial or a truncated word with), in spelling order.
    func forEachWord(extending prefix: [UInt8], _ body: (Int32) -> Void) {
        // Spellings are UTF-8, which never holds the byte 0xFF: every word starting with the prefix sorts
        // below the prefix followed by 0xFF.
        var start = firstInSpellingOrder(notBefore: prefix)
        let end = firstInSpellingOrder(notBefore: prefix + [0xFF])
        // Words spelled as the prefix itself sort first; the rest are longer (checked once, not per word:
        // an initial's run holds thousands of words).
        while start < end, words[Int(spellings.idsInSpellingOrder[start])].bytes.count == prefix.count { start += 1 }
        for id in spellings.idsInSpellingOrder[start..<end] { body(id) }
    }

    /// The first position in `idsInSpellingOrder` whose spelling does not sort before `bytes`.
    private func firstInSpellingOrder(notBefore bytes: [UInt8]) -> Int {
        var low = 0
        var high = spellings.idsInSpellingOrder.count
        while low < high {
            let middle = (low + high) / 2
            if words[Int(spellings.idsInSpellingOrder[middle])].bytes.lexicographicallyPrecedes(bytes) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// Every listed word alike to `token`, looked up.
    private func lookUp(_ token: NameToken, scratch: inout QueryScratch) -> [Int32: WordComparison] {
        var found: [Int32: WordComparison] = [:]
        scratch.visitedWords.beginRound()
        // Read through a buffer pointer, so a candidate word is borrowed rather than copied (its arrays
        // retained and released) for every comparison.
        return words.withUnsafeBufferPointer { words in
        func consider(_ id: Int32) {
            guard !scratch.visitedWords.isMarked(id) else { return }
            scratch.visitedWords.mark(id)
            if let comparison = WordComparison(token, words[Int(id)], configuration: configuration) { found[id] = comparison }
        }
        for id in idsBySpelling[token.bytes] ?? [] { consider(id) }
        for key in token.keys { for id in lookups.idsByKey[key] ?? [] { consider(id) } }
        if let givenNameClass = token.givenNameClass { for id in lookups.idsByGivenName[givenNameClass] ?? [] { consider(id) } }
        for skeleton in token.skeletons { for id in lookups.idsBySkeleton[skeleton] ?? [] { consider(id) } }
        if let ocrKey = token.ocrKey { for id in lookups.idsByOCRKey[ocrKey] ?? [] { consider(id) } }
        if let translationClass = token.translationClass { for id in lookups.idsByTranslation[translationClass] ?? [] { consider(id) } }
        // An adjective finds its place by the place's key, a place its adjectives by theirs.
        for placeKey in token.placeKeys { for id in lookups.idsByKey[placeKey] ?? [] { consider(id) } }
        for key in token.keys { for id in lookups.idsByPlaceKey[key] ?? [] { consider(id) } }
        if token.isAbjadScript {
            for reading in token.abjadReadings.consonantal { for id in lookups.idsByLatinReading[reading] ?? [] { consider(id) } }
        }
        if token.bytes.count >= configuration.fuzzyTokenMinimumLength {
            // Spellings and keys share one index: a spelling may find a word by its key and the other way
            // round, which only adds candidates, and `WordComparison` decides.
            for form in token.keys[0] == token.bytes ? [token.bytes] : [token.bytes, token.keys[0]] {
                spellings.formIndex.forEachCandidate(of: form, scratch: &scratch.editDistance) { consider(spellings.formOwners[Int($0)]) }
                spellings.joinFormIndex.forEachCandidate(of: form, scratch: &scratch.joinEditDistance) { consider(spellings.joinFormOwners[Int($0)]) }
            }
        }
        return found
        }
    }
}
