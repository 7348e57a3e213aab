/// Russian, Ukrainian and Belarusian adjectives of place and the places they name: `Барнаульский` (of
/// Barnaul), `Ижевские` (of Izhevsk), `Kazanskii` (of Kazan), `Moskovskiy` (of Moscow).
///
/// Lists translate such names (`Барнаульский патронный завод` is `BARNAUL CARTRIDGE PLANT`), so an
/// adjective is the place's name in another language: `WordComparison` counts it as a translation, which
/// only pairs words of organization names (the surname `Kazanskiy` is not the city).
///
/// The adjective is read from the romanized word: a stem, `sk`, and one of the endings of the adjective's
/// genders, numbers and cases in the common romanizations (`-iy`, `-ii`, `-yi`, `-aya`, `-oe`, `-ie`, `-ogo`,
/// `-oy`, `-ikh`, ...). The place is the stem with or without the `sk` (`izhevsk`, `barnaul`); both are given,
/// as romanization keys, each of four letters or more (`Omskiy`: `omsk`, not `om`).
enum PlaceAdjective {
    /// The romanization keys of the places a normalized word may be the adjective of; empty for other words.
    static func placeKeys(of word: [UInt8]) -> [[UInt8]] {
        guard word.count >= minimumStemLength + 1 else { return [] }
        for endingLength in 1...maximumEndingLength where word.count - endingLength >= minimumStemLength {
            let skStart = word.count - endingLength - 2
            guard word[skStart] == s, word[skStart + 1] == k, endings.contains(Array(word[(skStart + 2)...])) else { continue }
            let stems = skStart >= minimumStemLength ? [word[..<(skStart + 2)], word[..<skStart]] : [word[..<(skStart + 2)]]
            return stems.map { RomanizationKey.key(forBytes: Array($0)) }
        }
        return []
    }

    private static let minimumStemLength = 4
    private static let maximumEndingLength = 3
    private static let s = UInt8(ascii: "s"), k = UInt8(ascii: "k")

    /// Endings after `sk`, as BGN/PCGN, ICAO, scholarly and national romanizations write them.
    /// Source: the adjective declension tables of Russian, Ukrainian and Belarusian grammars (nominative and
    /// genitive of each gender and the plural), romanized by the systems in `CyrillicRomanizationTables`.
    private static let endings: Set<[UInt8]> = Set([
        "iy", "ii", "yi", "y", "ij", "i", "yy", "iyi",
        "aya", "aia", "aja", "a", "ay",
        "oye", "oe", "oie", "oje", "e",
        "iye", "ie", "ije", "iya",
        "ikh", "ih", "ykh", "yh", "ich",
        "ogo", "oho", "oga", "aha",
        "oy", "oi", "oj", "om", "im", "ym",
    ].map { Array($0.utf8) })
}
