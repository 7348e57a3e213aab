import WatchlistCore

/// Replaces letters of one script that look like letters of another inside a word written in the other.
///
/// A word such as `Miklashеvich` with a Cyrillic `е` is an evasion or an encoding accident, not a Cyrillic
/// word: romanizing the odd letter would still work, but folding it to its Latin look-alike is exact.
/// The other way round, Cyrillic words typed with a Latin letter or two (`Свiтлана` with a Latin `i`, as
/// Ukrainian and Belarusian keyboards invite; `АНАНЕНКA`, `MЦCT`) get their Cyrillic letters back, so they
/// romanize as the Cyrillic word they are. Words written wholly in Cyrillic or Greek are left for
/// romanization.
enum HomoglyphFolding {
    static func foldMixedScript(_ word: String) -> String {
        var latinCount = 0
        var lookalikeCount = 0
        var otherCyrillicCount = 0
        var hasOtherNonLatin = false
        var latinAllHaveCyrillicLookalikes = true
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.isASCII || (0x00C0...0x024F).contains(scalar.value) {
                latinCount += 1
                if cyrillicLookalikes[scalar] == nil { latinAllHaveCyrillicLookalikes = false }
            } else if latinLookalikes[scalar] != nil {
                lookalikeCount += 1
            } else {
                hasOtherNonLatin = true
                if isCyrillic(scalar) { otherCyrillicCount += 1 }
            }
        }
        guard latinCount > 0 else { return word }
        let cyrillicCount = lookalikeCount + otherCyrillicCount
        if latinAllHaveCyrillicLookalikes, cyrillicCount > latinCount || otherCyrillicCount > 0 {
            return fold(word, with: cyrillicLookalikes)
        }
        guard lookalikeCount > 0, !hasOtherNonLatin else { return word }
        return fold(word, with: latinLookalikes)
    }

    /// A word of Latin letters that all look like Cyrillic ones (`c`, `OAO`), standing between Cyrillic words
    /// (`Общество c Ограниченной Ответственностью`), in Cyrillic letters; nil for any other word.
    static func cyrillicReading(ofLatinWord word: String) -> String? {
        guard !word.isEmpty, word.unicodeScalars.allSatisfy({ cyrillicLookalikes[$0] != nil }) else { return nil }
        return fold(word, with: cyrillicLookalikes)
    }

    /// Whether a word has more Cyrillic letters than others.
    static func isMostlyCyrillic(_ word: String) -> Bool {
        var cyrillic = 0
        var other = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            if isCyrillic(scalar) { cyrillic += 1 } else { other += 1 }
        }
        return cyrillic > other
    }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
        WritingScript.code(for: scalar) == "Cyrl"
    }

    private static func fold(_ word: String, with table: [Unicode.Scalar: Unicode.Scalar]) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            folded.append(table[scalar] ?? scalar)
        }
        return String(folded)
    }

    /// Latin letters that render like a Cyrillic letter: the inverse of the Cyrillic half of
    /// `latinLookalikes`, for the letters Russian, Ukrainian and Belarusian use.
    static let cyrillicLookalikes: [Unicode.Scalar: Unicode.Scalar] = [
        "a": "а", "A": "А", "B": "В", "e": "е", "E": "Е", "k": "к", "K": "К", "M": "М", "H": "Н", "o": "о",
        "O": "О", "p": "р", "P": "Р", "c": "с", "C": "С", "T": "Т", "y": "у", "Y": "У", "x": "х", "X": "Х",
        "i": "і", "I": "І",
    ]

    /// Cyrillic and Greek letters that render like a Latin letter in common fonts.
    /// Source: Unicode confusables data (UTS #39, confusables.txt), the single-letter Latin targets.
    static let latinLookalikes: [Unicode.Scalar: Unicode.Scalar] = [
        // Cyrillic
        "а": "a", "А": "A", "В": "B", "е": "e", "Е": "E", "ё": "e", "к": "k", "К": "K",
        "М": "M", "Н": "H", "о": "o", "О": "O", "р": "p", "Р": "P", "с": "c", "С": "C",
        "Т": "T", "у": "y", "У": "Y", "х": "x", "Х": "X", "і": "i", "І": "I", "ј": "j", "Ј": "J",
        "ѕ": "s", "Ѕ": "S", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
        // Greek
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
        "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "υ": "u",
    ]
}
