/// Whether a word is a known given name in any of the languages of `GivenNameEquivalents`, for code outside
/// the matcher that has to tell person names from company names (the article extractor).
public enum GivenNameLookup {
    /// True for "Valyantsin", "Mohammed", "Aliaksandr"; false for "Tehnolit" or "Baztube".
    public static func isGivenName(_ word: String) -> Bool {
        let token = String(word.lowercased().unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init))
        guard token.count >= 2 else { return false }
        return GivenNameEquivalents.classID(for: token) != nil
    }
}
