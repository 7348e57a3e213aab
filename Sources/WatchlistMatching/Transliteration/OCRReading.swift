/// A word as OCR could have misread it, folded to one form: two spellings that differ only by the
/// confusions scanners and screen-scraped PDFs make read the same (`Kimbcrlcy` ~ `Kimberley`, `Eririque` ~
/// `Enrique`, `M0bamad` ~ `Mohamad`, `5FRVICES` ~ `SERVICES`).
///
/// `TextNormalizer.ocrMisreadings` already reads digits inside words and the commonest letter pairs as
/// other spellings, which pair like any spelling; edit distance absorbs one confusion in a long word. What
/// neither catches is two or more confusions in one word, or one in a word too short for edit distance.
/// This key folds them all at once:
///
/// | folded to | from |
/// |---|---|
/// | `n` | `ri` |
/// | `m` | `rn` |
/// | `d` | `cl` |
/// | `w` | `vv` |
/// | `e` | `c`, `f` (not as the first letter) |
/// | `h` | `b` (not as the first letter), `8` |
/// | `u` | `v` (not as the first letter) |
/// | `i` | `l` (not as the first letter), `1` |
/// | `o` `z` `s` `g` | `0` `2` `5` `6` |
///
/// Doubled letters collapse after folding. The first letter keeps its identity (`Carl` and `Earl`, `Hassan` and `Bassan` are different names), and
/// a key only counts for words of three letters or more, at least half of them letters. An agreement says less than
/// a romanization key, so it counts 0.85, like a consonant skeleton.
///
/// Source: the confusion pairs are the classic OCR substitutions for Latin print (`rn`/`m`, `cl`/`d`,
/// `vv`/`w`, `c`/`e`, `h`/`b`, `u`/`v`, `l`/`1`/`I`, `O`/`0`, `S`/`5`, `B`/`8`, `G`/`6`, `Z`/`2`, `E`/`F`),
/// the same table the evaluation generator corrupts names with (`scripts/make-eval-sets.py`).
enum OCRReading {
    static let similarity = 0.85
    static let minimumLength = 3

    /// The folded form of a normalized word (lowercase ASCII letters and digits), or nil when it is too
    /// short, is mostly digits, or holds anything else.
    static func key(of word: [UInt8]) -> [UInt8]? {
        guard word.count >= minimumLength else { return nil }
        var letters = 0
        for byte in word {
            if isLetter(byte) {
                letters += 1
            } else if !isDigit(byte) {
                return nil
            }
        }
        guard letters * 2 >= word.count else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(word.count)
        var index = 0
        while index < word.count {
            let byte = word[index]
            let next: UInt8
            if index + 1 < word.count, let merged = mergedPair(byte, word[index + 1]) {
                next = merged
                index += 2
            } else {
                next = index == 0 && isLetter(byte) ? byte : folded(byte)
                index += 1
            }
            // Doubled letters collapse (`Mvhamrnad` reads `muhamad`, like `Muhammad`).
            if key.last != next { key.append(next) }
        }
        return key
    }

    /// `TextNormalizer`'s pairs, and `ri` for `n`: too common in real words (`Maria`, `Boris`) to be another
    /// spelling of every word, but a fold both sides of a comparison share.
    private static func mergedPair(_ first: UInt8, _ second: UInt8) -> UInt8? {
        if first == UInt8(ascii: "r"), second == UInt8(ascii: "i") { return UInt8(ascii: "n") }
        return TextNormalizer.mergedPair(first, second)
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "c"), UInt8(ascii: "f"): UInt8(ascii: "e")
        case UInt8(ascii: "b"), UInt8(ascii: "8"): UInt8(ascii: "h")
        case UInt8(ascii: "v"): UInt8(ascii: "u")
        case UInt8(ascii: "l"), UInt8(ascii: "1"): UInt8(ascii: "i")
        case UInt8(ascii: "0"): UInt8(ascii: "o")
        case UInt8(ascii: "2"): UInt8(ascii: "z")
        case UInt8(ascii: "5"): UInt8(ascii: "s")
        case UInt8(ascii: "6"): UInt8(ascii: "g")
        default: byte
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
