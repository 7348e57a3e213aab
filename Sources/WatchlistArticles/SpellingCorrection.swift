import Foundation

/// A correction of a name the text itself printed wrongly: "The head of Penal Colony No. 4 is Natallia
/// Ivanauna Sialiuk, not "Natalia Ivanovna Seliuk" as we originally wrote" (a live blog's correction note),
/// "... misspelled as Y; the correct name is X". The party keeps the corrected name.
struct SpellingCorrection: Equatable {
    var wrong: String
    var right: String

    /// The correction a sentence makes, or nil. The sentence must say it corrects something ("misspelled",
    /// "correction", "originally wrote", "incorrectly", "an earlier version").
    static func correction(in sentence: String) -> SpellingCorrection? {
        // Emphasis marks a Markdown reader left ("is **X**, not ...") are not part of the names.
        let sentence = sentence.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        let lower = sentence.lowercased()
        guard cues.contains(where: lower.contains) else { return nil }
        let name = #"((?:\p{Lu}[\p{L}'’\-]*\.?\s?){2,6})"#
        let patterns = [
            // "is X, not "Y" as we originally wrote"
            #"\b(?:is|was|should read|should be)\s+"# + name + #"\s*,?\s+not\s+["“]?"# + name,
            // "misspelled as "Y"; the correct name is X" (wrong first)
            #"misspel(?:led|t)\s+(?:\w+\s+){0,4}as\s+["“]?"# + name + #"["”]?[.;,]?\s+(?:the\s+)?correct\s+(?:name|spelling)\s+is\s+"# + name,
        ]
        for (index, pattern) in patterns.enumerated() {
            guard let expression = try? NSRegularExpression(pattern: pattern),
                let match = expression.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)),
                let first = Range(match.range(at: 1), in: sentence), let second = Range(match.range(at: 2), in: sentence)
            else { continue }
            let a = sentence[first].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            let b = sentence[second].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            guard a != b else { return nil }
            return index == 0 ? SpellingCorrection(wrong: b, right: a) : SpellingCorrection(wrong: a, right: b)
        }
        return nil
    }

    private static let cues = ["misspel", "correction", "originally wrote", "incorrectly", "an earlier version", "wrongly"]
}
