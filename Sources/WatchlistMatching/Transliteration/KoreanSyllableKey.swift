/// The North Korean spelling of a syllable the South's Revised Romanization writes: North Korean names
/// reach lists in the style of the DPRK's own system, McCune-Reischauer without diacritics (`Jong Kwang-myong`,
/// `Ri Song-chol`), and South Korean sources and customer records in the Revised Romanization (`Jeong
/// Gwang-myeong`, `Ri Seong-cheol`), so the same person is spelled two ways syllable by syllable.
///
/// Only a word that is unmistakably Revised Romanization gets one: a single syllable (an initial consonant,
/// a vowel and a final consonant from the tables below, nothing else) whose vowel is `eo`, `eu`, `yeo` or
/// `weo`, which the other systems write `o`, `u`, `yo`, `wo` (`ŏ`, `ŭ` once diacritics are dropped). Its
/// initial consonant is spelled the North's way too: `g` reads `k`, `d` `t`, `b` `p`. So `Jeong` reads `jong`,
/// `Seong` `song`, `Eun` `un`, `Geum` `kum`, and meets the North's spelling through its romanization key.
/// Words without those vowels (`Gang`, `Dong`) may as well be Chinese and get nothing: `Gang` is no `Kang`.
///
/// Sources: the consonant and vowel tables of the Revised Romanization of Korean (Ministry of Culture and
/// Tourism, 2000) and of McCune-Reischauer (1939), as the DPRK's 1992 system follows it without diacritics.
enum KoreanSyllableKey {
    /// The North's spelling of a lowercase ASCII word that reads as one Revised Romanization syllable with
    /// one of its own vowels, or nil.
    static func key(of word: [UInt8]) -> [UInt8]? {
        guard (2...7).contains(word.count), word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        for (initial, initialKey) in initials where word.starts(with: initial) {
            let afterInitial = word[initial.count...]
            for (vowel, vowelKey) in vowels where afterInitial.starts(with: vowel) {
                let final = Array(afterInitial.dropFirst(vowel.count))
                guard finals.contains(final) else { continue }
                return initialKey + vowelKey + final
            }
        }
        return nil
    }

    /// A syllable with any vowel whose initial the South writes `g`, `d` or `b`, spelled with the North's `k`,
    /// `t`, `p` (`Gwang` → `kwang`, `Gim` → `kim`); nil for anything else. Read only in a name that other words
    /// mark as the South's (`Jeong Gwang-myeong`): alone, `Gang` may as well be Chinese.
    static func northernInitial(of word: [UInt8]) -> [UInt8]? {
        guard (2...7).contains(word.count), let first = word.first, let northern = southernInitials[first] else { return nil }
        let rest = word.dropFirst()
        for vowel in allVowels where rest.starts(with: vowel) {
            if finals.contains(Array(rest.dropFirst(vowel.count))) { return [northern] + rest }
        }
        return nil
    }

    private static let southernInitials: [UInt8: UInt8] = [UInt8(ascii: "g"): UInt8(ascii: "k"), UInt8(ascii: "d"): UInt8(ascii: "t"), UInt8(ascii: "b"): UInt8(ascii: "p")]

    /// Every vowel either system writes, longest first.
    private static let allVowels: [[UInt8]] = [
        "yeo", "yae", "wae", "weo", "eo", "eu", "ae", "ya", "ye", "yo", "yu", "wa", "wo", "we", "wi", "oe", "ui", "a", "e", "o", "u", "i",
    ].map { Array($0.utf8) }

    /// Initial consonants with the North's spelling, longest first (the empty initial last).
    private static let initials: [([UInt8], [UInt8])] = [
        // The DPRK writes the aspirated t and p `th` and `ph` (`Thae`, `Phyo`).
        ("kk", "kk"), ("tt", "tt"), ("pp", "pp"), ("ss", "ss"), ("jj", "jj"), ("ch", "ch"), ("th", "th"), ("ph", "ph"),
        ("g", "k"), ("k", "k"), ("n", "n"), ("d", "t"), ("t", "t"), ("r", "r"), ("m", "m"), ("b", "p"),
        ("p", "p"), ("s", "s"), ("j", "j"), ("h", "h"), ("", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The Revised Romanization's own vowels, longest first, with the North's spelling.
    private static let vowels: [([UInt8], [UInt8])] = [
        ("yeo", "yo"), ("weo", "wo"), ("eo", "o"), ("eu", "u"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Whether a lowercase ASCII word is one or two syllables of either system (`song`, `chol`, `songchol`,
    /// `hyeok`): what every word of a Korean given name is.
    static func isSyllables(_ word: [UInt8]) -> Bool {
        guard (1...12).contains(word.count) else { return false }
        if isSyllable(word[...]) { return true }
        guard word.count >= 3 else { return false }
        // The second syllable of a word written joined starts with a consonant (`songchol`): vowels run
        // together (`wei`, `liao`) are Chinese.
        return (2..<word.count).contains { split in isSyllable(word[..<split]) && isSyllable(word[split...], withInitial: true) }
    }

    private static func isSyllable(_ word: ArraySlice<UInt8>, withInitial: Bool = false) -> Bool {
        for (initial, _) in initials where word.starts(with: initial) && !(withInitial && initial.isEmpty) {
            let afterInitial = word.dropFirst(initial.count)
            for vowel in allVowels where afterInitial.starts(with: vowel) {
                if finals.contains(Array(afterInitial.dropFirst(vowel.count))) { return true }
            }
        }
        return false
    }

    /// Final consonants both systems write.
    private static let finals: Set<[UInt8]> = Set(["", "k", "n", "t", "l", "m", "p", "ng"].map { Array($0.utf8) })
}
