/// The acronym an organization's name gives (`BRT` for `BelarusRezinoTekhnika`, `ISWAP` for `Islamic State
/// West Africa Province`, `AQAP` for `Al-Qaida in the Arabian Peninsula`), so a query that is only the
/// acronym finds the listed names that do not spell it.
///
/// The acronym is the first letters of the name's words, legal forms and short function words (`of`,
/// `and`, `the`, ...) left out, and of the parts of a word written in CamelCase. A name gives one only when it
/// has three letters or more. A query is read as an acronym when it is one word of three to eight letters
/// (a legal form beside it aside: `BRT OOO`). An acronym match scores `similarity`: enough for review, never
/// an exact match, since several names can share initials.
enum OrganizationAcronym {
    static let similarity = 0.85
    static let minimumLength = 3
    static let maximumLength = 8

    /// The acronym of a listed organization's tokens (normalized, lowercase) and the tokens that gave its
    /// letters, or nil.
    static func acronym(of tokens: [NameToken]) -> (letters: String, tokens: [Int])? {
        var letters: [UInt8] = []
        var contributing: [Int] = []
        for (index, token) in tokens.enumerated()
        where token.role != .legalForm && !functionWords.contains(token.text) {
            let parts = camelCaseInitials(token.original)
            if parts.count >= 2, parts.count <= maximumLength {
                letters += parts
            } else if let first = initial(of: token) {
                letters.append(first)
            }
            contributing.append(index)
            if letters.count > maximumLength { return nil }
        }
        guard letters.count >= minimumLength, letters.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return nil }
        return (String(decoding: letters, as: UTF8.self), contributing)
    }

    /// The acronym a query may be: its one word besides legal forms, when it is three to eight letters.
    static func queryKey(_ tokens: [NameToken]) -> String? {
        // Counted and read in place: filtering copies the tokens, for every query.
        guard tokens.count(where: { $0.role != .legalForm }) == 1, let word = tokens.firstIndex(where: { $0.role != .legalForm }),
            (minimumLength...maximumLength).contains(tokens[word].bytes.count),
            tokens[word].bytes.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return nil }
        return tokens[word].text
    }

    /// The letter a word gives an acronym: its first, or in Arabic script the first after the article `ال`,
    /// which acronyms skip (`حماس`, HAMAS, is Harakat al-Muqawama al-Islamiya).
    private static func initial(of token: NameToken) -> UInt8? {
        if token.isAbjadScript, token.original.hasPrefix("ال"), token.bytes.count > 3, token.bytes.starts(with: Array("al".utf8)) {
            return token.bytes[2]
        }
        return token.bytes.first
    }

    /// The lowercased first letters of a CamelCase word's parts (`BelarusRezinoTekhnika` → `brt`), ASCII only.
    private static func camelCaseInitials(_ word: String) -> [UInt8] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.allSatisfy(\.isASCII), let first = scalars.first, first.properties.isUppercase else { return [] }
        var initials: [UInt8] = [UInt8(first.value) | 0x20]
        for index in scalars.indices.dropFirst()
        where scalars[index].properties.isUppercase && scalars[index - 1].properties.isLowercase {
            initials.append(UInt8(scalars[index].value) | 0x20)
        }
        return initials
    }

    /// Words acronyms leave out (English, French, Spanish, German, Russian transliterated).
    private static let functionWords: Set<String> = [
        "of", "and", "the", "for", "in", "on", "at", "a", "an", "de", "du", "des", "la", "le", "et", "y", "und", "der",
        "die", "das", "im", "po", "na", "v", "i", "imeni",
    ]
}
