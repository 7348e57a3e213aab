import Foundation

/// A person's name with the middle name or patronymic the text gives elsewhere: a live ticker's "judge Ihar
/// Zhdanovich" is the "Ihar Mikalaevich Zhdanovich" of a later update, and a party is reported under the
/// fullest name the text writes (screening then has every word the text knows).
///
/// Only a name of two words gains a word, and only one capitalized word of letters written between the
/// same two words elsewhere in the text.
enum FullerPersonName {
    /// The fuller form of `name` that `text` writes, or nil.
    static func fuller(_ name: String, in text: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count == 2, words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } })
        else { return nil }
        let pattern = "\\b" + NSRegularExpression.escapedPattern(for: String(words[0])) + "\\s+(\\p{Lu}\\p{Ll}+)\\s+"
            + NSRegularExpression.escapedPattern(for: String(words[1])) + "\\b"
        guard let found = text.range(of: pattern, options: .regularExpression) else { return nil }
        return text[found].split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
