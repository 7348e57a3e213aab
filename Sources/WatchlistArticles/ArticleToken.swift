/// A word or punctuation mark of a sentence, with where it is in the document.
struct ArticleToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case word
        case punctuation
    }

    /// The token as written.
    var text: String
    /// Lowercased, with typographic apostrophes made straight.
    var lower: String
    var kind: Kind
    /// Character offsets in the document, `[start, end)`.
    var span: Range<Int>

    var isWord: Bool { kind == .word }
    /// Starts with an uppercase letter or a digit ("Plant", "SVT", "81st", "BelarusRezinoTekhnika").
    var isCapitalized: Bool {
        guard isWord, let first = text.first else { return false }
        return first.isUppercase || first.isNumber
    }
    var isLowercaseWord: Bool { isWord && text.first?.isLowercase == true }
    /// "Russia's", "OFAC’s".
    var isPossessive: Bool { isWord && (lower.hasSuffix("'s") || lower.hasSuffix("s'")) && lower.count > 2 }
    /// The word without a possessive ending.
    var stem: String { isPossessive ? String(lower.dropLast(lower.hasSuffix("'s") ? 2 : 1)) : lower }
    var isNumber: Bool { isWord && text.allSatisfy(\.isNumber) }

    /// Splits a sentence into tokens. Words keep inner apostrophes, hyphens, slashes and dots ("al-Hassan",
    /// "Russia's", "M/V", "U.S."); a final dot stays with a word when it is an abbreviation or an initial.
    static func tokens(of sentence: String, offset: Int) -> [ArticleToken] {
        let characters = Array(sentence)
        var tokens: [ArticleToken] = []
        var index = 0
        func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            // "... prohibited:[7]": a footnote reference (an encyclopedia page, a paper) is not part of the
            // sentence.
            if character == "[", let footnoteEnd = footnoteReferenceEnd(characters, from: index) {
                index = footnoteEnd
                continue
            }
            guard isWordCharacter(character) else {
                tokens.append(make(String(character), kind: .punctuation, from: index, to: index + 1, offset: offset))
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count {
                if isWordCharacter(characters[end]) || characters[end].unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                    end += 1
                } else if "'’-./&".contains(characters[end]), end + 1 < characters.count, isWordCharacter(characters[end + 1]) {
                    end += 2
                } else {
                    break
                }
            }
            if end < characters.count, characters[end] == "." {
                let word = String(characters[index..<end]).lowercased()
                if abbreviations.contains(word) || word.count == 1 || word.contains(".") { end += 1 }
            }
            tokens.append(make(String(characters[index..<end]), kind: .word, from: index, to: end, offset: offset))
            index = end
        }
        return tokens
    }

    /// The index after "[7]" or "[12]" starting at `start`, or nil when no footnote reference starts there.
    private static func footnoteReferenceEnd(_ characters: [Character], from start: Int) -> Int? {
        var end = start + 1
        while end < characters.count, end - start <= 3, characters[end].isASCII, characters[end].isNumber { end += 1 }
        guard end > start + 1, end < characters.count, characters[end] == "]" else { return nil }
        return end + 1
    }

    private static func make(_ text: String, kind: Kind, from start: Int, to end: Int, offset: Int) -> ArticleToken {
        ArticleToken(
            text: text, lower: text.lowercased().replacingOccurrences(of: "’", with: "'"), kind: kind,
            span: (offset + start)..<(offset + end))
    }

    /// Words whose final dot belongs to them (legal forms, titles, months).
    static let abbreviations: Set<String> = [
        "co", "corp", "inc", "ltd", "no", "nos", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt",
        "maj", "capt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dept",
        "e.o", "u.s", "u.k", "e.u", "u.n", "a.k.a", "f.k.a", "n.k.a", "s.a", "b.v", "n.v", "l.l.c", "s.r.l", "s.a.l",
        "pte", "pvt", "sti", "şti", "a.ş", "bhd", "sdn", "plc", "gmbh", "jsc", "ojsc", "cjsc", "pjsc", "fzco", "fze", "lt", "gen",
        "d.o.o", "d.d", "a.d", "brig", "adm", "sgt", "cmdr",
    ]
}
