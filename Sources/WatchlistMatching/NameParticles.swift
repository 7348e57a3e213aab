/// Particles of names (`al`, `bin`, `abu`, `van`, `von`, ...; honorifics such as `Haji`, `Mullah`, `Sayyid`,
/// `Sheikh` before a name) and the Arabic compound names they form,
/// written as one word or several: `Abd al-Rahman` / `Abdul Rahman` / `Abdulrahman` / `عبدالرحمن`,
/// `Aminullah` / `Amin Allah` / `امین الله`, `Sirajuddin` / `Siraj al-Din` / `سراج الدين`.
///
/// A compound written as one word stays one word (so a typo in it is still one edit in a long word) and
/// gains its element as another spelling, and its particle is added as a word of its own; so the aligner
/// pairs `Abdulrahman` with the `Rahman` of `Abd al-Rahman`, or with `الرحمن`, word order aside:
/// - `Abd` joined to the next word (`abdulrahman`, `abdurrahman`, `abdullah`; `عبدالرحمن`): element `rahman`,
///   `allah`; `الرحمن`. Written apart (`abd`, `abdul`, `abdel`, `abdur`, ...; `عبد`) it is the particle, with
///   `abd` as another spelling.
/// - A word ending in `ullah`, `ollah`, `allah`, `ulla` (`الله`, also after a zero-width non-joiner): the
///   element is the word before it, the particle `allah`.
/// - A word ending in `uddin`, `eddin`, `eddine`, `addin`, `oddin`, `uddeen` (`الدين`): the particle `din`.
///
/// Particles weigh like generic words (`NameToken.Role.genericWord`): `Abdul Bari` and `Abdul Hakim` share
/// little, and a match on particles alone does not count.
///
/// Sources: the connectors and joined forms are those of the ALA-LC and BGN/PCGN Arabic romanization
/// tables and of French practice (`Abdelaziz`, `Eddine`); the particles are the common ones of Arabic,
/// Dutch, German, Spanish and Portuguese names.
struct NameParticles: Sendable {
    private let normalizer: TextNormalizer

    init(normalizer: TextNormalizer) {
        self.normalizer = normalizer
    }

    /// A word of a name, whether it is a particle, and the element when it is a compound (a normalized
    /// spelling, or the Arabic-script letters when written in that script).
    struct Part {
        var word: TextNormalizer.Word
        var isParticle: Bool
        var elements: [String] = []
        /// The index of the word the part comes from.
        var wordIndex = 0
    }

    /// The words with their compounds' particles added and their particles marked.
    func parts(of words: [TextNormalizer.Word]) -> [Part] {
        var parts: [Part] = []
        for (index, word) in words.enumerated() {
            let first = parts.count
            defer { for part in first..<parts.count { parts[part].wordIndex = index } }
            if ConsonantSkeleton.isAbjadScript(word.original) {
                parts += arabicParts(of: word)
                continue
            }
            // A misread letter may hide the particle (`A8DUL`, `AM1NULLAH`): the other readings count too.
            let spellings = [word.normalized] + word.alternatives
            if let form = spellings.first(where: Self.abdForms.contains) {
                parts.append(Part(word: adding(["abd"], to: word, unless: form == "abd"), isParticle: true))
            } else if Self.abdConnectors.contains(word.normalized), index > 0,
                ([words[index - 1].normalized] + words[index - 1].alternatives).contains(where: Self.abdForms.contains)
            {
                parts.append(Part(word: word, isParticle: true))  // the `al` of `Abd al-Rahman`
            } else if let element = spellings.lazy.compactMap(Self.joinedAbdElement).first {
                parts.append(Part(word: TextNormalizer.Word(original: word.original, normalized: "abd"), isParticle: true))
                parts.append(Part(word: adding([element], to: word), isParticle: false, elements: [element]))
            } else if let (stem, particle) = spellings.lazy.compactMap(Self.suffixCompound).first {
                parts.append(Part(word: adding([stem], to: word), isParticle: false, elements: [stem]))
                parts.append(Part(word: TextNormalizer.Word(original: word.original, normalized: particle), isParticle: true))
            } else if let particle = Self.standaloneParticles[word.normalized], index + 1 < words.count {
                // Only before the name it belongs to: the `bin` of Korean `Su-bin` is no particle.
                parts.append(Part(word: adding([particle], to: word, unless: particle == word.normalized), isParticle: true))
            } else {
                parts.append(Part(word: word, isParticle: false))
            }
        }
        return parts
    }

    private func adding(_ spellings: [String], to word: TextNormalizer.Word, unless skip: Bool = false) -> TextNormalizer.Word {
        var word = word
        if !skip { word.alternatives += spellings.filter { !word.alternatives.contains($0) && $0 != word.normalized } }
        return word
    }

    // MARK: Arabic script

    private func arabicParts(of word: TextNormalizer.Word) -> [Part] {
        let letters = Self.arabicLetters(of: word.original)
        let text = String(String.UnicodeScalarView(letters))
        if Self.arabicParticles.contains(text) { return [Part(word: word, isParticle: true)] }
        if text.hasPrefix("عبد"), letters.count >= 5 {
            let element = String(String.UnicodeScalarView(letters.dropFirst(3)))
            return [Part(word: Self.arabicParticleWords["عبد"]!, isParticle: true), Part(word: word, isParticle: false, elements: [element])]
        }
        for suffix in Self.arabicSuffixParticles where text.hasSuffix(suffix) && letters.count >= suffix.unicodeScalars.count + 2 {
            let stem = String(String.UnicodeScalarView(letters.dropLast(suffix.unicodeScalars.count)))
            return [Part(word: word, isParticle: false, elements: [stem]), Part(word: Self.arabicParticleWords[suffix]!, isParticle: true)]
        }
        return [Part(word: word, isParticle: false)]
    }

    /// The word's letters in their compatibility forms (`ﻋﺒﺪ` → `عبد`), invisible format characters left out.
    /// Words of the basic Arabic block only, as most are, skip the normalization, which is ICU's and was a
    /// tenth of an Arabic-script query's time.
    private static func arabicLetters(of word: String) -> [Unicode.Scalar] {
        let scalars = word.unicodeScalars
        // Letters with no compatibility or composing form (not the combining marks, not ٵ ٶ ٷ ٸ).
        if scalars.allSatisfy({ (0x0621...0x064A).contains($0.value) || (0x0671...0x0674).contains($0.value) || (0x0679...0x06D3).contains($0.value) }) {
            return Array(scalars)
        }
        return Array(word.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { $0.properties.generalCategory != .format })
    }

    private static let arabicSuffixParticles = ["الله", "اللہ", "الدين", "الدین"]

    /// The particles `arabicParts` adds, read once: each read is an ICU transliteration.
    private static let arabicParticleWords: [String: TextNormalizer.Word] = {
        let normalizer = TextNormalizer()
        var words: [String: TextNormalizer.Word] = [:]
        for text in ["عبد"] + arabicSuffixParticles {
            let spellings = normalizer.normalizedSpellings(of: text)
            words[text] = TextNormalizer.Word(original: text, normalized: spellings.first ?? "", alternatives: Array(spellings.dropFirst()))
        }
        return words
    }()

    // MARK: Latin

    /// The element of a one-word `Abd al-` name (`abdulrahman` → `rahman`, `abdullah` → `allah`), or nil.
    static func joinedAbdElement(_ token: String) -> String? {
        let bytes = Array(token.utf8)
        guard bytes.count >= 6, bytes[0...2].elementsEqual("abd".utf8) else { return nil }
        var rest = bytes[3...]
        let vowels = Set("aeiou".utf8)
        if let first = rest.first, vowels.contains(first) {
            // The connector's vowel(s): abdUl-, abdOUl-, abdEl-, abdI- ...
            while let first = rest.first, vowels.contains(first) { rest = rest.dropFirst() }
            let remainder = String(decoding: rest, as: UTF8.self)
            if allahEndings.contains(remainder) { return "allah" }
            // Abdullayev, Abdullaev: a surname made from Abdullah, not a compound with another element.
            if ["llay", "lly", "llae", "llao", "lay", "lae"].contains(where: remainder.hasPrefix) { return nil }
            if rest.first == UInt8(ascii: "l") {
                rest = rest.dropFirst()  // al-, el-, ul-
            } else if rest.count >= 2, rest[rest.startIndex] == rest[rest.startIndex + 1] {
                rest = rest.dropFirst()  // assimilated sun letter: abdur-Rahman, abdus-Salam
            }
        }
        guard rest.count >= 3 else { return nil }
        return String(decoding: rest, as: UTF8.self)
    }

    /// A word ending in a joined `Allah` or `al-Din` (`aminullah` → `amin` + `allah`), or nil.
    static func suffixCompound(_ token: String) -> (stem: String, particle: String)? {
        for (ending, particle) in joinedEndings where token.hasSuffix(ending) && token.utf8.count >= ending.utf8.count + 3 {
            return (String(token.dropLast(ending.count)), particle)
        }
        return nil
    }

    private static let joinedEndings: [(String, String)] = [
        ("ullah", "allah"), ("ollah", "allah"), ("allah", "allah"), ("ulla", "allah"),
        ("uddeen", "din"), ("uddin", "din"), ("eddine", "din"), ("eddin", "din"), ("addin", "din"), ("oddin", "din"),
    ]

    /// What is left of `Abdullah` and its spellings after `abd` and the connector's vowel.
    private static let allahEndings: Set<String> = ["la", "lah", "lla", "llah", "llahi", "lahi", "laye"]

    /// `Abd` written apart, alone or joined with the article (`Abdul Rahman`).
    static let abdForms: Set<String> = [
        "abd", "abdul", "abdel", "abdal", "abdil", "abdol", "abdoul", "abdur", "abdus", "abdun", "abduz", "abdut",
        "abdud", "abder", "abdes", "abdesh", "abdush", "abdou", "abdu",
    ]

    /// The article with or without assimilation to a "sun letter" (ar-Rahman, as-Salam, an-Nur, ...).
    static let abdConnectors: Set<String> = [
        "al", "el", "ul", "il", "ol", "ar", "ur", "er", "as", "us", "es", "an", "un", "en", "at", "ut", "et",
        "ad", "ud", "ed", "az", "uz", "ez", "ash", "ush", "esh", "ath", "uth", "adh", "udh",
    ]

    /// Particles written as words of their own, with the canonical spelling of those that have several.
    static let standaloneParticles: [String: String] = [
        "al": "al", "el": "al", "ul": "al", "bin": "bin", "ben": "bin", "ibn": "bin", "bint": "bint", "abu": "abu",
        "abou": "abu", "abo": "abu", "ould": "ould", "allah": "allah", "ullah": "allah", "ollah": "allah",
        "ulla": "allah", "din": "din", "deen": "din", "uddin": "din", "eddin": "din", "eddine": "din",
        "van": "van", "von": "von", "der": "der", "den": "den", "de": "de", "del": "del", "della": "della",
        "dos": "dos", "das": "das", "zu": "zu", "ter": "ter",
        // Honorifics and religious titles before a name (BGN/PCGN and list spellings): they say little about
        // who it is, and lists write them or leave them out.
        "haji": "haji", "hajji": "haji", "hadji": "haji", "alhaji": "haji", "mullah": "mullah", "mulla": "mullah",
        "molla": "mullah", "sayed": "sayyid", "sayyed": "sayyid", "sayyid": "sayyid", "seyed": "sayyid",
        "seyyed": "sayyid", "syed": "sayyid", "sayid": "sayyid", "sheikh": "sheikh", "shaikh": "sheikh",
        "shaykh": "sheikh", "sheik": "sheikh", "maulvi": "mawlawi", "mawlawi": "mawlawi", "molavi": "mawlawi",
        "maulavi": "mawlawi", "mawlavi": "mawlawi", "qari": "qari", "mufti": "mufti", "ayatollah": "ayatollah",
    ]

    /// Whether a particle is an honorific or religious title (`Haji`, `Mullah`, `Sayyid`, `Sheikh`, `Mawlawi`,
    /// `Qari`, `Mufti`, `Ayatollah`, and their Arabic-script forms) rather than part of the name.
    static func isHonorific(_ token: NameToken) -> Bool {
        if token.isAbjadScript { return arabicHonorifics.contains(token.original) }
        return standaloneParticles[token.text].map(honorifics.contains) ?? false
    }

    private static let honorifics: Set<String> = ["haji", "mullah", "sayyid", "sheikh", "mawlawi", "qari", "mufti", "ayatollah"]
    private static let arabicHonorifics: Set<String> = [
        "سید", "سيد", "حاجی", "حاجي", "ملا", "شیخ", "شيخ", "الشيخ", "مولوی", "مولوي",
    ]

    /// Arabic-script particles written as words of their own.
    static let arabicParticles: Set<String> = [
        "بن", "ابن", "بنت", "ابو", "أبو", "ال", "آل", "ولد", "الله", "اللہ", "الدين", "الدین", "عبد",
        "سید", "سيد", "حاجی", "حاجي", "ملا", "شیخ", "شيخ", "الشيخ", "مولوی", "مولوي",
    ]
}
