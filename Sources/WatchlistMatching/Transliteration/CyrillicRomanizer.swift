/// Romanizes a Cyrillic word the ways sanctions lists and passports actually write it.
///
/// ICU's generic transform turns `Миклашевич` into `miklasevic`, but lists write MIKLASHEVICH; a Belarusian
/// `Валянцін` appears as VALIANTSIN (passport), VALYANTSIN (BGN/PCGN) or VALIANCIN (national system). This
/// type returns a small, deterministic set of such spellings, lowercase ASCII, so each can be compared with
/// listed names (directly or through `RomanizationKey`).
///
/// How it works:
/// 1. The word's letters are prepared once: lowercased, combining marks composed (`и` + U+0306 → `й`),
///    stress marks dropped, Latin look-alike letters inside a Cyrillic word folded back to Cyrillic.
/// 2. Its possible languages are narrowed by the letters it contains: `ў` is only Belarusian; `ї є ґ` only
///    Ukrainian; `ы э ё` exclude Ukrainian, Bulgarian, Serbian and Macedonian; `и` excludes Belarusian;
///    `ђ ћ` are Serbian; `ѓ ќ ѕ` Macedonian; `ә ғ қ ң ө ұ ү һ` Kazakh. A word such as `Тимошенко` stays
///    ambiguous and gets both the Russian (`timoshenko`) and the Ukrainian (`tymoshenko`) readings.
/// 3. The tier-0 system of every remaining language (passports, the lists' usual system) and every system
///    of the most likely ones (`mostLikelyLanguages(among:)`) spell the word, in
///    `CyrillicRomanizationSystem.all` order; duplicates are dropped and the list is capped at `limit`, so
///    the result depends only on the word. (Running every system of every language spends the cap on
///    readings nobody writes, such as the Belarusian BGN/PCGN `Syerhyey` for a Russian `Сергей`.)
///
/// ```swift
/// CyrillicRomanizer.spellings(of: "Валянцін")
/// // ["valiantsin", "valyantsin", "valiancin", "valjancin"]
/// CyrillicRomanizer.spellings(of: "Евгений").prefix(3)
/// // ["yevgeniy", "evgenii", "evhenyi"]
/// ```
enum CyrillicRomanizer {
    /// A spelling and the first system (in tier order) that produced it, for explanations.
    struct Romanization: Hashable, Sendable {
        /// Lowercase ASCII.
        var spelling: String
        /// The system's name, e.g. "ICAO 9303 (Russian)".
        var system: String
        /// How that system spells ш ч ж х ц; spellings in `.englishDigraphs` style are the ones lists use.
        var style: CyrillicRomanizationSystem.Style
    }

    /// The default cap on spellings per word.
    static let defaultLimit = 8

    /// The spellings of `word`, best first, at most `limit`; empty when the word has no Cyrillic letter or is
    /// mostly Latin.
    ///
    /// - Parameter language: the word's language when the source says so; otherwise it is inferred from
    ///   the letters.
    static func spellings(of word: String, language: CyrillicLanguage? = nil, limit: Int = defaultLimit) -> [String] {
        romanizations(of: word, language: language, limit: limit).map(\.spelling)
    }

    /// The spellings of `word` with the system that produced each; see `spellings(of:language:limit:)`.
    static func romanizations(
        of word: String, language: CyrillicLanguage? = nil, limit: Int = defaultLimit
    ) -> [Romanization] {
        guard limit > 0, let letters = letters(of: word) else { return [] }
        let languages = language.map { CyrillicLanguage.Set([$0]) } ?? candidateLanguages(of: letters)
        let primary = mostLikelyLanguages(among: languages)
        let systems = CyrillicRomanizationSystem.all
        var spellings: [[UInt8]] = []
        var producers: [Int] = []
        var buffer: [UInt8] = []
        buffer.reserveCapacity(letters.count * 2 + 4)
        // Indices rather than `for system in`: a system is a struct of tables, and copying it per iteration
        // cost more than romanizing.
        for index in systems.indices {
            let language = systems[index].language
            guard languages.contains(language), systems[index].tier == 0 || primary.contains(language) else { continue }
            buffer.removeAll(keepingCapacity: true)
            systems[index].romanize(letters, into: &buffer)
            guard !buffer.isEmpty, !spellings.contains(buffer) else { continue }
            spellings.append(buffer)
            producers.append(index)
            if spellings.count == limit { break }
        }
        return zip(spellings, producers).map {
            Romanization(
                spelling: String(decoding: $0, as: UTF8.self), system: systems[$1].name, style: systems[$1].style)
        }
    }

    /// Whether `word` has at least one Cyrillic letter (and so is worth romanizing).
    static func containsCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x400...0x481).contains($0.value) || (0x48A..<0x500).contains($0.value) }
    }

    // MARK: Letters

    /// Marks an apostrophe (Belarusian and Ukrainian use it as a separating sign); romanized as nothing.
    static let apostrophe: UInt32 = 0x27

    /// The word as lowercase Cyrillic code points (plus ASCII letters, digits and `apostrophe`), or nil
    /// when it has no Cyrillic letter.
    ///
    /// Code points rather than `Character`s: this runs per token at build time and per query token.
    static func letters(of word: String) -> [UInt32]? {
        var raw: [UInt32] = []
        raw.reserveCapacity(word.unicodeScalars.count)
        var cyrillicCount = 0
        var latinCount = 0
        for scalar in word.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x300...0x36F:
                // Combining marks: compose the letters that need them, drop the rest (stress marks).
                guard let last = raw.last else { continue }
                if let composed = composedLetters[UInt64(last) << 32 | UInt64(value)] {
                    raw[raw.count - 1] = composed
                }
            case 0x400...0x481, 0x48A..<0x500:  // the Cyrillic block's letters (0x482-0x489 are signs and marks)
                raw.append(lowercaseCyrillic(value))
                cyrillicCount += 1
            case 0x41...0x5A, 0x61...0x7A:
                raw.append(value)  // lowercased below once we know whether the word is Cyrillic
                latinCount += 1
            case 0x30...0x39:
                raw.append(value)
            default:
                if isApostrophe(value) { raw.append(apostrophe) }
            }
        }
        // A mostly Latin word with a Cyrillic look-alike (`Аlexey` with a Cyrillic А) is Latin: that is
        // `HomoglyphFolding`'s case, not a word to romanize.
        guard cyrillicCount > 0, cyrillicCount >= latinCount else { return nil }
        for index in raw.indices where raw[index] < 0x80 && raw[index] != apostrophe {
            // A Latin letter that looks Cyrillic inside a Cyrillic word is a typo or an evasion.
            if let cyrillic = cyrillicLookalikes[raw[index]] {
                raw[index] = cyrillic
            } else if (0x41...0x5A).contains(raw[index]) {
                raw[index] += 0x20
            }
        }
        return raw
    }

    private static func lowercaseCyrillic(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x410...0x42F: return value + 0x20
        case 0x400...0x40F: return value + 0x50
        case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x4FF: return value | 1  // even code point is the capital
        case 0x4C1...0x4CE: return value & 1 == 1 ? value + 1 : value  // odd code point is the capital
        default: return value
        }
    }

    /// Base letter and combining mark → precomposed letter.
    private static let composedLetters: [UInt64: UInt32] = {
        let pairs: [(UInt32, UInt32, UInt32)] = [
            (0x438, 0x306, 0x439),  // и + breve → й
            (0x443, 0x306, 0x45E),  // у + breve → ў
            (0x435, 0x308, 0x451),  // е + diaeresis → ё
            (0x456, 0x308, 0x457),  // і + diaeresis → ї
            (0x433, 0x301, 0x453),  // г + acute → ѓ
            (0x43A, 0x301, 0x45C),  // к + acute → ќ
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { (UInt64($0.0) << 32 | UInt64($0.1), $0.2) })
    }()

    private static func isApostrophe(_ value: UInt32) -> Bool {
        switch value {
        case 0x27, 0x2019, 0x2018, 0x2BC, 0x2B9, 0x60, 0xB4: return true
        default: return false
        }
    }

    /// Latin letters that look like Cyrillic ones (capitals included, since `B` looks like `В` but `b` does not).
    /// Source: Unicode confusables (UTS #39), the single-letter pairs.
    private static let cyrillicLookalikes: [UInt32: UInt32] = {
        let pairs: [(Character, Character)] = [
            ("A", "а"), ("B", "в"), ("C", "с"), ("E", "е"), ("H", "н"), ("I", "і"), ("K", "к"), ("M", "м"),
            ("O", "о"), ("P", "р"), ("T", "т"), ("X", "х"), ("Y", "у"),
            ("a", "а"), ("c", "с"), ("e", "е"), ("i", "і"), ("o", "о"), ("p", "р"), ("x", "х"), ("y", "у"), ("k", "к"),
        ]
        return Dictionary(
            uniqueKeysWithValues: pairs.map { ($0.0.unicodeScalars.first!.value, $0.1.unicodeScalars.first!.value) })
    }()

    // MARK: Letter classes

    /// Vowel letters of the Cyrillic alphabets handled here.
    static func isVowel(_ letter: UInt32) -> Bool {
        switch letter {
        case 0x430...0x46F:
            // а е и о у ы э ю я ѐ ё є і ї ѝ as bits of a mask over U+0430...U+046F (no table lookup: this runs
            // per letter in every system).
            return vowelMask & (1 << UInt64(letter - 0x430)) != 0
        case 0x4D9, 0x4E9, 0x4B1, 0x4AF:  // ә ө ұ ү
            return true
        default:
            return false
        }
    }

    /// Whether a following `е ё ю я є ї й` takes its iotated spelling in systems with positional rules.
    static func triggersIotation(_ letter: UInt32) -> Bool {
        switch letter {
        case apostrophe, 0x44C, 0x44A, 0x439, 0x45E: return true  // ' ь ъ й ў
        default: return isVowel(letter)
        }
    }

    /// Bit `n` is set when U+0430 + n is one of а е и о у ы э ю я ѐ ё є і ї ѝ (checked in the tests).
    /// A literal, so reading it costs no lazy-initialization check.
    static let vowelMask: UInt64 = 0x20d3_e808_4121

    // MARK: Languages

    /// The languages a word can be in, judging by its letters; Russian, Belarusian and Ukrainian when its
    /// letters contradict each other.
    static func candidateLanguages(of letters: [UInt32]) -> CyrillicLanguage.Set {
        var languages = CyrillicLanguage.Set.all
        for letter in letters where CyrillicRomanizationSystem.isCyrillicBlock(letter) {
            languages = languages.intersection(languagesByLetter[Int(letter - 0x400)])
        }
        return languages.isEmpty ? CyrillicLanguage.Set([.russian, .belarusian, .ukrainian]) : languages
    }

    /// The languages whose every system is tried: Russian when the letters allow it (Russian names are by
    /// far the most frequent Cyrillic names on sanctions lists); otherwise Ukrainian and Belarusian, which
    /// letters alone often cannot tell apart (`Валянцін`, `Міхаіл` have no `ы`, `э`, `ў`, `и`, `ї`);
    /// otherwise the one language left.
    static func mostLikelyLanguages(among languages: CyrillicLanguage.Set) -> CyrillicLanguage.Set {
        if languages.contains(.russian) { return CyrillicLanguage.Set([.russian]) }
        let eastSlavic = languages.intersection(CyrillicLanguage.Set([.ukrainian, .belarusian]))
        if !eastSlavic.isEmpty { return eastSlavic }
        return CyrillicLanguage.allCases.first(where: languages.contains).map { CyrillicLanguage.Set([$0]) } ?? .none
    }

    /// For each letter, the languages whose alphabet has it. Letters not listed are in every alphabet here.
    /// Source: the alphabets as given in the BGN/PCGN and ICAO 9303 tables (see CyrillicRomanizationTables).
    private static let languagesByLetter: [CyrillicLanguage.Set] = {
        var table = [CyrillicLanguage.Set](repeating: .all, count: 0x100)
        func only(_ letters: String, _ languages: [CyrillicLanguage]) {
            for letter in letters.unicodeScalars { table[Int(letter.value - 0x400)] = CyrillicLanguage.Set(languages) }
        }
        only("ыэё", [.russian, .belarusian, .kazakh])
        only("ъ", [.russian, .bulgarian, .kazakh])
        only("щ", [.russian, .ukrainian, .bulgarian, .kazakh])
        only("и", [.russian, .ukrainian, .bulgarian, .kazakh, .serbian, .macedonian])
        only("і", [.belarusian, .ukrainian, .kazakh])
        only("ў", [.belarusian])
        only("їєґ", [.ukrainian])
        only("йьюя", [.russian, .belarusian, .ukrainian, .bulgarian, .kazakh])
        only("ђћ", [.serbian])
        only("ѓќѕ", [.macedonian])
        only("јљњџ", [.serbian, .macedonian])
        only("әғқңөұүһ", [.kazakh])
        return table
    }()
}
