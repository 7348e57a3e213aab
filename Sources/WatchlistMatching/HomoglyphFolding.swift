/// Replaces Cyrillic and Greek letters that look like Latin ones inside a word that is otherwise Latin.
///
/// A word such as `Miklashеvich` with a Cyrillic `е` is an evasion or an encoding accident, not a Cyrillic
/// word: romanizing the odd letter would still work, but folding it to its Latin look-alike is exact.
/// Words written wholly in Cyrillic or Greek are left for romanization.
enum HomoglyphFolding {
    static func foldMixedScript(_ word: String) -> String {
        var hasLatin = false
        var hasLookalike = false
        var hasOtherNonLatin = false
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.isASCII || (0x00C0...0x024F).contains(scalar.value) {
                hasLatin = true
            } else if latinLookalikes[scalar] != nil {
                hasLookalike = true
            } else {
                hasOtherNonLatin = true
            }
        }
        guard hasLatin, hasLookalike, !hasOtherNonLatin else { return word }
        var folded = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            folded.append(latinLookalikes[scalar] ?? scalar)
        }
        return String(folded)
    }

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
