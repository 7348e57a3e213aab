import Foundation
import WatchlistCore

/// Turns raw text into normalized words: Unicode compatibility forms folded, invisible characters and
/// diacritics removed, non-Latin scripts romanized, lowercase.
///
/// ```swift
/// TextNormalizer().words(in: "José  MÜLLER-Lüdenscheidt")
/// // [("José", "jose"), ("MÜLLER", "muller"), ("Lüdenscheidt", "ludenscheidt")]
/// ```
struct TextNormalizer: Sendable {
    /// A word of the input and its normalized form (empty when nothing of it survives normalization).
    struct Word: Hashable, Sendable {
        var original: String
        var normalized: String
        /// Other spellings of the same word: for Cyrillic words, the romanizations lists and passports use
        /// besides `normalized` (`CyrillicRomanizer`).
        var alternatives: [String] = []
        /// Whether a comma or semicolon stands before the word: `XING, Hua` is a surname and a given name,
        /// two parts that `CompoundJoin` does not join into `xinghua`.
        var startsClause = false
    }

    /// Splits text into words and normalizes each.
    ///
    /// Words are separated by whitespace, punctuation and symbols; apostrophes are dropped inside a word
    /// (`O'Brien` is one word) and invisible format characters (zero-width space, joiners, soft hyphen)
    /// never split a word, so `Mikla\u{200B}shevich` stays one word; only a zero-width non-joiner between
    /// Arabic letters does, as Persian writes it between the parts of a compound. Single letters joined by dots are one
    /// abbreviation: `L.L.C.` is `llc`, `S.A.` is `sa` (but `V. Miklashevich` keeps its initial).
    func words(in text: String, splittingChinese: Bool = false) -> [Word] {
        words(in: text, splittingChinese: splittingChinese) { normalizedSpellings(of: $0) }
    }

    /// `words(in:)` with the normalized spellings of each word from `spellings` (which may remember them).
    ///
    /// With `splittingChinese`, a query's Chinese name of up to three characters is one word per character
    /// (`赵光宗` → `zhao`, `guang`, `zong`): lists write a person's name in pinyin as two or three words
    /// (`ZHAO, Guangzong`), and `CompoundJoin` joins the syllables a list writes as one word. A Hangul word of
    /// two to four syllables is one word per syllable the same way (`리창호` → `ri`, `chang`, `ho`). Only queries:
    /// a listed name split into syllables would let any query holding two of them match it, and a query
    /// split this way still meets the listed Chinese name written whole through a join. Longer Chinese
    /// names are organizations' and stay whole.
    func words(in text: String, splittingChinese: Bool = false, spellings: (String) -> [String]) -> [Word] {
        var pieces: [Piece] = []
        var cyrillicReadings: [Int: String] = [:]
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            pieces = Self.asciiPieces(of: text)
        } else {
            pieces = Self.pieces(of: text, splittingChinese: splittingChinese)
            cyrillicReadings = Self.latinWordsBetweenCyrillicWords(pieces.map(\.text))
        }
        var words: [Word] = []
        var index = 0
        while index < pieces.count {
            var end = index
            while end + 1 < pieces.count, pieces[end].dotAfter, pieces[end].text.count == 1, pieces[end + 1].text.count == 1 {
                end += 1
            }
            let original = pieces[index...end].map(\.text).joined(separator: ".")
            let found = spellings(
                index == end ? pieces[index].rendering ?? cyrillicReadings[index] ?? original : pieces[index...end].map(\.text).joined())
            words.append(Word(
                original: original, normalized: found.first ?? "", alternatives: Array(found.dropFirst()),
                startsClause: pieces[index].commaBefore))
            index = end + 1
        }
        return words.filter { !$0.normalized.isEmpty }
    }

    /// Words of Latin letters that all look like Cyrillic ones, standing between two Cyrillic words, in
    /// Cyrillic letters by position (`Общество c Ограниченной` typed with a Latin `c`).
    private static func latinWordsBetweenCyrillicWords(_ pieces: [String]) -> [Int: String] {
        guard pieces.count >= 3 else { return [:] }
        var readings: [Int: String] = [:]
        for index in 1..<(pieces.count - 1) {
            guard let reading = HomoglyphFolding.cyrillicReading(ofLatinWord: pieces[index]),
                HomoglyphFolding.isMostlyCyrillic(pieces[index - 1]), HomoglyphFolding.isMostlyCyrillic(pieces[index + 1])
            else { continue }
            readings[index] = reading
        }
        return readings
    }

    /// A run of word characters, whether a lone "." follows it, and whether a comma stands before it.
    private struct Piece {
        var text: String
        var dotAfter = false
        var commaBefore = false
        /// What the piece reads as when that is not its text: a Chinese term's English word
        /// (`ChineseOrganizationTerms`).
        var rendering: String? = nil
    }

    /// Separators that end a part of a name: commas and semicolons, Latin, Arabic and CJK.
    private static let clauseSeparators: Set<Unicode.Scalar> = [",", ";", "\u{060C}", "\u{061B}", "\u{3001}", "\u{FF0C}", "\u{FF1B}"]

    /// The runs of word characters of `text`.
    private static func pieces(of text: String, splittingChinese: Bool) -> [Piece] {
        let splitsHan = splittingChinese && text.unicodeScalars.lazy.filter(isHanIdeograph).count <= maximumHanNameLength
        var pieces: [Piece] = []
        var current = String.UnicodeScalarView()
        var separator = String.UnicodeScalarView()
        var currentStartsClause = false
        func flush() {
            guard !current.isEmpty else { return }
            pieces.append(Piece(text: String(current), commaBefore: currentStartsClause))
            current.removeAll()
        }
        func startsClause() -> Bool {
            !pieces.isEmpty && separator.contains(where: clauseSeparators.contains)
        }
        // Persian writes the parts of a compound name apart with a zero-width non-joiner (`سید‌صادق`, Seyed
        // Sadegh, as the lists spell it): between Arabic letters it separates words. Elsewhere it is an
        // invisible character and splits nothing. One held back after an Arabic letter waits for the next.
        var heldJoiner = false
        for scalar in text.unicodeScalars {
            if heldJoiner {
                heldJoiner = false
                if Self.isArabicLetter(scalar) {
                    flush()
                    separator.append(" ")
                } else {
                    current.append(Self.zeroWidthNonJoiner)
                }
            }
            if scalar == Self.zeroWidthNonJoiner, let last = current.last, Self.isArabicLetter(last) {
                heldJoiner = true
                continue
            }
            if splitsHan, Self.isHanIdeograph(scalar) {
                flush()
                pieces.append(Piece(text: String(scalar), commaBefore: startsClause()))
                separator.removeAll()
            } else if Self.isWordScalar(scalar) {
                if current.isEmpty, !pieces.isEmpty, String(separator) == "." { pieces[pieces.count - 1].dotAfter = true }
                if current.isEmpty { currentStartsClause = startsClause() }
                separator.removeAll()
                current.append(scalar)
            } else {
                flush()
                separator.append(scalar)
            }
        }
        if heldJoiner { current.append(Self.zeroWidthNonJoiner) }
        flush()
        let cut = pieces.flatMap(Self.chineseOrganizationSegments)
        return splittingChinese ? cut.flatMap(Self.koreanNameSyllables) : cut
    }

    /// A run of more Han characters than a person's name has, cut at the terms of organization names
    /// (`ChineseOrganizationTerms`: `晓睿智科技有限责任公司` → `晓睿智`, `科技` technology, `有限责任公司` ltd); a
    /// shorter run only when it is one term (`(香港)` hongkong, between brackets in `華信船務(香港)有限公司`).
    private static func chineseOrganizationSegments(_ piece: Piece) -> [Piece] {
        let scalars = piece.text.unicodeScalars
        guard scalars.count >= 2, scalars.allSatisfy(isHanIdeograph) else { return [piece] }
        guard scalars.count > maximumHanNameLength else {
            guard let rendering = ChineseOrganizationTerms.renderings[piece.text] else { return [piece] }
            var rendered = piece
            rendered.rendering = rendering
            return [rendered]
        }
        let segments = ChineseOrganizationTerms.segments(of: piece.text)
        return segments.enumerated().map { index, segment in
            Piece(
                text: segment.text, dotAfter: index == segments.count - 1 && piece.dotAfter, commaBefore: index == 0 && piece.commaBefore,
                rendering: segment.rendering)
        }
    }

    /// The most syllables a Hangul word has for a query to read it one word per syllable: a Korean person's
    /// name (family name and given name, two to four syllables), written without spaces as Korean writes it.
    static let maximumHangulNameLength = 4

    /// A query's Korean name written in Hangul as one word (`리창호`), one piece per syllable (`ri`, `chang`,
    /// `ho`): lists write it `RI Chang Ho` or `RI Chang-ho`, and `CompoundJoin` joins the syllables a list
    /// writes as one word (`Changho`). Other pieces, and longer Hangul words (organizations'), as they are.
    private static func koreanNameSyllables(_ piece: Piece) -> [Piece] {
        let scalars = piece.text.unicodeScalars
        guard (2...maximumHangulNameLength).contains(scalars.count), scalars.allSatisfy(HangulRomanizer.isSyllable) else {
            return [piece]
        }
        return scalars.enumerated().map { index, scalar in
            Piece(text: String(scalar), dotAfter: index == scalars.count - 1 && piece.dotAfter, commaBefore: index == 0 && piece.commaBefore)
        }
    }

    private static let zeroWidthNonJoiner: Unicode.Scalar = "\u{200C}"

    /// `pieces(of:)` for ASCII text, byte by byte: most queries and listed names are ASCII, and the Unicode
    /// property lookups and scalar-view appends of the general path were a tenth of screening time.
    private static func asciiPieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var pieceStart = -1
        var separatorStart = -1
        var sawClauseSeparator = false
        var currentStartsClause = false
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            let isLetterOrDigit = isASCIILetterOrDigit(byte)
            if isLetterOrDigit || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                if pieceStart < 0 {
                    // A lone "." between two pieces marks the one before as abbreviated ("L.L.C.").
                    if !pieces.isEmpty, separatorStart >= 0, index - separatorStart == 1, bytes[separatorStart] == UInt8(ascii: ".") {
                        pieces[pieces.count - 1].dotAfter = true
                    }
                    pieceStart = index
                    currentStartsClause = !pieces.isEmpty && sawClauseSeparator
                }
                separatorStart = -1
                sawClauseSeparator = false
            } else {
                if pieceStart >= 0 {
                    pieces.append(Piece(text: String(decoding: bytes[pieceStart..<index], as: UTF8.self), commaBefore: currentStartsClause))
                    pieceStart = -1
                }
                if separatorStart < 0 { separatorStart = index }
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { sawClauseSeparator = true }
            }
        }
        if pieceStart >= 0 {
            pieces.append(Piece(text: String(decoding: bytes[pieceStart...], as: UTF8.self), commaBefore: currentStartsClause))
        }
        return pieces
    }

    /// The normalized spellings of one word, best first: one for most words, several for Cyrillic words
    /// (BGN/PCGN, ICAO 9303, national systems...), which ICU alone would romanize one generic way.
    func normalizedSpellings(of word: String) -> [String] {
        // Plain ASCII letters and digits (most queries and listed words) only need lowercasing; the Unicode
        // and ICU steps below would leave them as they are, at a hundred times the cost.
        if word.utf8.allSatisfy({ Self.isASCIILetterOrDigit($0) }) {
            let lowercased = String(decoding: word.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }, as: UTF8.self)
            return [lowercased] + Self.ocrMisreadings(of: lowercased)
        }
        let prepared = foldedForm(of: word)
        if HangulRomanizer.containsHangul(prepared) {
            let spellings = HangulRomanizer.spellings(of: prepared).map { finish($0) }.filter { !$0.isEmpty }
            if !spellings.isEmpty { return spellings }
        }
        if Self.containsEthiopic(prepared) { return ethiopicSpellings(of: prepared) }
        if CyrillicRomanizer.containsCyrillic(prepared) {
            let spellings = CyrillicRomanizer.spellings(of: prepared)
            if !spellings.isEmpty { return spellings }
        }
        let normalized = finish(prepared)
        guard !normalized.isEmpty else { return [] }
        var spellings = [normalized] + Self.ocrMisreadings(of: normalized)
        // Arabic writes the article joined to the word (التكريتي, al-Tikriti); lists write it apart.
        if prepared.hasPrefix("\u{0627}\u{0644}"), prepared.unicodeScalars.count >= 4 {
            let bare = finish(String(prepared.unicodeScalars.dropFirst(2)))
            if !bare.isEmpty, !spellings.contains(bare) { spellings.append(bare) }
        }
        return spellings
    }

    /// Other readings of a word that OCR or evasion may have garbled: letter pairs read as one letter
    /// (`rn`→`m`, `cl`→`d`, `vv`→`w`: `Muharnmed`, `Anclrey`), and, in a word mixing letters and digits
    /// (`A1i`, `C0MPANY`, `5AKR`, `F2E`), the digits read as the letters they resemble: 0→o, 1→i or l, 2→z,
    /// 5→s, 6→g, 8→b. Words of digits only, or mostly digits (`A320`), keep their digits: a number is part of the
    /// name. The readings become extra romanization keys, so they pair at 0.95 like other spellings.
    static func ocrMisreadings(of word: String) -> [String] {
        // Called for every word of every name: leave at once when nothing could have been misread.
        let bytes = Array(word.utf8)
        var letters = 0
        var digits = 0
        var pairs = false
        for (index, byte) in bytes.enumerated() {
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { letters += 1 }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digits += 1 }
            if index > 0, Self.mergedPair(bytes[index - 1], byte) != nil { pairs = true }
        }
        // A short token of as many letters as digits (`C0` of `C0., LTD.`, `20NE`) is read too: codes like
        // `V8` gain a letter reading beside their own, which only adds a key.
        let digitsMisread = digits > 0 && letters >= 1 && (letters > digits || (letters == digits && bytes.count <= 4))
        guard digitsMisread || pairs else { return [] }
        var readings: [[UInt8]] = []
        if digitsMisread {
            for one in bytes.contains(UInt8(ascii: "1")) ? [UInt8(ascii: "i"), UInt8(ascii: "l")] : [UInt8(ascii: "i")] {
                readings.append(bytes.map { byte in
                    switch byte {
                    case UInt8(ascii: "0"): UInt8(ascii: "o")
                    case UInt8(ascii: "1"): one
                    case UInt8(ascii: "2"): UInt8(ascii: "z")
                    case UInt8(ascii: "5"): UInt8(ascii: "s")
                    case UInt8(ascii: "6"): UInt8(ascii: "g")
                    case UInt8(ascii: "8"): UInt8(ascii: "b")
                    default: byte
                    }
                })
            }
        }
        for reading in [bytes] + readings {
            var merged: [UInt8] = []
            var index = 0
            while index < reading.count {
                if index + 1 < reading.count, let letter = Self.mergedPair(reading[index], reading[index + 1]) {
                    merged.append(letter)
                    index += 2
                } else {
                    merged.append(reading[index])
                    index += 1
                }
            }
            if merged != reading, merged.count >= 3, !readings.contains(merged) { readings.append(merged) }
        }
        return readings.filter { $0 != bytes }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The letter a pair of letters is misread for: `rn`→`m`, `cl`→`d`, `vv`→`w`.
    static func mergedPair(_ first: UInt8, _ second: UInt8) -> UInt8? {
        switch (first, second) {
        case (UInt8(ascii: "r"), UInt8(ascii: "n")): UInt8(ascii: "m")
        case (UInt8(ascii: "c"), UInt8(ascii: "l")): UInt8(ascii: "d")
        case (UInt8(ascii: "v"), UInt8(ascii: "v")): UInt8(ascii: "w")
        default: nil
        }
    }

    /// Compatibility forms, invisible characters, apostrophes and look-alike letters folded.
    private func foldedForm(of word: String) -> String {
        // Compatibility forms first (fullwidth letters, ligatures, superscripts).
        var folded = String.UnicodeScalarView()
        for scalar in word.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .format || Self.apostrophes.contains(scalar) { continue }
            folded.append(scalar)
        }
        return HomoglyphFolding.foldMixedScript(String(folded))
    }

    /// Romanized (when not ASCII), lowercase, letters and digits only.
    private func finish(_ folded: String, sixthOrderVowel: String = "") -> String {
        var text = folded
        if !text.unicodeScalars.allSatisfy(\.isASCII) {
            text = romanize(text, sixthOrderVowel: sixthOrderVowel)
        }
        // Modifier letters are what ICU leaves for sounds Latin has no letter for (ʿ for the Arabic ayn,
        // ʾ for hamza); lists drop them or write an apostrophe, so they go.
        return text.lowercased().unicodeScalars.filter {
            ($0.properties.isAlphabetic || $0.properties.numericType != nil) && $0.properties.generalCategory != .modifierLetter
        }
        .reduce(into: "") { $0.unicodeScalars.append($1) }
    }

    /// Romanizes non-ASCII text: letters with their own conventional ASCII spelling first (ß, æ, ø, ...),
    /// then ICU's `Any-Latin; Latin-ASCII` for every script it knows.
    private func romanize(_ text: String, sixthOrderVowel: String = "") -> String {
        var spelled = ""
        for character in text {
            if let replacement = Self.letterSpellings[character] {
                spelled += replacement
            } else {
                spelled.append(character)
            }
        }
        let romanized = spelled.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? spelled
        guard Self.containsEthiopic(text) else { return romanized }
        return romanized.replacingOccurrences(of: "\u{01DD}", with: sixthOrderVowel)
    }

    /// Whether the text holds Ethiopic letters (Amharic, Tigrinya).
    private static func containsEthiopic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x1200...0x137F).contains($0.value) }
    }

    /// The spellings of an Ethiopic word: ICU writes the sixth order of a syllable (a consonant with no vowel
    /// or a short one) `ǝ`, which names in Latin letters leave out or write `i`: `ኤርሚኣስ` is `Ermias` and `ፍትዊ`
    /// is `Fitwi` or `Fitiwi`, never `erǝmiʾas` or `fǝtǝwi`. Source: the Ethiopic transliteration tables of
    /// BGN/PCGN (Amharic, 1967) and the names of Eritreans in the UN's Libya list (`Ermias Ghirmay`, `Fitiwi
    /// Abdelrazak`, `Fitwi`).
    private func ethiopicSpellings(of word: String) -> [String] {
        var spellings: [String] = []
        for vowel in ["", "i"] {
            let spelling = finish(word, sixthOrderVowel: vowel)
            if !spelling.isEmpty, !spellings.contains(spelling) { spellings.append(spelling) }
        }
        return spellings
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// The most Chinese characters a query has for them to be read one word each: a person's name of two or
    /// three characters, whose syllables `CompoundJoin` (at most three words) can join back whole.
    static let maximumHanNameLength = 3

    /// A Chinese character (`WritingScript`'s Han blocks).
    private static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && WritingScript.code(for: scalar) == "Arab"
    }

    static func isHanIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        WritingScript.code(for: scalar) == "Hani"
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if apostrophes.contains(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber, .format:
            return true
        default:
            return false
        }
    }

    /// Apostrophes, and the Hebrew geresh (U+05F3) that marks `ג׳` as `j`: inside a word, not between words.
    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{02B9}", "`", "\u{00B4}", "\u{05F3}"]

    /// Letters whose usual ASCII spelling differs from "drop the diacritic".
    /// Source: common practice in passports (ICAO 9303 Part 3, transliteration of national characters).
    private static let letterSpellings: [Character: String] = [
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
        "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i",
    ]
}
