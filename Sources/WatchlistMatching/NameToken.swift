/// One word of a name after normalization, with the word it came from.
public struct NameToken: Hashable, Sendable, ComparableWord {
    /// The normalized form: lowercase, Latin, no diacritics or invisible characters (`miklashevich`).
    public var text: String
    /// The word as written in the input (`MIKLASHEVICH`).
    public var original: String
    /// What the word is to the matcher.
    public var role: Role

    /// How much a token counts when names are compared.
    public enum Role: String, Hashable, Sendable, Codable {
        /// A family name (surname) part, when the source marks it.
        case family
        /// A given name, middle name or patronymic part, when the source marks it.
        case given
        /// A word of a name given whole.
        case word
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
    /// The consonant skeleton of the first key (`ConsonantSkeleton`), when it is informative.
    let skeleton: [UInt8]?
    /// The cross-language given-name class (`GivenNameEquivalents`) of the word, whatever its role (the
    /// aligner only uses it between words that can be given names).
    let givenNameClass: Int?

    public init(text: String, original: String, role: Role, alternatives: [String] = []) {
        self.text = text
        self.original = original
        self.role = role
        self.bytes = Array(text.utf8)
        var keys: [[UInt8]] = []
        for spelling in [text] + alternatives {
            let key = RomanizationKey.key(forBytes: Array(spelling.utf8))
            if !keys.contains(key) { keys.append(key) }
        }
        self.keys = keys
        self.skeleton = ConsonantSkeleton.skeleton(ofKey: keys[0], wordLength: bytes.count)
        self.givenNameClass = GivenNameEquivalents.classID(forKey: String(decoding: keys[0], as: UTF8.self))
            ?? GivenNameEquivalents.classID(for: text)
    }
}
