/// A language written in Cyrillic whose romanization systems the romanizer knows.
///
/// The order of the cases is the order in which their readings are tried when a word could be in several.
enum CyrillicLanguage: Int, CaseIterable, Hashable, Sendable {
    case russian
    case belarusian
    case ukrainian
    case bulgarian
    case kazakh
    case serbian
    case macedonian

    /// A set of languages as a bit mask, cheap to narrow letter by letter.
    struct Set: Hashable, Sendable {
        var bits: UInt8

        static let all = Set(bits: UInt8((1 << CyrillicLanguage.allCases.count) - 1))
        static let none = Set(bits: 0)

        init(bits: UInt8) { self.bits = bits }

        init(_ languages: [CyrillicLanguage]) {
            bits = languages.reduce(0) { $0 | UInt8(1 << $1.rawValue) }
        }

        func contains(_ language: CyrillicLanguage) -> Bool { bits & UInt8(1 << language.rawValue) != 0 }
        var isEmpty: Bool { bits == 0 }
        func intersection(_ other: Set) -> Set { Set(bits: bits & other.bits) }
    }
}

/// One romanization system for one language: letter table plus the positional rules that matter for names.
///
/// A system is written as readable tables (`Character` to Latin, lowercase ASCII) in
/// `CyrillicRomanizationTables.swift` and compiled once into arrays indexed by code point, so romanizing a
/// word is a few array reads per letter.
///
/// Positional rules:
/// - **Iotation.** Many systems spell `е ё ю я є ї й` differently at the start of a word (and in some, after a
///   vowel, a soft or hard sign, `ў` or an apostrophe): BGN/PCGN writes `Елена` as `Yelena` but `Алексеев` as
///   `Alekseyev`; the Ukrainian national system writes `Юрій` as `Yurii` but `Андрюша` as `Andriusha`.
/// - **Letter pairs** with their own spelling (Ukrainian `зг` → `zgh`, French `ге` → `gue`).
/// - **Word endings** (`ий` → `y` in English-language usage: `Dmitry`, `Yury`).
/// - **Between vowels** (German `с` → `ss`: `Wassili`).
struct CyrillicRomanizationSystem: Sendable {
    /// Where the iotated spellings (`ye`, `ya`, ...) apply.
    enum Iotation: Sendable {
        /// Never: the system spells each letter one way (ICAO 9303).
        case never
        /// At the start of the word only (Ukrainian national system 2010).
        case wordStart
        /// At the start of the word and after a vowel, `ь`, `ъ`, `й`, `ў` or an apostrophe (BGN/PCGN).
        case wordStartAndAfterVowel
    }

    /// How a system spells the letters whose spelling varies most (ш ч ж х ц).
    enum Style: Sendable {
        /// English-based digraphs (sh ch zh kh ts): BGN/PCGN, ICAO 9303, passports, national systems of
        /// Ukraine and Bulgaria. Spellings of one language in this style differ little (ye/e, ya/ia, iy/ii).
        case englishDigraphs
        /// Single letters from carons dropped (s c z h c): scholarly, Belarusian national 2007, Serbian Latin.
        case diacriticsDropped
        /// German (sch tsch sch ch z) or French (ch tch j kh ts) transcription.
        case germanOrFrench
    }

    /// Short name used in explanations ("ICAO 9303 (Russian)").
    let name: String
    let style: Style
    let language: CyrillicLanguage
    /// 0 for the systems passports and lists use most, 1 for other official ones, 2 for the rest; lower
    /// tiers come first when the number of spellings is capped.
    let tier: Int

    // Compiled tables. Spellings are slices of one byte array, found through `spans` indexed by
    // `table * 256 + (scalar - 0x400)`: flat arrays of integers, so romanizing a letter reads two integers
    // and copies bytes, with no per-letter reference counting (nested `[[UInt8]?]` tables spent most of
    // their time retaining and releasing).
    private let bytes: [UInt8]
    private let spans: [UInt32]
    private let iotation: Iotation
    private let pairs: [UInt32: [UInt8]]
    /// Whether a letter starts one of `pairs`, so most letters skip the dictionary lookup.
    private let startsPair: [Bool]
    private let endings: [(letters: [UInt32], latin: [UInt8])]
    private let longestEnding: Int

    private static let lettersTable = 0, iotatedTable = 1, betweenVowelsTable = 2
    /// A span for "no spelling in this table".
    private static let noSpan = UInt32.max

    init(
        name: String, language: CyrillicLanguage, tier: Int, style: Style = .englishDigraphs,
        letters: [Character: String],
        iotated: [Character: String] = [:], iotation: Iotation = .never,
        pairs: [String: String] = [:], endings: [String: String] = [:], betweenVowels: [Character: String] = [:]
    ) {
        self.name = name
        self.style = style
        self.language = language
        self.tier = tier
        self.iotation = iotation
        // Letters the system's table leaves out (a Kazakh letter inside a mostly Russian word) take the
        // scholarly spelling.
        let fullLetters = Self.scholarlyLetters.merging(letters) { $1 }
        var bytes: [UInt8] = []
        var spans = [UInt32](repeating: Self.noSpan, count: 3 * 0x100)
        for (table, spellings) in [fullLetters, iotated, betweenVowels].enumerated() {
            for (letter, latin) in spellings.sorted(by: { $0.key < $1.key }) {
                let scalars = Array(letter.unicodeScalars)
                precondition(
                    scalars.count == 1 && Self.isCyrillicBlock(scalars[0].value),
                    "\(letter) must be one Cyrillic code point")
                precondition(
                    latin.utf8.allSatisfy { (0x61...0x7A).contains($0) }, "\(latin) must be lowercase ASCII letters")
                let slot = table * 0x100 + Int(scalars[0].value - 0x400)
                spans[slot] = UInt32(bytes.count) << 8 | UInt32(latin.utf8.count)
                bytes.append(contentsOf: latin.utf8)
            }
        }
        self.bytes = bytes
        self.spans = spans
        var compiledPairs: [UInt32: [UInt8]] = [:]
        for (pair, latin) in pairs {
            let scalars = pair.unicodeScalars.map(\.value)
            precondition(
                scalars.count == 2 && scalars.allSatisfy(Self.isCyrillicBlock),
                "pair \(pair) must be two Cyrillic letters")
            compiledPairs[Self.pairKey(scalars[0], scalars[1])] = Array(latin.utf8)
        }
        self.pairs = compiledPairs
        var startsPair = [Bool](repeating: false, count: 0x100)
        for key in compiledPairs.keys { startsPair[Int(key >> 8)] = true }
        self.startsPair = startsPair
        self.endings = endings.sorted { $0.key < $1.key }
            .map { (letters: $0.key.unicodeScalars.map(\.value), latin: Array($0.value.utf8)) }
        self.longestEnding = self.endings.map(\.letters.count).max() ?? 0
    }

    /// Romanizes prepared letters (see `CyrillicRomanizer.letters(of:)`), appending lowercase ASCII to `output`.
    ///
    /// Works on code points, not `Character`s: this runs for every listed Cyrillic token at build time and for
    /// every Cyrillic query token, and a word is at most a few dozen scalars.
    func romanize(_ word: [UInt32], into output: inout [UInt8]) {
        let count = word.count
        bytes.withUnsafeBufferPointer { bytes in
            spans.withUnsafeBufferPointer { spans in
                func append(_ table: Int, _ slot: Int) -> Bool {
                    let span = spans[table &* 0x100 &+ slot]
                    guard span != Self.noSpan else { return false }
                    let start = Int(span >> 8)
                    for offset in start..<start + Int(span & 0xFF) { output.append(bytes[offset]) }
                    return true
                }
                var index = 0
                while index < count {
                    let scalar = word[index]
                    guard Self.isCyrillicBlock(scalar) else {
                        // ASCII letters and digits kept by `letters(of:)` pass through; apostrophes vanish.
                        if scalar < 0x80, scalar != CyrillicRomanizer.apostrophe { output.append(UInt8(scalar)) }
                        index += 1
                        continue
                    }
                    if count - index <= longestEnding, let latin = ending(of: word, from: index) {
                        output.append(contentsOf: latin)
                        return
                    }
                    let slot = Int(scalar - 0x400)
                    if startsPair[slot], index + 1 < count, Self.isCyrillicBlock(word[index + 1]),
                        let latin = pairs[Self.pairKey(scalar, word[index + 1])]
                    {
                        output.append(contentsOf: latin)
                        index += 2
                        continue
                    }
                    if isIotationPosition(index, in: word), append(Self.iotatedTable, slot) {
                    } else if index > 0, index + 1 < count, CyrillicRomanizer.isVowel(word[index - 1]),
                        CyrillicRomanizer.isVowel(word[index + 1]), append(Self.betweenVowelsTable, slot)
                    {
                    } else {
                        _ = append(Self.lettersTable, slot)
                    }
                    index += 1
                }
            }
        }
    }

    private func ending(of word: [UInt32], from index: Int) -> [UInt8]? {
        for ending in endings
        where ending.letters.count == word.count - index && word[index...].elementsEqual(ending.letters) {
            return ending.latin
        }
        return nil
    }

    private func isIotationPosition(_ index: Int, in word: [UInt32]) -> Bool {
        switch iotation {
        case .never: return false
        case .wordStart: return index == 0
        case .wordStartAndAfterVowel: return index == 0 || CyrillicRomanizer.triggersIotation(word[index - 1])
        }
    }

    static func isCyrillicBlock(_ scalar: UInt32) -> Bool { scalar >= 0x400 && scalar < 0x500 }

    private static func pairKey(_ first: UInt32, _ second: UInt32) -> UInt32 {
        (first - 0x400) << 8 | (second - 0x400)
    }
}
