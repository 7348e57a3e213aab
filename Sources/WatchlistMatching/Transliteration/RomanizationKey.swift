/// A romanization-invariant key for a normalized Latin token: the common ways of romanizing the same name
/// get the same key, different names keep different keys.
///
/// `Tekhnolit` and `Tehnolit`, `Valyantsin` and `Valiantsin`, `Yevgeniy` and `Evgenii`, `Shcherbakov` and
/// `Scherbakov`, `Aleksandr` and `Alexandr` each share a key, so a candidate index keyed by it finds a listed
/// name whichever system wrote it, and a scorer can treat equal keys as a near-exact match.
///
/// The key is ASCII. Lowercase letters stand for themselves; five capitals stand for sound classes whose
/// spellings vary:
///
/// | key | spellings folded into it | sound |
/// |---|---|---|
/// | `H` | `kh`, `h`, `ch` before a consonant (`Technika`, `Christos`) | х |
/// | `C` | `ch` elsewhere, `tch`, `tsch`, `cz` | ч |
/// | `S` | `sh`, `sch`, `sz`, `shch`, `szcz`, `schtsch` | ш, щ |
/// | `T` | `ts`, `tz`, `tc` before a vowel (Russian passports 2010-2014), `c` before `e i y` | ц |
/// | `Z` | `zh` | ж |
///
/// Rules, in order (each was checked against the ~29,000 distinct name tokens of OFAC's SDN and alias
/// files; see `RomanizationKeyTests`):
/// 1. Doubled letters collapse (`Natallia`, `Hussein`, `Mohammed`), before and after the rules below; a
///    doubled `o` becomes `u` and a doubled `e` `i`, the English spellings of the long vowels in South Asian,
///    Arabic and Korean names (`Mahmood` ~ `Mahmud`, `Noor` ~ `Nur`, `Yoon` ~ `Yun`, `Rasheed` ~ `Rashid`,
///    `Kareem` ~ `Karim`, `Lee` ~ `Li`), except the `ee` of a Russian `-eev` (`Andreev` ~ `Andreyev`, two
///    syllables) and after a vowel (`Saeed`, whose `ae` is the ع of سعيد, keeps its key with `Sayed`).
/// 2. The consonant classes above; `x` → `ks`, `q` → `k`, `w` → `v`, `ph` → `f`, `ck` and other `c` → `k`.
/// 3. `ou` → `u` (`Abou`, `Youssef`); `oe`, `ue` before a consonant → `o`, `u` (`Schroeder`, `Mueller`),
///    but not in a final `-uel`, `-oel` (`Samuel`, `Noel`, `fuel`).
/// 4. A final `h` after a vowel is dropped (`Abdullah` ~ `Abdulla`, `Fatimah` ~ `Fatima`), and a final `-eh` after
///    `i`/`y` or in `-zadeh` is `-a` (the Levantine and Persian spelling of ة: `Haniyeh` ~ `Haniya`, `Alizadeh` ~
///    `Alizada`; source: the BGN/PCGN Persian table's `-eh` and the Arabic table's `-ah`/`-a` for the same letter);
///    so is the `h` of
///    an initial `ht` in a word of four letters or more (Burmese `Htun` ~ `Tun`, `Htay` ~ `Tay`; no English or
///    other listed word starts `ht`; `HTS` is an acronym).
/// 5. Glides: a run of `i`/`y` (and `j` where Slavic spelling uses it for й: after a consonant before a
///    vowel, `Ljubov`; after a vowel or `i` before a consonant or at the end, `Andrej`, `Jurij`) becomes
///    - `y` before a vowel (`Valiantsin` ~ `Valyantsin`, `Maria` ~ `Mariya` ~ `Mariia`, `Iurii` ~ `Yurii`),
///      or nothing when that vowel is `e` (`Yevgeniy` ~ `Evgenii`, `Andreyev` ~ `Andreev`, `Meyer` ~
///      `Meier`, `Solovyev` ~ `Soloviev` ~ `Solovev`, `Yuryevich` ~ `Yurievich` ~ `Yurevich`; after a
///      consonant only in tokens of five letters or more);
///    - `i` everywhere else: at the end (`Dmitriy` ~ `Dmitrii` ~ `Dmitry` ~ `Dmitri`, `Nikolay` ~ `Nikolai` ~
///      `Nikolaj`, `Kowalski` ~ `Kovalsky`), after a vowel before a consonant (`Mikhaylov` ~ `Mikhailov`,
///      `Faysal` ~ `Faisal`), between consonants (`Yanukovych` ~ `Yanukovich`, `Dmytro` ~ `Dmitro`,
///      `Smyth` ~ `Smith`) and at the start before a consonant (`Yvan` ~ `Ivan`).
/// 6. Tokens made only of `i`, `v`, `x` up to four letters are roman numerals (`II`, `III`, `IV`) and kept.
/// 7. Tokens of four letters or fewer keep `c`, `q`, `w` and a final `h`: they are mostly East Asian
///    syllables, where `Cong`/`Kong`, `Cai`/`Kai`, `Qi`/`Ki`, `Wu`/`Vu`, `Koh`/`Ko` are different surnames.
///
/// Deliberately **not** folded, because each would merge many different names (measured on the OFAC
/// tokens): `sh`/`s` and `ch`/`c` from dropped carons (`Miklashevich` vs `Miklasevic`: the romanizer
/// produces both spellings from Cyrillic instead), `zh`/`z`/`j` (`Zhang`/`Zang`, `Jang`/`Yang`, `Jong`/
/// `Yong` are different Chinese and Korean names), `j`/`y` at the start of a word (`Jurij` vs `Yuri` is
/// left to `GivenNameEquivalents`), `g`/`h` (Ukrainian `Hennadiy` vs Russian `Gennadiy`), `w`/`u`
/// (Belarusian `ў`), vowel differences (`Muhammad`/`Mohammed`, `Ivanov`/`Ivanova`: gender forms of a
/// surname are different tokens; matching them is the scorer's decision).
///
/// ```swift
/// RomanizationKey.key(for: "tekhnolit")    // "teHnolit"
/// RomanizationKey.key(for: "tehnolit")     // "teHnolit"
/// RomanizationKey.key(for: "yevgeniy")     // "evgeni"
/// RomanizationKey.key(for: "evgenii")      // "evgeni"
/// ```
enum RomanizationKey {
    /// The key of a normalized token (lowercase ASCII letters and digits; other bytes pass through).
    static func key(for token: String) -> String {
        String(decoding: key(forBytes: Array(token.utf8)), as: UTF8.self)
    }

    /// The key of a normalized token given as UTF-8 bytes.
    ///
    /// Works on bytes: it runs for every listed token at build time and every query token, and the rules
    /// only look at ASCII letters.
    static func key(forBytes token: [UInt8]) -> [UInt8] {
        // Lowercase and collapse doubled letters.
        var letters: [UInt8] = []
        letters.reserveCapacity(token.count)
        var isRomanNumeral = token.count <= 4
        for (position, byte) in token.enumerated() {
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            isRomanNumeral = isRomanNumeral && (lower == i || lower == v || lower == x)
            if isLetter(lower), letters.last == lower {
                // English spellings of long vowels: `oo` is u, `ee` is i (rule 1).
                let following = position + 1 < token.count ? token[position + 1] | 0x20 : 0
                if lower == o {
                    letters[letters.count - 1] = u
                } else if lower == e, following != v, letters.count >= 2, !isVowel(letters[letters.count - 2]) {
                    letters[letters.count - 1] = i
                }
                continue
            }
            letters.append(lower)
        }
        if isRomanNumeral, !token.isEmpty {
            return token.map { $0 | 0x20 }
        }
        var units = Units(capacity: letters.count + 2)
        let isShort = letters.count <= 4
        foldConsonants(letters, isShort: isShort, into: &units)
        return resolveGlides(units, isShort: isShort)
    }

    // MARK: Pass 1: consonant classes and vowel digraphs

    /// What a unit is to the glide rules.
    private enum Kind: UInt8 {
        case vowel, glide, consonant, other
    }

    /// Symbols with their kinds, in two parallel arrays (no per-unit allocation).
    private struct Units {
        var symbols: [UInt8] = []
        var kinds: [Kind] = []

        init(capacity: Int) {
            symbols.reserveCapacity(capacity)
            kinds.reserveCapacity(capacity)
        }

        mutating func append(_ symbol: UInt8, _ kind: Kind) {
            // Doubles made by folding (`ck` + `k`) collapse too; glides are resolved as runs later.
            if kind != .glide, kind != .other, symbols.last == symbol { return }
            symbols.append(symbol)
            kinds.append(kind)
        }
    }

    /// - Parameter isShort: four letters or fewer. Short tokens are mostly East Asian syllables, where `c`,
    ///   `q` and `w` are not `k`, `k` and `v` (`Cong` and `Kong`, `Qi` and `Ki`, `Wu` and `Vu` are different
    ///   surnames) and a final `h` is written (`Koh`, `Shah`); so those folds are left out for them.
    private static func foldConsonants(_ letters: [UInt8], isShort: Bool, into units: inout Units) {
        let count = letters.count
        func at(_ index: Int) -> UInt8 { index < count ? letters[index] : 0 }
        func matches(_ pattern: StaticString, at index: Int) -> Bool {
            pattern.withUTF8Buffer { pattern in
                guard index + pattern.count <= count else { return false }
                for offset in 0..<pattern.count where letters[index + offset] != pattern[offset] { return false }
                return true
            }
        }
        var index = 0
        while index < count {
            let letter = letters[index]
            let next = at(index + 1)
            switch letter {
            case s:
                if matches("schtsch", at: index) {
                    units.append(classS, .consonant); index += 7
                } else if matches("shch", at: index) || matches("szcz", at: index) {
                    units.append(classS, .consonant); index += 4
                } else if matches("sch", at: index) {
                    units.append(classS, .consonant); index += 3
                } else if next == h || next == z {
                    units.append(classS, .consonant); index += 2
                } else {
                    units.append(s, .consonant); index += 1
                }
            case t:
                if matches("tsch", at: index) {
                    units.append(classC, .consonant); index += 4
                } else if matches("tch", at: index) {
                    units.append(classC, .consonant); index += 3
                } else if next == s || next == z || (next == c && isVowelOrGlide(at(index + 2))) {
                    units.append(classT, .consonant); index += 2
                } else {
                    units.append(t, .consonant); index += 1
                }
            case c:
                if next == h {
                    // "ch" is х in German, Polish, Czech and Greek-style spellings (Technika, Christos,
                    // Rachmaninov) and ч in English-style ones (Ivanovich). Before a consonant ч is rare in
                    // names, х common, so the consonant decides.
                    units.append(isConsonant(at(index + 2)) ? classH : classC, .consonant); index += 2
                } else if next == z {
                    units.append(classC, .consonant); index += 2
                } else if next == k {
                    units.append(k, .consonant); index += 2
                } else if next == e || next == i || next == y {
                    units.append(classT, .consonant); index += 1
                } else {
                    units.append(isShort ? c : k, .consonant); index += 1
                }
            case k:
                if next == h {
                    units.append(classH, .consonant); index += 2
                } else {
                    units.append(k, .consonant); index += 1
                }
            case z:
                if next == h {
                    units.append(classZ, .consonant); index += 2
                } else {
                    units.append(z, .consonant); index += 1
                }
            case p:
                if next == h {
                    units.append(f, .consonant); index += 2
                } else {
                    units.append(p, .consonant); index += 1
                }
            case x:
                units.append(k, .consonant)
                units.append(s, .consonant)
                index += 1
            case q:
                units.append(isShort ? q : k, .consonant); index += 1
            case w:
                units.append(isShort ? w : v, .consonant); index += 1
            case h:
                // A final h after a vowel is not pronounced (Abdullah, Fatimah, Aishah). An initial `ht` is the
                // Burmese aspirated t, often written `t` (Htun ~ Tun, Htay ~ Tay).
                if index == count - 1 && !isShort && units.kinds.last == .vowel || index == 0 && next == t && count >= 4 {
                    // Levantine and Persian spellings write a final ة `-eh` where others write `-a`: after `i`/`y`
                    // (`Haniyeh` ~ `Haniya`, `Attieh` ~ `Attia`) and in `-zadeh` (`Hassanzadeh` ~ `Hassanzada`).
                    // Not after other letters, where the `h` is often a consonant (`Saleh` صالح is not `Salah`).
                    if index == count - 1, index >= 2, letters[index - 1] == e,
                        letters[index - 2] == i || letters[index - 2] == y || count >= 5 && matches("zadeh", at: count - 5)
                    {
                        units.symbols[units.symbols.count - 1] = a
                    }
                    index += 1
                } else {
                    units.append(classH, .consonant); index += 1
                }
            case o:
                if next == u {
                    units.append(u, .vowel); index += 2
                } else if next == e, isConsonant(at(index + 2)), !(at(index + 2) == l && index + 3 == count) {
                    units.append(o, .vowel); index += 2
                } else {
                    units.append(o, .vowel); index += 1
                }
            case u:
                if next == e, isConsonant(at(index + 2)), !(at(index + 2) == l && index + 3 == count) {
                    units.append(u, .vowel); index += 2
                } else {
                    units.append(u, .vowel); index += 1
                }
            case a, e:
                units.append(letter, .vowel); index += 1
            case i, y:
                units.append(letter, .glide); index += 1
            case j:
                let previous = index > 0 ? letters[index - 1] : 0
                let isGlide =
                    (isConsonant(previous) && isVowel(next))
                    || ((isVowel(previous) || previous == i || previous == y) && !isVowelOrGlide(next))
                units.append(j, isGlide ? .glide : .consonant); index += 1
            default:
                units.append(letter, isLetter(letter) ? .consonant : .other); index += 1
            }
        }
    }

    // MARK: Pass 2: glides

    private static func resolveGlides(_ units: Units, isShort: Bool) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(units.symbols.count)
        func append(_ symbol: UInt8) {
            if key.last == symbol, isLetterOrClass(symbol) { return }
            key.append(symbol)
        }
        let count = units.symbols.count
        var previous: Kind? = nil  // nil at the start of the word
        var index = 0
        while index < count {
            guard units.kinds[index] == .glide else {
                append(units.symbols[index])
                previous = units.kinds[index]
                index += 1
                continue
            }
            var end = index
            while end < count, units.kinds[end] == .glide { end += 1 }
            if end < count, units.kinds[end] == .vowel {
                let vowel = units.symbols[end]
                let afterVowelOrAtStart = previous == nil || previous == .vowel
                // Iotated e (ye, ie) is plain e in ICAO-style spellings: at the start and after a vowel
                // (Yelena, Andreyev), and where ICAO drops the soft sign (Solovyev ~ Solovev, Yuryevich ~
                // Yurevich ~ Yurievich). After a consonant only in longer tokens: Tien, Bien, Niel are
                // other names than Ten, Ben, Nel.
                if !(vowel == e && (afterVowelOrAtStart || !isShort)) { append(y) }
            } else {
                append(i)
            }
            previous = .glide
            index = end
        }
        return key
    }

    // MARK: Letters

    private static let a = UInt8(ascii: "a"), c = UInt8(ascii: "c"), e = UInt8(ascii: "e"), f = UInt8(ascii: "f")
    private static let h = UInt8(ascii: "h"), i = UInt8(ascii: "i"), j = UInt8(ascii: "j"), k = UInt8(ascii: "k")
    private static let l = UInt8(ascii: "l")
    private static let o = UInt8(ascii: "o"), p = UInt8(ascii: "p"), q = UInt8(ascii: "q"), s = UInt8(ascii: "s")
    private static let t = UInt8(ascii: "t"), u = UInt8(ascii: "u"), v = UInt8(ascii: "v"), w = UInt8(ascii: "w")
    private static let x = UInt8(ascii: "x"), y = UInt8(ascii: "y"), z = UInt8(ascii: "z")
    private static let classH = UInt8(ascii: "H"), classC = UInt8(ascii: "C"), classS = UInt8(ascii: "S")
    private static let classT = UInt8(ascii: "T"), classZ = UInt8(ascii: "Z")

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= a && byte <= z }
    private static func isLetterOrClass(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 0x41 && byte <= 0x5A) }
    private static func isVowel(_ byte: UInt8) -> Bool { byte == a || byte == e || byte == o || byte == u }
    private static func isVowelOrGlide(_ byte: UInt8) -> Bool { isVowel(byte) || byte == i || byte == y }
    private static func isConsonant(_ byte: UInt8) -> Bool { isLetter(byte) && !isVowelOrGlide(byte) }
}
