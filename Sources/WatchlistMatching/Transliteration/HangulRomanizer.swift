/// Korean written in Hangul, romanized syllable by syllable the way sanctions lists spell Korean names.
///
/// Lists name North Koreans in the DPRK's own romanization, McCune-Reischauer without diacritics (`RI Chang
/// Ho`, `CHOE Ryong Hae`, `THAE Hyong Chol`), one word per syllable of the given name or the syllables joined
/// by a hyphen. ICU's `Hangul-Latin` follows the South's Revised Romanization with its own letters for `ㄹ` and
/// final consonants (`리창호` → `lichangho`, `박` → `bag`), which meets none of those. Each syllable is read here
/// as initial, vowel and final (the Unicode decomposition of a precomposed syllable) and spelled from the tables
/// below: the North's letters first, then the ones lists also write for the same consonant (`k` / `g`, `t` /
/// `d`, `p` / `b`, `j` / `ch`: `MIN Byong Chol` and `Min Pyo'ng-ch'o'l` are one man). Vowels are written once:
/// the South's `eo`, `eu`, `yeo` reach these spellings through `KoreanSyllableKey`, and the family names the
/// South writes its own way (`Lee`, `Park`, `Choi`) through `KoreanSurnameVariants`.
///
/// Sources: the Unicode Standard, chapter 3.12 (Hangul syllable decomposition); the consonant and vowel tables
/// of McCune-Reischauer (1939) as the DPRK's 1992 romanization writes them without diacritics (aspirated `kh`,
/// `th`, `ph`; `ㅓ` and `ㅗ` both `o`, `ㅡ` and `ㅜ` both `u`).
enum HangulRomanizer {
    /// The first and last precomposed Hangul syllables (U+AC00 가 ... U+D7A3 힣).
    static let syllables: ClosedRange<UInt32> = 0xAC00...0xD7A3

    /// Whether the scalar is a precomposed Hangul syllable.
    static func isSyllable(_ scalar: Unicode.Scalar) -> Bool { syllables.contains(scalar.value) }

    /// Whether the text holds a precomposed Hangul syllable.
    static func containsHangul(_ text: String) -> Bool { text.unicodeScalars.contains(where: isSyllable) }

    /// The spellings of a word, best first: the word with every syllable in the North's letters (other
    /// characters as they are), then, for a word of one syllable, the same syllable with the other
    /// spellings of its initial consonant. Empty when the word holds no Hangul syllable.
    static func spellings(of word: String) -> [String] {
        guard containsHangul(word) else { return [] }
        var primary = ""
        var parts: [Parts] = []
        for scalar in word.unicodeScalars {
            if let syllable = Parts(scalar) {
                parts.append(syllable)
                primary += syllable.spelling(initial: syllable.initials[0])
            } else {
                primary.unicodeScalars.append(scalar)
            }
        }
        guard parts.count == 1, word.unicodeScalars.count == 1 else { return [primary] }
        return parts[0].initials.map { parts[0].spelling(initial: $0) }
    }

    /// One syllable's initial spellings, vowel and final.
    private struct Parts {
        var initials: [String]
        var vowel: String
        var final: String

        init?(_ scalar: Unicode.Scalar) {
            guard HangulRomanizer.isSyllable(scalar) else { return nil }
            let index = Int(scalar.value - HangulRomanizer.syllables.lowerBound)
            initials = HangulRomanizer.initials[index / 588]
            vowel = HangulRomanizer.vowels[(index % 588) / 28]
            final = HangulRomanizer.finals[index % 28]
        }

        func spelling(initial: String) -> String { initial + vowel + final }
    }

    /// The 19 initial consonants in Unicode order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ), the North's
    /// spelling first, then the others lists write for it.
    private static let initials: [[String]] = [
        ["k", "g"], ["kk"], ["n"], ["t", "d"], ["tt"], ["r"], ["m"], ["p", "b"], ["pp"], ["s"], ["ss"], [""],
        ["j", "ch"], ["jj"], ["ch"], ["kh", "k"], ["th", "t"], ["ph", "p"], ["h"],
    ]

    /// The 21 vowels in Unicode order (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ).
    private static let vowels: [String] = [
        "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i",
    ]

    /// The 27 final consonants in Unicode order, after none (ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ),
    /// as a syllable ends in speech.
    private static let finals: [String] = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
        "t", "t", "k", "t", "p", "t",
    ]
}
