/// One word of a name after normalization, with the word it came from.
public struct NameToken: Hashable, Sendable {
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

    public init(text: String, original: String, role: Role) {
        self.text = text
        self.original = original
        self.role = role
    }

    /// The normalized form as UTF-8 bytes, for the similarity metrics.
    var bytes: [UInt8] { Array(text.utf8) }
}
