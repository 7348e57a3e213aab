/// The consonants an Arabic-script (or Hebrew) word writes, and the consonants a Latin spelling of it
/// writes, in one coarse alphabet, so `عمر` ~ `Omar`, `سعيد` ~ `Said`, `الذهب` ~ `al-Thahab`, `حمزة` ~
/// `Hamza`, `ינון לוי` ~ `Yinon Levi`.
///
/// Arabic and Persian script write consonants and long vowels; short vowels are left to the reader, and
/// every Latin romanization fills them in its own way. So an Arabic-script word and a Latin word are
/// compared on their consonants, after folding the letters whose Latin spellings vary, and on the long
/// vowels the script writes:
///
/// | reading | Arabic-script letters | Latin spellings |
/// |---|---|---|
/// | dropped | ا أ إ آ ء ؤ ئ ع ى ي ی و ے, vowel signs, tatweel | a e i o u y w v, `'` |
/// | `K` | ق ك ک گ غ | q k g c, gh |
/// | `S` | ش چ | sh ch |
/// | `T` | ث ذ ظ ض (also read as s, t, z, d: `Uthman` / `Osman`, `Dhahab` / `Zahab`) | th dh |
/// | `x` | خ | kh |
/// | `j` | ج (also read as `K`: `Gamal`) | j dj |
/// | `h` | ح ه ھ, but not at the end of a word (unless in `الله`) | h, but not at the end after a vowel (unless in `llah`) |
/// | dropped or `t` | ة ۃ at the end (`Hamza`, `Selselat`) | |
///
/// Hebrew, also written without short vowels, reads the same way: א ע like ع, ו י as long vowels, ב as b
/// or v, ג ק as `K`, כ as `K`, kh or ch, ח as kh, h or ch, ש as `S` or s, צ as `C` (Latin `tz`, `ts`) or z,
/// פ as p or f, and a final ה as a vowel (`Moshe`).
///
/// The rest map to the letter their romanizations share (ب b, پ p, ت ط ٹ t, د ڈ d, ر ڑ r, ز ژ z,
/// س ص s, ف f, ل l, م m, ن ں n), with Pashto's own letters as Afghan names on the lists spell them (ټ t,
/// ډ d, ړ r, ڼ n, ګ g, ځ z: `ځدران` ZADRAN; څ ts or s; ږ z or g; ښ sh or kh; ې ۍ as `i`). Doubled
/// consonants collapse (shadda is rarely written). A word that starts
/// with a vowel sound (alif, hamza, ayn, و, ي; Latin `a e i o u y w v`) gets a leading `.`, so `Ali` ~
/// `علی` but not `Lee`; the article `ال` is read both kept (`الحرمين` ~ `Alharamain`) and dropped
/// (`الربيعي` ~ `Rabi'i` in `AL-RABI'I`).
///
/// The long vowels the script writes must be there in the Latin word, between the same consonants:
/// ا as `a` or `e` (`Jamal`, `Djamel`), ي ی ے as `i`, `e` or `y`, و as `u`, `o`, `w` or `v`. So `حسين` is
/// `Hussein` but not `Hassan`, and `سيفي` is `Saifi` but not `Sophie`. Latin may add vowels the script
/// leaves out. Unconstrained: the first letters up to the first consonant, ى, a final ی or ي (Persian
/// `مصطفی`, `Mostafa`) and a final و (`Amr`), the silent و of Persian خوا (`Khajeh`), the alif of an
/// article inside a word (`عبدالله`, `Abdullah`), ع and the hamza letters.
///
/// A reading says less than a spelling (`Said`, `Saad` and `Sayed` all read `sd`): an agreement counts
/// 0.90 (as `ConsonantSkeleton` counts Arabic script), and 0.85 when the reading has a single consonant
/// (`Ali` ~ `علی`).
///
/// Sources: the Arabic and Persian tables of the BGN/PCGN romanization systems (1956 and 1958) and of
/// ISO 233, for which Latin spellings each letter takes; the French (dj, ou) and Egyptian (g for ج and ق)
/// spellings seen in the lists.
enum AbjadSkeleton {
    /// At most this many readings per word (letters with several readings multiply them).
    static let maximumReadings = 8
    /// Marks a reading of a word that starts with a vowel sound.
    static let vowelStart = UInt8(ascii: ".")

    /// A word's readings: consonant classes with the vowels between them (Latin vowels as written, the
    /// script's long vowels as `A`, `I`, `U`), and the same without the vowels (`consonantal`), which is
    /// what the word table is keyed by.
    ///
    /// Every listed word and name token has one, and the matcher compares them in its inner loop, so the
    /// readings are packed in one array, each reading followed by its consonants, each ended by a 0 byte:
    /// one allocation per word, and none to compare.
    struct Readings: Hashable, Sendable {
        private var packed: [UInt8] = []

        var isEmpty: Bool { packed.isEmpty }

        /// The readings without their vowels, each once.
        var consonantal: [[UInt8]] {
            var keys: [[UInt8]] = []
            _ = first { _, consonants in
                if !keys.contains(where: { $0.elementsEqual(consonants) }) { keys.append(Array(consonants)) }
                return false
            }
            return keys
        }

        /// Calls `body` with each reading and its consonants until it returns true; whether it did.
        func first(where body: (ArraySlice<UInt8>, ArraySlice<UInt8>) -> Bool) -> Bool {
            var start = 0
            while start < packed.count {
                let vocalizedEnd = packed[start...].firstIndex(of: 0)!
                let consonantalEnd = packed[(vocalizedEnd + 1)...].firstIndex(of: 0)!
                if body(packed[start..<vocalizedEnd], packed[(vocalizedEnd + 1)..<consonantalEnd]) { return true }
                start = consonantalEnd + 1
            }
            return false
        }

        fileprivate mutating func append(_ reading: [UInt8]) {
            let consonants = reading.filter { !AbjadSkeleton.isVowel($0) }
            guard consonants.contains(where: { $0 != AbjadSkeleton.vowelStart }),
                !first(where: { vocalized, _ in vocalized.elementsEqual(reading) })
            else { return }
            packed += reading
            packed.append(0)
            packed += consonants
            packed.append(0)
        }
    }

    /// The similarity of a query word in Arabic or Hebrew script to a listed word of another script whose
    /// reading it shares, or nil.
    ///
    /// One way only: a Latin query is not read against listed Arabic-script or Hebrew names. Lists that write a name
    /// in Arabic script also write it in Latin, so the other way would find little, and it would cost every
    /// Latin query lookups and false hits (`Karner` reads like `الغماري`).
    static func similarity(query: some ComparableWord, listed: some ComparableWord) -> Double? {
        guard query.isAbjadScript, !listed.isAbjadScript else { return nil }
        let (arabic, other) = (query.abjadReadings, listed.abjadReadings)
        guard !arabic.isEmpty, !other.isEmpty else { return nil }
        var consonantCount = 0
        let agree = other.first { latin, latinConsonants in
            arabic.first { script, scriptConsonants in
                guard scriptConsonants.elementsEqual(latinConsonants), longVowelsAgree(script: script, latin: latin) else { return false }
                consonantCount = latinConsonants.count - (latinConsonants.first == vowelStart ? 1 : 0)
                return true
            }
        }
        guard agree else { return nil }
        return consonantCount == 1 ? 0.85 : 0.90
    }

    /// The readings of an Arabic-script or Hebrew word's spellings (the word, and the element of a compound).
    static func readings(ofArabic spellings: [String]) -> Readings {
        var readings = Readings()
        for spelling in spellings { for reading in self.readings(ofArabic: spelling) { readings.append(reading) } }
        return readings
    }

    /// The readings of a Latin word's normalized spellings; none when no spelling has a consonant to read
    /// or is a name word (digits).
    ///
    /// A standalone `Abd` particle written with its article (`Abdul`, `Abdel`, `Abdur`) also reads as `abd`,
    /// the `عبد` that Arabic script writes apart from the article of the next word (`عبد الرحمن`).
    static func readings(ofLatin spellings: [String]) -> Readings {
        var readings = Readings()
        for spelling in spellings {
            if let reading = reading(ofLatin: Array(spelling.utf8)) { readings.append(reading) }
            if spelling != "abd", NameParticles.abdForms.contains(spelling), let reading = reading(ofLatin: Array("abd".utf8)) {
                readings.append(reading)
            }
            if let bare = withoutAssimilatedArticle(spelling), let reading = reading(ofLatin: Array(bare.utf8)) { readings.append(reading) }
        }
        return readings
    }

    /// A Maghreb spelling's article assimilated to a sun letter and joined to the word (`Essabar` for
    /// الصبار, `Essaadi` for السعدي, `Ettaher` for الطاهر), without it: `sabar`, `saadi`, `taher`. Only for
    /// comparing with Arabic script, whose readings leave the article out; nil for other words. Source: the
    /// sun letters of the Arabic article (ت ث د ذ ر ز س ش ص ض ط ظ ل ن) and French-style spellings in the lists
    /// (`ZAKARYA ESSABAR`, `Moussa Ben Amor Ben Ali ESSAADI`).
    static func withoutAssimilatedArticle(_ spelling: String) -> String? {
        let bytes = Array(spelling.utf8)
        guard bytes.count >= 6, bytes[0] == UInt8(ascii: "e") else { return nil }
        let sunLetters: [[UInt8]] = ["ss", "tt", "dd", "zz", "rr", "nn", "ll", "chch", "shsh"].map { Array($0.utf8) }
        for doubled in sunLetters where bytes.dropFirst().starts(with: doubled) {
            let single = doubled.count / 2
            return String(decoding: bytes.dropFirst(1 + single), as: UTF8.self)
        }
        return nil
    }

    /// Whether every long vowel of the script's reading has a Latin vowel that can spell it between the same
    /// consonants (the two readings have the same consonants).
    private static func longVowelsAgree(script: ArraySlice<UInt8>, latin: ArraySlice<UInt8>) -> Bool {
        let scriptGaps = gaps(script)
        let latinGaps = gaps(latin)
        guard scriptGaps.count == latinGaps.count else { return false }
        for (scriptGap, latinGap) in zip(scriptGaps, latinGaps).dropFirst() {
            // A doubled Latin vowel spells a long vowel (`Mahmoud`, `Saeed`, `Nooruddin`) or an ayn (`Saad`):
            // the script must write one there (`محمود`, not `محمد`).
            if hasDoubledVowel(latinGap), scriptGap.isEmpty { return false }
            for vowel in scriptGap where vowel != glottal && vowel != free {
                let spellings: StaticString =
                    switch vowel {
                    case UInt8(ascii: "A"): "ae"
                    case UInt8(ascii: "I"): "iey"
                    default: "uowv"
                    }
                let spelled = spellings.withUTF8Buffer { spellings in latinGap.contains { spellings.contains($0) } }
                if !spelled { return false }
            }
        }
        return true
    }

    /// Whether a Latin gap spells a long vowel: `ou`, `oo`, `uu`, `ee`, `ii`, `aa`.
    private static func hasDoubledVowel(_ gap: [UInt8]) -> Bool {
        zip(gap, gap.dropFirst()).contains { first, second in
            (first == second && first != UInt8(ascii: "y") && first != UInt8(ascii: "w") && first != UInt8(ascii: "v"))
                || (first == UInt8(ascii: "o") && second == UInt8(ascii: "u"))
        }
    }

    /// The vowels before the first consonant and after each consonant.
    private static func gaps(_ reading: ArraySlice<UInt8>) -> [[UInt8]] {
        var gaps: [[UInt8]] = [[]]
        for byte in reading where byte != vowelStart {
            if isVowel(byte) { gaps[gaps.count - 1].append(byte) } else { gaps.append([]) }
        }
        return gaps
    }

    fileprivate static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"), UInt8(ascii: "w"), UInt8(ascii: "v"), longA, longI, longU, glottal, free:
            true
        default: false
        }
    }

    // MARK: Latin

    /// The vocalized reading of a normalized Latin word (lowercase ASCII letters), or nil.
    static func reading(ofLatin word: [UInt8]) -> [UInt8]? {
        guard let first = word.first else { return nil }
        var reading: [UInt8] = []
        reading.reserveCapacity(word.count + 1)
        if isVowel(first) { reading.append(vowelStart) }
        var lastConsonant: UInt8 = 0
        func append(_ consonant: UInt8) {
            // Doubled consonants collapse, also across vowels the script would not write (`Habib`, `حبيب`).
            if lastConsonant != consonant { reading.append(consonant) }
            lastConsonant = consonant
        }
        var index = 0
        while index < word.count {
            let letter = word[index]
            let next = index + 1 < word.count ? word[index + 1] : 0
            guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { return nil }
            index += 1
            if isVowel(letter) {
                reading.append(letter)
                continue
            }
            switch (letter, next) {
            case (UInt8(ascii: "k"), UInt8(ascii: "h")): append(UInt8(ascii: "x")); index += 1
            case (UInt8(ascii: "s"), UInt8(ascii: "h")), (UInt8(ascii: "c"), UInt8(ascii: "h")): append(classS); index += 1
            case (UInt8(ascii: "t"), UInt8(ascii: "h")), (UInt8(ascii: "d"), UInt8(ascii: "h")): append(classT); index += 1
            case (UInt8(ascii: "g"), UInt8(ascii: "h")): append(classK); index += 1
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): append(UInt8(ascii: "f")); index += 1
            case (UInt8(ascii: "t"), UInt8(ascii: "s")), (UInt8(ascii: "t"), UInt8(ascii: "z")): append(classC); index += 1
            case (UInt8(ascii: "d"), UInt8(ascii: "j")): append(UInt8(ascii: "j")); index += 1
            case (UInt8(ascii: "h"), _):
                // A final h after a vowel is not written in Arabic script (Fatimah, Shah), except in Allah.
                if index == word.count, index >= 2, isVowel(word[index - 2]),
                    !(index >= 4 && word[index - 3] == UInt8(ascii: "l") && word[index - 4] == UInt8(ascii: "l"))
                {
                    continue
                }
                append(UInt8(ascii: "h"))
            // A soft c before e, i, y is French and Spanish for s: Belkacem (بلقاسم), Kacem.
            case (UInt8(ascii: "c"), UInt8(ascii: "e")), (UInt8(ascii: "c"), UInt8(ascii: "i")), (UInt8(ascii: "c"), UInt8(ascii: "y")):
                append(UInt8(ascii: "s"))
            case (UInt8(ascii: "q"), _), (UInt8(ascii: "k"), _), (UInt8(ascii: "g"), _), (UInt8(ascii: "c"), _): append(classK)
            case (UInt8(ascii: "x"), _): append(classK); append(UInt8(ascii: "s"))
            default: append(letter)
            }
        }
        return reading
    }

    // MARK: Arabic script

    /// The vocalized readings of an Arabic-script word, at most `maximumReadings` per form (with and
    /// without a leading article).
    static func readings(ofArabic word: String) -> [[UInt8]] {
        // Presentation forms (ﻋ, ﺪ) to the letters they show.
        let letters = Array(hebrewLettersWithGeresh(in: word.precomposedStringWithCompatibilityMapping.unicodeScalars).filter { letter($0) != nil })
        guard !letters.isEmpty else { return [] }
        var readings: [[UInt8]] = []
        // Not `الله` (Allah), whose `ال` is no article to drop.
        let hasArticle = letters.count >= 5 && letters[0] == "\u{0627}" && letters[1] == "\u{0644}"
        for start in hasArticle ? [0, 2] : [0] {
            for reading in self.readings(of: letters[start...]) where !readings.contains(reading) {
                readings.append(reading)
            }
        }
        return readings
    }

    /// The scalars with each Hebrew letter that a geresh follows read as the Arabic-script letter of the sound
    /// it then writes, the geresh dropped: Hebrew writes the sounds it has no letter for that way in foreign
    /// names, ג׳ `j` (ج), ז׳ `zh` (ژ), צ׳ `ch` (چ), so `טנג'יל` is `TANJIL` and `ג'מאל` is `Jamal`. The geresh is
    /// often typed as an apostrophe. Source: the Academy of the Hebrew Language's transliteration rules (2011)
    /// for ג׳, ז׳, צ׳.
    private static func hebrewLettersWithGeresh(in scalars: String.UnicodeScalarView) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in scalars {
            if gereshMarks.contains(scalar), let last = result.last, let arabic = arabicLetterForGeresh[last] {
                result[result.count - 1] = arabic
            } else {
                result.append(scalar)
            }
        }
        return result
    }

    /// The geresh (U+05F3) and the apostrophes typed for it.
    private static let gereshMarks: Set<Unicode.Scalar> = ["\u{05F3}", "'", "\u{2019}"]
    private static let arabicLetterForGeresh: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{05D2}": "\u{062C}",  // ג׳ → ج
        "\u{05D6}": "\u{0698}",  // ז׳ → ژ
        "\u{05E6}": "\u{0686}", "\u{05E5}": "\u{0686}",  // צ׳ ץ׳ → چ
    ]

    private static func readings(of letters: ArraySlice<Unicode.Scalar>) -> [[UInt8]] {
        let startsWithVowel = letters.first.flatMap(letter).map { !$0.isConsonant } ?? false
        var readings: [(reading: [UInt8], lastConsonant: UInt8)] = [(startsWithVowel ? [vowelStart] : [], 0)]
        for (offset, scalar) in zip(0..., letters) {
            guard var current = letter(scalar) else { continue }
            let position = letters.startIndex + offset
            let isLast = position == letters.endIndex - 1
            if isLast {
                switch scalar {
                case "\u{05D4}": continue  // a final ה is a vowel: Moshe, Sarah
                case "\u{0647}", "\u{06C1}":
                    // A final ه is not written in Latin (Fatima, Shah), but for Allah (Abdullah, Abdulla;
                    // الله alone: Allah only, or it would read like any word of one l); after a consonant it
                    // may be one (طه, Taha).
                    let isAllah = position >= letters.startIndex + 2 && letters[position - 1] == "\u{0644}"
                        && letters[position - 2] == "\u{0644}"
                    if isAllah {
                        current = .choices(letters.count == 4 ? [UInt8(ascii: "h")] : [UInt8(ascii: "h"), 0])
                    } else if position > letters.startIndex, letter(letters[position - 1])?.isConsonant == true {
                        current = .choices([0, UInt8(ascii: "h")])
                    } else {
                        continue
                    }
                // A final ح is a consonant the Latin spelling may drop after a vowel, as it drops a final h
                // (Fatah, Saleh, Mamdouh).
                case "\u{062D}": current = .choices([UInt8(ascii: "h"), 0])
                case "\u{0629}", "\u{06C3}": current = .choices([0, UInt8(ascii: "t")])  // ة: Hamza, Selselat
                case "\u{0648}": current = .vowel(free)  // a final و may be silent: Amr
                case "\u{064A}", "\u{06CC}", "\u{06D2}": current = .vowel(free)  // Persian final ی is also a: Mostafa
                default: break
                }
            }
            // Persian خوا reads kha: خواجه, Khajeh.
            if scalar == "\u{0648}", position > letters.startIndex, letters[position - 1] == "\u{062E}",
                position + 1 < letters.endIndex, letters[position + 1] == "\u{0627}"
            {
                current = .vowel(free)
            }
            // The alif of an article inside a word is not read as a: عبدالله, Abdullah.
            if scalar == "\u{0627}", position > letters.startIndex, position + 1 < letters.endIndex,
                letters[position + 1] == "\u{0644}"
            {
                current = .vowel(free)
            }
            switch current {
            case .vowel(let marker):
                for index in readings.indices { readings[index].reading.append(marker) }
            case .choices(let choices):
                var next: [(reading: [UInt8], lastConsonant: UInt8)] = []
                for (reading, lastConsonant) in readings {
                    for choice in choices where next.count < maximumReadings {
                        if choice == 0 || choice == lastConsonant {
                            next.append((reading, lastConsonant))
                        } else {
                            next.append((reading + [choice], choice))
                        }
                    }
                }
                readings = next
            }
        }
        return readings.map(\.reading)
    }

    /// What a letter of the script is to a reading.
    private enum Letter {
        /// A long vowel the Latin word must spell (`A`, `I`, `U`), or a vowel letter that constrains
        /// nothing (`glottal`, `free`).
        case vowel(UInt8)
        /// The consonant classes the letter may be read as (0: nothing).
        case choices([UInt8])

        var isConsonant: Bool {
            if case .choices = self { return true }
            return false
        }
    }

    /// What a scalar is to a reading, nil for a scalar that is not a letter of a name (vowel signs, shadda,
    /// tatweel, other scripts).
    private static func letter(_ scalar: Unicode.Scalar) -> Letter? {
        func consonant(_ ascii: Unicode.Scalar) -> Letter { .choices([UInt8(ascii: ascii)]) }
        switch scalar.value {
        case 0x0627, 0x0622, 0x0671: return .vowel(longA)
        case 0x064A, 0x06CC, 0x06D2, 0x06D0, 0x06CD: return .vowel(longI)
        case 0x0648: return .vowel(longU)
        case 0x0623, 0x0625, 0x0621, 0x0624, 0x0626, 0x0639: return .vowel(glottal)
        case 0x0649: return .vowel(free)
        case 0x0628: return consonant("b")
        case 0x067E: return consonant("p")
        case 0x062A, 0x0637, 0x0679, 0x067C: return consonant("t")
        case 0x062B: return .choices([classT, UInt8(ascii: "s"), UInt8(ascii: "t")])
        case 0x062C: return .choices([UInt8(ascii: "j"), classK])
        case 0x0686, 0x0634: return .choices([classS])
        case 0x062D, 0x0647, 0x06BE, 0x06C1: return consonant("h")
        case 0x062E: return consonant("x")
        case 0x062F, 0x0688, 0x0689: return consonant("d")
        case 0x0630: return .choices([classT, UInt8(ascii: "z"), UInt8(ascii: "d")])
        case 0x0631, 0x0691, 0x0693: return consonant("r")
        case 0x0632, 0x0698: return consonant("z")
        case 0x0681: return consonant("z")  // ځ: z (not d: `ځدران` ZADRAN is not DURRANI)
        case 0x0685: return .choices([classC, UInt8(ascii: "s")])  // څ: ts, s
        case 0x0696: return .choices([UInt8(ascii: "z"), classK])  // ږ: z(h), g
        case 0x069A: return .choices([classS, UInt8(ascii: "x")])  // ښ: sh, kh
        case 0x0633, 0x0635: return consonant("s")
        case 0x0636: return .choices([UInt8(ascii: "d"), classT, UInt8(ascii: "z")])
        case 0x0638: return .choices([UInt8(ascii: "z"), classT])
        case 0x0641: return consonant("f")
        case 0x063A, 0x0642, 0x0643, 0x06A9, 0x06AF, 0x06AB: return .choices([classK])
        case 0x0644: return consonant("l")
        case 0x0645: return consonant("m")
        case 0x0646, 0x06BA, 0x06BC: return consonant("n")
        case 0x0629, 0x06C3: return consonant("t")  // ة inside a joined compound
        // Hebrew
        case 0x05D0, 0x05E2: return .vowel(glottal)  // א ע
        case 0x05D5: return .vowel(longU)  // ו
        case 0x05D9: return .vowel(longI)  // י
        case 0x05D1: return .choices([UInt8(ascii: "b"), 0])  // ב: b, or v (a vowel-like letter in Latin readings)
        case 0x05D2, 0x05E7: return .choices([classK])  // ג ק
        case 0x05D3: return consonant("d")
        case 0x05D4: return consonant("h")
        case 0x05D6: return consonant("z")
        case 0x05D7: return .choices([UInt8(ascii: "x"), UInt8(ascii: "h"), classS])  // ח: kh, h, ch
        case 0x05D8, 0x05EA: return consonant("t")  // ט ת
        case 0x05DA, 0x05DB: return .choices([classK, UInt8(ascii: "x"), classS])  // כ ך: k, kh, ch
        case 0x05DC: return consonant("l")
        case 0x05DD, 0x05DE: return consonant("m")
        case 0x05DF, 0x05E0: return consonant("n")
        case 0x05E1: return consonant("s")
        case 0x05E3, 0x05E4: return .choices([UInt8(ascii: "p"), UInt8(ascii: "f")])  // פ ף
        case 0x05E5, 0x05E6: return .choices([classC, UInt8(ascii: "z"), UInt8(ascii: "s")])  // צ ץ: tz, ts, z
        case 0x05E8: return consonant("r")
        case 0x05E9: return .choices([classS, UInt8(ascii: "s")])  // ש: sh, s
        default: return nil
        }
    }

    private static let classK = UInt8(ascii: "K"), classS = UInt8(ascii: "S"), classT = UInt8(ascii: "T")
    /// `ts`, `tz` in Latin, צ in Hebrew.
    private static let classC = UInt8(ascii: "C")
    private static let longA = UInt8(ascii: "A"), longI = UInt8(ascii: "I"), longU = UInt8(ascii: "U")
    /// ع and the hamza letters: no vowel of their own, but Latin often spells them as one (`Saad`, `Sa'ad`).
    private static let glottal = UInt8(ascii: "'")
    /// A vowel letter that constrains nothing (ى, a final و or ی, an article's alif inside a word).
    private static let free = UInt8(ascii: "*")
}
