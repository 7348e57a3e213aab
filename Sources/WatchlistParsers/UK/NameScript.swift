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
        for character in value where character.isLetter {
            if let script = WritingScript.code(for: String(character)) {
                counts[script, default: 0] += 1
            } else {
                unknownLetters += 1
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
}
