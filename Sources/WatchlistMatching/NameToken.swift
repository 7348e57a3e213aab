/// One word of a name after normalization, with the word it came from.
public struct NameToken: Hashable, Sendable, ComparableWord {
    /// The normalized form: lowercase, Latin, no diacritics or invisible characters (`miklashevich`).
    public var text: String
    /// The word as written in the input (`MIKLASHEVICH`).
    public var original: String
    /// What the word is to the matcher.
    public var role: Role
    /// Whether a comma or semicolon stands before the word in the query (`XING, Hua`), which ends the
    /// words `CompoundJoin` may join. Set for queries only.
    var startsClause = false

    /// How much a token counts when names are compared.
    public enum Role: String, Hashable, Sendable, Codable {
        /// A family name (surname) part, when the source marks it.
        case family
        /// A given name, middle name or patronymic part, when the source marks it.
        case given
        /// A word of a name given whole.
        case word
        /// An East Slavic or Turkic patronymic in a name given whole (`Alfredavich`, `Nikolayevna`,
        /// `Aliyev oglu`): lists and queries often leave it out or differ on it, so it counts little.
        case patronymic
        /// A common organization word (`plant`, `enterprise`, `production`): counts little.
        case genericWord = "generic_word"
        /// Part of a legal form (`LLC`, `OOO`, `joint stock company`): does not count.
        case legalForm = "legal_form"
    }

    /// The normalized form as UTF-8 bytes, for the similarity metrics.
    let bytes: [UInt8]
    /// Romanization-invariant keys (`RomanizationKey`) of the normalized form and of its alternative
    /// spellings, so `TEKHNOLIT` ~ `Tehnolit` and `Миклашевич` ~ `MIKLASHEVICH` compare equal.
    let keys: [[UInt8]]
    /// The consonant skeletons of the keys (`ConsonantSkeleton`), when informative.
    let skeletons: [[UInt8]]
    /// How the word reads in `AbjadSkeleton`'s alphabet, to compare Arabic script with other scripts.
    ///
    /// Kept for a word in Arabic script (a query word compares with hundreds of listed words); read from the
    /// spelling when asked for other words, which only an Arabic-script query does.
    var abjadReadings: AbjadSkeleton.Readings {
        isAbjadScript ? scriptReadings : AbjadSkeleton.readings(ofLatin: [text] + elements)
    }
    private let scriptReadings: AbjadSkeleton.Readings
    /// The element of a compound name (`NameParticles`), when the word is one.
    let elements: [String]
    /// Whether the word is written in Arabic script (short skeletons count for it).
    let isAbjadScript: Bool
    /// Whether the word is one Chinese character, read as its pinyin syllable (`TextNormalizer` writes one
    /// word per character). Syllables are short and many-to-one, so they compare by spelling and key only.
    let isHanSyllable: Bool
    /// The word as OCR could have misread it (`OCRReading`), when it has one.
    let ocrKey: [UInt8]?
    /// The meaning of an organization word (`OrganizationWordTranslations`): `kompaniya` and `company`
    /// share one.
    let translationClass: Int?
    /// Romanization keys of the places the word may be the adjective of (`PlaceAdjective`): `barnaul` and
    /// `barnaulsk` for `barnaulskiy`; empty for most words.
    let placeKeys: [[UInt8]]
    /// The cross-language given-name class (`GivenNameEquivalents`) of the word, or the patronymic class
    /// of a patronymic, whatever its role (the aligner only uses it between words that can be given names).
    let givenNameClass: Int?

    /// - Parameter elements: for a compound name (`NameParticles`), its element as normalized (`rahman` of
    ///   `abdulrahman`) or, in Arabic script, as written (`الرحمن` of `عبدالرحمن`), which `AbjadSkeleton` reads
    ///   besides the word.
    /// - Parameter familyNameKey: the key of a Korean family name's spellings (`KoreanSurnameVariants`), for
    ///   a word the tokenizer reads as one.
    public init(text: String, original: String, role: Role, alternatives: [String] = [], elements: [String] = []) {
        self.init(text: text, original: original, role: role, alternatives: alternatives, elements: elements, familyNameKey: nil)
    }

    init(text: String, original: String, role: Role, alternatives: [String], elements: [String], familyNameKey: [UInt8]?) {
        self.text = text
        self.original = original
        self.role = role
        self.bytes = Array(text.utf8)
        var keys: [[UInt8]] = []
        for spelling in [text] + alternatives {
            let key = RomanizationKey.key(forBytes: Array(spelling.utf8))
            if !keys.contains(key) { keys.append(key) }
        }
        let isAbjadScript = ConsonantSkeleton.isAbjadScript(original)
        var skeletons: [[UInt8]] = []
        // A Latin `q` (Arabic ق) is also written `g` where it is spoken so: `Qadhafi` ~ `Gaddafi`.
        let qAsGKey = isAbjadScript ? nil : ConsonantSkeleton.qAsG(bytes).map(RomanizationKey.key(forBytes:))
        for key in keys {
            let readings: [[UInt8]]
            if isAbjadScript {
                // Arabic و is a consonant (w, v) or a long vowel (u, o): keep both readings.
                guard let skeleton = ConsonantSkeleton.skeleton(ofKey: key, wordLength: key.count),
                    skeleton.count >= ConsonantSkeleton.minimumSkeletonLength
                else { continue }
                readings = [skeleton, ConsonantSkeleton.withoutV(skeleton)]
            } else {
                readings = ConsonantSkeleton.latinReadings(ofKey: key, qAsG: qAsGKey, spelling: bytes)
            }
            for reading in readings where reading.count >= ConsonantSkeleton.minimumSkeletonLength && !skeletons.contains(reading) {
                skeletons.append(reading)
            }
        }
        self.skeletons = skeletons
        // A South Korean syllable's key in the North's spelling (`Jeong` ~ `Jong`, `KoreanSyllableKey`); after
        // the skeletons, which it must not add to.
        if !isAbjadScript, let korean = KoreanSyllableKey.key(of: bytes).map(RomanizationKey.key(forBytes:)), !keys.contains(korean) {
            keys.append(korean)
        }
        if let familyNameKey { keys.append(familyNameKey) }
        self.keys = keys
        self.elements = elements
        self.scriptReadings = isAbjadScript ? AbjadSkeleton.readings(ofArabic: [original] + elements) : AbjadSkeleton.Readings()
        self.isAbjadScript = isAbjadScript
        self.isHanSyllable = original.unicodeScalars.count == 1 && TextNormalizer.isHanIdeograph(original.unicodeScalars.first!)
        self.ocrKey = isAbjadScript ? nil : OCRReading.key(of: bytes)
        self.translationClass = isAbjadScript
            ? OrganizationWordTranslations.classID(forArabicScript: original)
            : OrganizationWordTranslations.notTranslations.contains(text) ? nil
            : keys.lazy.compactMap(OrganizationWordTranslations.classID(forKey:)).first
        self.placeKeys = isAbjadScript ? [] : PlaceAdjective.placeKeys(of: bytes)
        self.givenNameClass = GivenNameEquivalents.classID(forKey: String(decoding: keys[0], as: UTF8.self))
            ?? GivenNameEquivalents.classID(for: text) ?? GivenNameEquivalents.patronymicClass(for: text)
    }
}
