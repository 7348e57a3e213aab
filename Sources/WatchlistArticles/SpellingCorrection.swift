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
        // Most sentences say no such thing: the cue check comes first, without copying the sentence.
        guard cues.contains(where: { sentence.range(of: $0, options: .caseInsensitive) != nil }) else { return nil }
        // Emphasis marks a Markdown reader left ("is **X**, not ...") are not part of the names.
        let sentence = sentence.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        for (index, expression) in patterns.enumerated() {
            guard let match = expression.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)),
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

    /// The right name first ("is X, not "Y" as we originally wrote"), then the wrong one first ("misspelled
    /// as "Y"; the correct name is X").
    private static let patterns: [NSRegularExpression] = {
        let name = #"((?:\p{Lu}[\p{L}'’\-]*\.?\s?){2,6})"#
        return [
            #"\b(?:is|was|should read|should be)\s+"# + name + #"\s*,?\s+not\s+["“]?"# + name,
            #"misspel(?:led|t)\s+(?:\w+\s+){0,4}as\s+["“]?"# + name + #"["”]?[.;,]?\s+(?:the\s+)?correct\s+(?:name|spelling)\s+is\s+"# + name,
        ].map { try! NSRegularExpression(pattern: $0) }
    }()
}
