/// Finds the sanctioning authorities a sentence names ("the U.S. Treasury Department", "OFAC", "the EU
/// Council") in the closed vocabulary of `ExtractedParty.authority`.
enum ArticleAuthority {
    /// Each authority named in the tokens, with the index of its first word, in text order.
    static func mentions(in tokens: ArraySlice<ArticleToken>) -> [(index: Int, authority: String)] {
        var found: [(index: Int, authority: String)] = []
        var index = tokens.startIndex
        while index < tokens.endIndex {
            guard tokens[index].isWord else {
                index += 1
                continue
            }
            var matched = false
            for (words, authority) in SanctionsVocabulary.authorityPhrases where index + words.count <= tokens.endIndex {
                let candidate = tokens[index..<(index + words.count)]
                guard zip(candidate, words).allSatisfy({ $0.stem == $1 || $0.lower == $1 }) else { continue }
                // Lowercase "us" is the pronoun; "un"/"eu" only count written as acronyms.
                if words.count == 1, ["us", "un", "eu", "uk"].contains(words[0]), candidate.first!.text != words[0].uppercased() {
                    continue
                }
                found.append((index, authority))
                index += words.count
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return found
    }

    /// The authority a trigger at `position` belongs to: the narrowest named before it in the sentence,
    /// else the narrowest named anywhere in it; nil when the sentence names none.
    static func authority(in tokens: [ArticleToken], triggerAt position: Int) -> String? {
        let mentions = mentions(in: tokens[...])
        let before = mentions.filter { $0.index < position }.map(\.authority)
        return narrowest(before.isEmpty ? mentions.map(\.authority) : before)
    }

    /// The most specific of several authorities ("US Treasury" over "US"); the last named among equals.
    static func narrowest(_ authorities: [String]) -> String? {
        var best: String?
        for authority in authorities {
            guard let current = best else {
                best = authority
                continue
            }
            if SanctionsVocabulary.isNarrower(current, than: authority) { continue }
            best = authority
        }
        return best
    }
}
