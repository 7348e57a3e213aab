import WatchlistCore

/// Tells original-script names from Latin ones, for lists that file both in one place (OFSI's and the FCDO's
/// "non-Latin" names include transliterations; Canada's aliases mix both).
enum NameScript {
    /// The name's ISO 15924 script and whether it is an original-script (non-Latin) form.
    ///
    /// A name with any non-Latin letter is an original-script form, in the non-Latin script most of its
    /// letters are in: lists type Latin look-alikes into Cyrillic names (`OOO СТЦ` with Latin O's, `Iгар` with
    /// a Latin I) and mix scripts in one name (`ЧВК Española`), so the first letter alone would call those
    /// Latin. A name whose letters are all in scripts `WritingScript` does not know is non-Latin, script unknown.
    static func classify(_ value: String) -> (script: String?, isOriginal: Bool) {
        var counts: [String: Int] = [:]
        var unknownLetters = 0
        if !LetterScripts.countScalarLetters(of: value, into: &counts, unknownLetters: &unknownLetters) {
            // A character of several scalars: count by character.
            counts = [:]
            unknownLetters = 0
            for character in value where character.isLetter {
                if let script = WritingScript.code(for: String(character)) {
                    counts[script, default: 0] += 1
                } else {
                    unknownLetters += 1
                }
            }
        }
        // The most frequent non-Latin script; a tie goes to the alphabetically first code, for determinism.
        let nonLatin = counts.filter { $0.key != "Latn" }.max { ($0.value, $1.key) < ($1.value, $0.key) }
        if let nonLatin { return (nonLatin.key, true) }
        // Only letters of unknown scripts (Burmese, Ethiopic...): non-Latin. Beside Latin letters they are
        // marks such as the modifier apostrophe, which do not make a name non-Latin.
        if unknownLetters > 0 && counts.isEmpty { return (nil, true) }
        return (counts.isEmpty ? nil : "Latn", false)
    }

    /// `WritingScript.code(for:)`, answered from the bytes for ASCII text (most list names): all its letters
    /// are Latin, so it is Latin when it has a letter and has no script otherwise.
    static func writingScript(of text: String) -> String? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return WritingScript.code(for: text) }
        return text.utf8.contains { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) } ? LetterScripts.latin : nil
    }
}

/// `WritingScript.code(for:)` of one letter, looked up in a table for the alphabets below U+0800 (Latin,
/// Greek, Cyrillic, Armenian, Hebrew, Arabic), which names are nearly always written in.
///
/// The table is filled once from `WritingScript` and the `Alphabetic` property themselves, so it always
/// agrees with them; it only saves a property lookup, a string and a dictionary per letter.
private enum LetterScripts {
    /// The code of an ASCII letter.
    static let latin = WritingScript.code(for: "A")

    private static let tableSize = 0x800
    /// The codes the table uses.
    private static let codes: [String] = Set((0..<tableSize).compactMap { code(ofScalarValue: $0) }).sorted()
    private static let notLetter = UInt8.max
    private static let unknownScript = UInt8.max - 1
    /// Per scalar value: an index into `codes`, `unknownScript`, or `notLetter`.
    private static let table: [UInt8] = (0..<tableSize).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { return notLetter }
        return code(ofScalarValue: value).flatMap { codes.firstIndex(of: $0) }.map(UInt8.init) ?? unknownScript
    }

    private static func code(ofScalarValue value: Int) -> String? {
        Unicode.Scalar(UInt32(value)).flatMap { WritingScript.code(for: String($0)) }
    }

    /// Adds the letters of `text` to `counts` by script, as `Character.isLetter` and `WritingScript.code(for:)`
    /// would per character; false, with the counts unfinished, when a character of the text is several scalars.
    static func countScalarLetters(of text: String, into counts: inout [String: Int], unknownLetters: inout Int) -> Bool {
        let codes = codes
        let table = table
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: codes.count) { tableCounts in
            tableCounts.initialize(repeating: 0)
            for scalar in text.unicodeScalars {
                guard scalar.isStandaloneCharacter else { return false }
                guard scalar.value < tableSize else {
                    guard scalar.properties.isAlphabetic else { continue }
                    if let code = WritingScript.code(for: String(scalar)) {
                        counts[code, default: 0] += 1
                    } else {
                        unknownLetters += 1
                    }
                    continue
                }
                switch table[Int(scalar.value)] {
                case notLetter: continue
                case unknownScript: unknownLetters += 1
                case let index: tableCounts[Int(index)] += 1
                }
            }
            for (index, count) in tableCounts.enumerated() where count > 0 { counts[codes[index], default: 0] += count }
            return true
        }
    }
}
