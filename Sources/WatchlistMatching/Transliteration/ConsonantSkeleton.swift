/// The consonant skeleton of a word's romanization key: its consonants in order, vowels and glides left
/// out, doubles collapsed.
///
/// Arabic and Persian write short vowels rarely, and every romanization fills them in its own way:
/// `Zaitoun` / `Zaytun` / `Zeitun`, `Hussein` / `Huseyn` / `Husayn`, `Katarji` / `Qatarji`, and ICU
/// romanizes unvowelled Arabic script as consonants only (`حسين` → `hsyn`). Their keys
/// (`RomanizationKey`) still differ; their skeletons (`ztn`, `hsn`, `ktrj`) agree. A skeleton says less than
/// a key (`Hassan` and `Hussein` share one), so the aligner counts a skeleton match below a romanization
/// match. Two Latin words must also start alike (both with a vowel, or with the same consonant):
/// `Simone` and `Ousmane` share `smn` but are different names.
///
/// Source of the idea: the consonantal writing of Arabic script (abjad) and the vowel variation listed
/// for Arabic names in the BGN/PCGN and UN romanization tables.
enum ConsonantSkeleton {
    static let minimumWordLength = 2
    static let minimumSkeletonLength = 3
    /// Short Latin words (`Deeb` ~ `Dib`, `Nejm` ~ `Najm`, `Reda` ~ `Rida`) agree on two consonants in the
    /// same places among the vowels (`dVb`) when they start with the same letter, and count less.
    static let shortSkeletonLength = 2
    static let shortWordMaximumLength = 6
    static let shortSimilarity = 0.82

    /// Whether two words' skeletons agree in a way that counts.
    static func agree(_ a: some ComparableWord, _ b: some ComparableWord) -> Bool {
        similarity(a, b) != nil
    }

    /// How much an agreement counts: 0.90 between two Arabic-script words (the consonants are all
    /// unvowelled script says, so agreeing on them is agreeing on all it says), 0.85 between two Latin words
    /// that start alike; nil when the skeletons do not agree in a way that counts. An Arabic-script word
    /// and a word of another script compare by `AbjadSkeleton` instead.
    static func similarity(_ a: some ComparableWord, _ b: some ComparableWord) -> Double? {
        // Arabic script against another script is `AbjadSkeleton`'s.
        guard a.isAbjadScript == b.isAbjadScript, let shared = a.skeletons.first(where: { b.skeletons.contains($0) }) else { return nil }
        if a.isAbjadScript { return 0.90 }
        guard initialClass(a.bytes) == initialClass(b.bytes) || startsWithDHAsZ(a.bytes, b.bytes) || startsWithDHAsZ(b.bytes, a.bytes)
        else { return nil }
        guard shared.contains(vowelMark) else { return 0.85 }
        // Two consonants say little: the words must be short and start with the same letter (`Omar` and
        // `Amir` share `mr` but are different names).
        guard max(a.bytes.count, b.bytes.count) <= shortWordMaximumLength, a.bytes.first == b.bytes.first else { return nil }
        return shortSimilarity
    }

    /// Whether `a` starts with the `dh` of Arabic ذ or ظ and `b` with the `z` other lists write for it
    /// (`Dhafer` ~ `Zafer`; `dhReadings` reads the rest).
    private static func startsWithDHAsZ(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.count > 2 && a[0] == UInt8(ascii: "d") && a[1] == UInt8(ascii: "h") && b.first == UInt8(ascii: "z")
    }

    /// The first letter, with every vowel one class, and `q` in `g`'s (`Qadhafi` ~ `Gaddafi`, `qAsG`).
    private static func initialClass(_ word: [UInt8]) -> UInt8? {
        guard let first = word.first else { return nil }
        if first == UInt8(ascii: "q") { return UInt8(ascii: "g") }
        return "aeiouy".utf8.contains(first) ? UInt8(ascii: "a") : first
    }

    /// A Latin spelling's `q` read as `g`, as Libyan, Gulf and Egyptian spellings write Arabic ق (`Gaddafi` for
    /// `Qadhafi`, `Gargash` for `Qarqash`); nil when the key has no `q`. Not `g` as `k`: `Gamal` (ج) and
    /// `Kamal` (ك) are different names. Source: the BGN/PCGN Arabic table (ق `q`) and the spellings in the
    /// lists (OFAC's `GADDAFI` and `QADHAFI` aliases of one person).
    static func qAsG(_ spelling: [UInt8]) -> [UInt8]? {
        let q = UInt8(ascii: "q")
        guard spelling.contains(q) else { return nil }
        return spelling.map { $0 == q ? UInt8(ascii: "g") : $0 }
    }

    /// A Latin key's `dH` (the `dh` romanizations write for Arabic ذ and ظ) read as `z` and as `d`, the other
    /// ways lists write those letters (`Nadheera` ~ `Nazira`, `Mu'dhi` ~ `Mu'zi`, `Ridha` ~ `Reda`); none when
    /// the key has no `dH` (`Dehong` has none: its `d` and `h` are apart). Source: the BGN/PCGN Arabic table
    /// (ذ `dh`, ظ `z̧`) and the Levantine, Persian and Egyptian spellings in the lists.
    static func dhReadings(ofKey key: [UInt8]) -> [[UInt8]] {
        let d = UInt8(ascii: "d"), h = UInt8(ascii: "H")
        guard key.indices.dropLast().contains(where: { key[$0] == d && key[$0 + 1] == h }) else { return [] }
        return [UInt8(ascii: "z"), d].map { replacement in
            var result: [UInt8] = []
            var index = 0
            while index < key.count {
                if key[index] == d, index + 1 < key.count, key[index + 1] == h {
                    result.append(replacement)
                    index += 2
                } else {
                    result.append(key[index])
                    index += 1
                }
            }
            return result
        }
    }

    /// The skeletons a Latin word is compared by: its key's, and those of the other ways its letters are
    /// written for Arabic sounds. Each reading of three consonants or more counts; one of two consonants
    /// counts, with its vowels marked, for a word of at most `shortWordMaximumLength` letters.
    ///
    /// - `q` read as `g` (`qAsG`), and `dh` read as `z` and `d` (`dhReadings`): `Ridha` ~ `Reda`.
    /// - `gh` read as `g` (`ghAsG`): `Ghadaffi` ~ `Qadhafi`.
    /// - A Belarusian spelling read the Russian way (`belarusianReading`): `Charnyshou` ~ `Chernyshev`.
    /// - A `ch` read as `sh`, when the word has a `ch`: French spellings of Arabic names write ش so
    ///   (`Jarroucheh` ~ `Jaroushi`, `Achour` ~ `Ashour`; not at the start, where the first letters differ).
    ///
    /// Not a `w` read as a vowel (`Nawful` ~ `Nofal`): it found one more romanization case of 600, and made
    /// `Michał PAWŁOWSKI` a false hit on `Mikhail PLISYUK` (`plsk` both).
    ///
    /// Source: the BGN/PCGN Arabic table (ق `q`, ذ `dh`, ش `sh`) and the French and Levantine
    /// spellings in the lists (Canada's `Ahmed al-Jarroucheh`, OFAC's `Mu'dhi` and `Mu'zi`).
    static func latinReadings(ofKey key: [UInt8], qAsG qAsGKey: [UInt8]?, spelling: [UInt8]) -> [[UInt8]] {
        var keys = [key] + (qAsGKey.map { [$0] } ?? [])
        keys += keys.flatMap(dhReadings(ofKey:))
        keys += keys.compactMap(ghAsG(ofKey:))
        if let belarusian = belarusianReading(of: spelling) { keys.append(RomanizationKey.key(forBytes: belarusian)) }
        if hasCH(spelling) {
            keys += keys.map { $0.map { $0 == UInt8(ascii: "C") ? UInt8(ascii: "S") : $0 } }
        }
        var readings: [[UInt8]] = []
        for reading in keys {
            guard var skeleton = skeleton(ofKey: reading, wordLength: reading.count) else { continue }
            if skeleton.count < minimumSkeletonLength {
                // Two consonants: only a short word has a skeleton then, with its vowels marked.
                guard spelling.count <= shortWordMaximumLength,
                    let marked = self.skeleton(ofKey: reading, wordLength: reading.count, markingVowels: true)
                else { continue }
                skeleton = marked
            }
            if skeleton.count >= minimumSkeletonLength, !readings.contains(skeleton) { readings.append(skeleton) }
        }
        return readings
    }

    /// A key's `gH` read as `g`: Libyan and Egyptian spellings write ق (and ج) `gh` (`Ghadaffi` ~ `Qadhafi`
    /// through `qAsG`); nil when the key has no `gH`. Not after `n`: an `ngh` is two pinyin syllables
    /// (`Guanghua`, which would otherwise read `gng` like `Guoqiang`).
    static func ghAsG(ofKey key: [UInt8]) -> [UInt8]? {
        let g = UInt8(ascii: "g"), h = UInt8(ascii: "H"), n = UInt8(ascii: "n")
        func isGH(_ index: Int) -> Bool { key[index] == g && key[index + 1] == h && (index == 0 || key[index - 1] != n) }
        guard key.indices.dropLast().contains(where: isGH) else { return nil }
        var result: [UInt8] = []
        for index in key.indices where !(index > 0 && isGH(index - 1)) { result.append(key[index]) }
        return result
    }

    /// A Belarusian spelling read the Russian way, for a word of six letters or more; nil when nothing
    /// changes. A final `-ou`/`-au` (Belarusian ў after a vowel) is the Russian `-ov`/`-av` (`Charnyshou` ~
    /// `Chernyshev`, `Tkachou` ~ `Tkachev`, `Ramanau` ~ `Romanov`), and so is an `ou` before a consonant
    /// (`Tsikhanouski` ~ `Tikhanovsky`); a `dz` not followed by `h` is the Russian `d` (`Badziaka` ~
    /// `Bodyako`). Source: the BGN/PCGN Belarusian table (ў `w`/`ŭ`, written `u`; дз `dz`) and the pairs in
    /// Canada's and OFAC's Belarus lists.
    static func belarusianReading(of spelling: [UInt8]) -> [UInt8]? {
        guard spelling.count >= 6 else { return nil }
        let (o, a, u, d, z, h, v) = (UInt8(ascii: "o"), UInt8(ascii: "a"), UInt8(ascii: "u"), UInt8(ascii: "d"), UInt8(ascii: "z"), UInt8(ascii: "h"), UInt8(ascii: "v"))
        func isVowel(_ byte: UInt8) -> Bool { "aeiouy".utf8.contains(byte) }
        var result: [UInt8] = []
        var changed = false
        var index = 0
        while index < spelling.count {
            let byte = spelling[index]
            let next: UInt8? = index + 1 < spelling.count ? spelling[index + 1] : nil
            let afterNext: UInt8? = index + 2 < spelling.count ? spelling[index + 2] : nil
            if byte == d, next == z, afterNext != h {
                result.append(d); index += 2; changed = true
            } else if (byte == o || byte == a), next == u, afterNext.map({ !isVowel($0) }) ?? true,
                // Final `-au` only (`Ramanau`); an `au` inside a word is mostly German or Latin (`Paul`, `Krause`).
                byte == o || afterNext == nil {
                result.append(contentsOf: [byte, v]); index += 2; changed = true
            } else {
                result.append(byte); index += 1
            }
        }
        return changed ? result : nil
    }

    private static func hasCH(_ spelling: [UInt8]) -> Bool {
        spelling.indices.dropLast().contains { spelling[$0] == UInt8(ascii: "c") && spelling[$0 + 1] == UInt8(ascii: "h") }
    }

    /// The skeleton with `v` left out (and the doubles that leaves collapsed).
    static func withoutV(_ skeleton: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for byte in skeleton where byte != UInt8(ascii: "v") && result.last != byte { result.append(byte) }
        return result
    }

    /// Whether a word's text contains letters of a script that leaves short vowels unwritten: Arabic
    /// (Arabic, Persian, Urdu, Pashto) or Hebrew.
    static func isAbjadScript(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            (0x0600...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value) || (0xFB50...0xFEFF).contains($0.value)
                || (0x05D0...0x05EA).contains($0.value) || (0xFB1D...0xFB4F).contains($0.value)
        }
    }

    /// The skeleton of a key, or nil when the word is too short or the skeleton too thin to mean anything.
    ///
    /// With `markingVowels`, each run of vowels becomes `V` (`Deeb` and `Dib` read `dVb`): the form short
    /// words are compared by, where two consonants alone would say too little.
    static func skeleton(ofKey key: [UInt8], wordLength: Int, markingVowels: Bool = false) -> [UInt8]? {
        guard wordLength >= minimumWordLength else { return nil }
        var skeleton: [UInt8] = []
        skeleton.reserveCapacity(key.count)
        for byte in key {
            switch byte {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                UInt8(ascii: "y"), UInt8(ascii: "w"):
                if markingVowels, skeleton.last != vowelMark { skeleton.append(vowelMark) }
                continue
            case UInt8(ascii: "q"): if skeleton.last != UInt8(ascii: "k") { skeleton.append(UInt8(ascii: "k")) }
            default:
                guard (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                else { return nil }  // digits and anything else: not a name word
                if skeleton.last != byte { skeleton.append(byte) }
            }
        }
        let consonants = markingVowels ? skeleton.count(where: { $0 != vowelMark }) : skeleton.count
        return consonants >= shortSkeletonLength ? skeleton : nil
    }

    /// Stands for a run of vowels in a short word's skeleton.
    static let vowelMark = UInt8(ascii: "V")
}
