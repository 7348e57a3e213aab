/// How alike two normalized words are, before their roles in their names are known.
///
/// Two words compare, in this order: equal after normalization (1.0, `exact`); equal romanization keys
/// (0.95, `romanization`: `Tehnolit` ~ `TEKHNOLIT`, `Миклашевич` ~ `MIKLASHEVICH`); otherwise edit-distance
/// similarity of the words or of their keys, whichever is higher, when it reaches
/// `minimumTokenSimilarity` (`edit_distance`, at most 0.94 so it never ties a romanization match), or equal
/// consonant skeletons (0.85, 0.90 between Arabic script and Latin: `consonant_skeleton`: `Zeitun` ~ `Zaytun`,
/// `حسين` ~ `Hussein`; never between two Arabic-script words, which compare by their letters) when that is higher, or else equal OCR readings (0.85, `ocr_reading`: `Kimbcrlcy` ~
/// `Kimberley`; `OCRReading`). Words shorter than `fuzzyTokenMinimumLength` get no edit-distance similarity,
/// and a Chinese character's syllable (`NameToken.isHanSyllable`) nothing past its key. Separately it notes whether
/// both words are spellings of the same cross-language given name (`Valentin` ~ `Valyantsin`), which
/// counts (0.90) only between words that can be given names, and whether they translate each other
/// (`kompaniya` ~ `company`, `OrganizationWordTranslations`; `Barnaulskiy` ~ `Barnaul`, `PlaceAdjective`),
/// which counts (0.90) only between words of organization names.
struct WordComparison: Hashable, Sendable {
    static let romanizationSimilarity = 0.95
    static let givenNameSimilarity = 0.90
    static let translationSimilarity = 0.90
    static let editDistanceCeiling = 0.94

    /// Similarity by spelling (exact, romanization key or edit distance); 0 when not alike by spelling.
    var similarity: Double
    /// How `similarity` was found; meaningless when it is 0.
    var method: TokenAligner.Method
    /// Whether both words belong to the same given-name equivalence class (or patronymic class).
    var sameGivenName: Bool
    /// Whether that class is a patronymic class (`GivenNameEquivalents.patronymicClass(for:)`).
    var isPatronymic: Bool
    /// Whether the words translate each other (`OrganizationWordTranslations`).
    var sameTranslation: Bool

    init(
        similarity: Double, method: TokenAligner.Method, sameGivenName: Bool, isPatronymic: Bool = false,
        sameTranslation: Bool = false
    ) {
        self.similarity = similarity
        self.method = method
        self.sameGivenName = sameGivenName
        self.isPatronymic = isPatronymic
        self.sameTranslation = sameTranslation
    }

    /// Compares two words; nil when they are not alike in any way.
    ///
    /// The words are borrowed: the matcher compares a query word with hundreds of listed words per query,
    /// and copying each would retain (and so touch) its arrays.
    init?(_ a: borrowing some ComparableWord, _ b: borrowing some ComparableWord, configuration: MatchConfiguration) {
        let (queryClass, listedClass) = (a.givenNameClass, b.givenNameClass)
        let sameGivenName = queryClass != nil && queryClass == listedClass
        let isPatronymic = sameGivenName && GivenNameEquivalents.isPatronymicClass(queryClass!)
        let (queryMeaning, listedMeaning) = (a.translationClass, b.translationClass)
        // Statements, not `&&`/`||`: their autoclosures would consume the borrowed words.
        var sameTranslation = queryMeaning != nil && queryMeaning == listedMeaning
        if !sameTranslation, b.givenNameClass == nil { sameTranslation = Self.shareAnElement(a.placeKeys, b.keys) }
        if !sameTranslation, a.givenNameClass == nil { sameTranslation = Self.shareAnElement(b.placeKeys, a.keys) }
        if a.bytes == b.bytes {
            self.init(similarity: 1, method: .exact, sameGivenName: sameGivenName, isPatronymic: isPatronymic)
        } else if Self.shareAKey(a, b), Self.keyMatchHolds(a.bytes, b.bytes) {
            self.init(similarity: Self.romanizationSimilarity, method: .romanization, sameGivenName: sameGivenName, isPatronymic: isPatronymic)
        } else if a.isHanSyllable {
            return nil
        } else if b.isHanSyllable {
            return nil
        } else {
            var best = 0.0
            if min(a.bytes.count, b.bytes.count) >= configuration.fuzzyTokenMinimumLength {
                let cutoff = configuration.minimumTokenSimilarity
                let metric = LevenshteinSimilarity()
                // Keys fold romanization variants, so an edit on top of a variant still scores as one edit.
                best = max(metric.similarity(a.bytes, b.bytes, cutoff: cutoff), metric.similarity(a.keys[0], b.keys[0], cutoff: cutoff))
            }
            // Two words in Arabic script are compared by their letters: their romanizations' skeletons would
            // take distinct letters for variants of one sound (`هند` ~ `آخوند` as hnd ~ khnd).
            let (queryAbjad, listedAbjad) = (a.isAbjadScript, b.isAbjadScript)
            var skeleton: Double?
            // Two names the given-name table knows as different names share no skeleton: `Mahmoud` and
            // `Muhammad` are both m-h-m-d, `Hamid` and `Hamad` h-m-d.
            let knownApart = queryClass != nil && listedClass != nil && queryClass != listedClass
            if knownApart {
                skeleton = nil
            } else if queryAbjad != listedAbjad {
                skeleton = AbjadSkeleton.similarity(query: a, listed: b)
            } else if !queryAbjad {
                skeleton = ConsonantSkeleton.similarity(a, b)
            }
            if let skeleton, best < skeleton {
                self.init(
                    similarity: skeleton, method: .consonantSkeleton, sameGivenName: sameGivenName, isPatronymic: isPatronymic,
                    sameTranslation: sameTranslation)
                return
            }
            if best < OCRReading.similarity, let key = a.ocrKey, key == b.ocrKey {
                self.init(
                    similarity: OCRReading.similarity, method: .ocrReading, sameGivenName: sameGivenName, isPatronymic: isPatronymic,
                    sameTranslation: sameTranslation)
                return
            }
            guard best > 0 || sameGivenName || sameTranslation else { return nil }
            self.init(
                similarity: min(best, Self.editDistanceCeiling), method: .editDistance, sameGivenName: sameGivenName,
                isPatronymic: isPatronymic, sameTranslation: sameTranslation)
        }
    }

    /// Whether a shared key makes two words variants of each other at their length. Keys fold doubled
    /// letters and i/j/y, which for words of three letters or fewer joins unrelated acronyms (`PIJ` and
    /// `PPI` both fold to `pi`, `ГЦСС` and `HTS` to one key): there the spellings must also be within one
    /// edit (`Abu` ~ `ABOU`, `Yu` ~ `IU`) or have the same consonants, doubled ones once and `y` a vowel
    /// (`Ali` ~ `ALLY`).
    static func keyMatchHoldsForLength(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        min(a.count, b.count) > 3 || isWithinOneEdit(a, b) || consonants(a) == consonants(b)
    }

    private static func consonants(_ word: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for byte in word where !vowelBytes.contains(byte) && result.last != byte { result.append(byte) }
        return result
    }

    private static let vowelBytes: [UInt8] = Array("aeiouy".utf8)

    /// Whether one insertion, deletion or substitution at most turns `a` into `b`.
    private static func isWithinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        if short.count == long.count { return short[(i + 1)...].elementsEqual(long[(i + 1)...]) || i == short.count }
        return short[i...].elementsEqual(long[(i + 1)...])
    }

    /// Whether the words share a romanization key. Indexes rather than `contains(where:)` over copies:
    /// iterating the arrays retained every key, and this runs for every candidate word of every query.
    private static func shareAKey(_ a: borrowing some ComparableWord, _ b: borrowing some ComparableWord) -> Bool {
        for i in a.keys.indices {
            for j in b.keys.indices where a.keys[i] == b.keys[j] { return true }
        }
        return false
    }

    /// Whether a shared key makes two words a romanization match: the length rule for short words holds,
    /// or one word is the other's South Korean spelling (`Geum` ~ `Kum`, two edits in three letters), or both
    /// spell one Korean family name (`Lee` ~ `Ri`, which share a key only in names that look Korean).
    private static func keyMatchHolds(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        keyMatchHoldsForLength(a, b) || KoreanSyllableKey.key(of: a) == b || KoreanSyllableKey.key(of: b) == a
            || KoreanSurnameVariants.areVariants(a, b)
    }

    /// Whether two short lists of keys share one: an adjective's `PlaceAdjective` keys and a place's keys.
    /// A given name is not taken for a place (`Yaroslav` is a man before it is the stem of `Yaroslavskaya`),
    /// so callers only ask for a place without a given-name class.
    private static func shareAnElement(_ a: [[UInt8]], _ b: [[UInt8]]) -> Bool {
        guard !a.isEmpty else { return false }
        for i in a.indices {
            for j in b.indices where a[i] == b[j] { return true }
        }
        return false
    }

    /// The similarity and rule for two words with these roles, or nil when they do not pair.
    func resolved(queryRole: NameToken.Role, nameRole: NameToken.Role) -> (Double, TokenAligner.Method)? {
        if method == .exact || method == .romanization || PrefixRule.isPrefix(method) { return (similarity, method) }
        if sameGivenName, Self.givenNameSimilarity > similarity {
            if isPatronymic {
                if queryRole.canBePatronymic, nameRole.canBePatronymic { return (Self.givenNameSimilarity, .patronymicEquivalent) }
            } else if queryRole.canBeGivenName, nameRole.canBeGivenName {
                return (Self.givenNameSimilarity, .givenNameEquivalent)
            }
        }
        if sameTranslation, queryRole.isOrganizationWord, nameRole.isOrganizationWord, Self.translationSimilarity > similarity {
            return (Self.translationSimilarity, .translation)
        }
        return similarity > 0 ? (similarity, method) : nil
    }

    /// The comparison without its translation, for words of people's names; nil when nothing is left.
    var withoutTranslation: WordComparison? {
        guard sameTranslation else { return self }
        guard similarity > 0 || sameGivenName else { return nil }
        var comparison = self
        comparison.sameTranslation = false
        return comparison
    }

    /// The most this comparison can count for, whatever the roles.
    var upperBound: Double {
        max(similarity, sameGivenName ? Self.givenNameSimilarity : 0, sameTranslation ? Self.translationSimilarity : 0)
    }
}

/// A normalized word with what `WordComparison` needs: its bytes, romanization keys, consonant skeleton
/// and given-name class.
protocol ComparableWord {
    var bytes: [UInt8] { get }
    var keys: [[UInt8]] { get }
    var skeletons: [[UInt8]] { get }
    /// `AbjadSkeleton` readings.
    var abjadReadings: AbjadSkeleton.Readings { get }
    var isAbjadScript: Bool { get }
    /// Whether the word is one Chinese character's syllable (compared by spelling and key only).
    var isHanSyllable: Bool { get }
    var givenNameClass: Int? { get }
    /// `OCRReading` key, when the word has one.
    var ocrKey: [UInt8]? { get }
    /// `OrganizationWordTranslations` meaning, when the word has one.
    var translationClass: Int? { get }
    /// `PlaceAdjective` keys: the places the word may be the adjective of.
    var placeKeys: [[UInt8]] { get }
}
