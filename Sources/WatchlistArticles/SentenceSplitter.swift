/// Splits article text into sentences with their character offsets, the unit the extractor reads and
/// the evidence it cites.
///
/// A sentence ends at `.`, `!` or `?` followed by whitespace and an uppercase letter, digit or quote, at
/// a blank line, or before a line that starts a list item. Abbreviations common in sanctions news (`U.S.`, `Co.`, `Ltd.`, `a.k.a.`, initials such as
/// `V.`) do not end a sentence.
public struct SentenceSplitter: Sendable {
    /// A sentence and where it is in the text, as character offsets `[start, end)`.
    public struct Sentence: Hashable, Sendable {
        public var text: String
        public var span: Range<Int>
    }

    public init() {}

    public func sentences(in text: String) -> [Sentence] {
        let characters = Array(text)
        var sentences: [Sentence] = []
        var start = 0
        var index = 0
        func emit(until end: Int) {
            var lower = start
            var upper = end
            while lower < upper, characters[lower].isWhitespace { lower += 1 }
            while upper > lower, characters[upper - 1].isWhitespace { upper -= 1 }
            if lower < upper { sentences.append(Sentence(text: String(characters[lower..<upper]), span: lower..<upper)) }
            start = end
        }
        // After a line that ends with a colon, short lines are items of their own until a blank line:
        // "have been added to the Consolidated List:\nABDULLAEVA, Nilufar\nGRIGORYAN, Armen".
        var linesAreItems = false
        // Whether the run of semicolon-ended lines being read follows an introducing colon, once known: asked
        // at each of its lines, so found once per run.
        var semicolonRunFollowsColon: Bool?
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                if !Self.lineEndsWithSemicolon(characters, before: index) {
                    semicolonRunFollowsColon = nil
                } else if semicolonRunFollowsColon == nil {
                    semicolonRunFollowsColon = Self.semicolonLinesFollowColon(characters, before: index)
                }
            }
            if character == "\n", let ruleEnd = Self.horizontalRuleEnd(characters, from: index + 1) {
                // "----------" between a release's text and its annex: a boundary, not a sentence or a bullet.
                emit(until: index)
                start = ruleEnd
                index = ruleEnd
                linesAreItems = false
                continue
            }
            if character == "\n", index + 1 < characters.count, characters[index + 1] == "\n" || Self.startsListItem(characters, at: index + 1)
                || Self.startsTimestampedMessage(characters, at: index + 1) || Self.startsQuotedBlock(characters, at: index + 1)
            {
                let afterColon = Self.lineEndsWithColon(characters, before: index)
                emit(until: index)
                linesAreItems = afterColon || characters[index + 1] != "\n" && linesAreItems
            } else if character == "\n", Self.lineEndsWithColon(characters, before: index), Self.isShortLine(characters, from: index + 1) {
                emit(until: index)
                linesAreItems = true
            } else if character == "\n", linesAreItems, Self.isShortLine(characters, from: index + 1), Self.isShortLine(characters, endingAt: index) {
                emit(until: index)
            } else if character == "\n", semicolonRunFollowsColon == true, index + 1 < characters.count, characters[index + 1].isUppercase {
                // (Set only at a line that ends with a semicolon, above.)
                // "Lyudmila Sergeyevna Bobrovskaya, a Russian official ...;\nArtyom Olegovich Kravets, head of ...;":
                // lines that end with a semicolon are the items of a list set without bullets.
                emit(until: index)
            } else if ".!?".contains(character), endsSentence(characters, at: index) {
                var end = index + 1
                while end < characters.count, "\"”’)".contains(characters[end]) { end += 1 }
                emit(until: end)
                index = end
                continue
            }
            index += 1
        }
        emit(until: characters.count)
        return sentences
    }

    /// Where a line of three or more `-`, `=`, `_`, `*`, `~` or `─` (and nothing else but spaces) that starts
    /// at `index` ends, or nil when the line is not such a rule.
    private static func horizontalRuleEnd(_ characters: [Character], from index: Int) -> Int? {
        var end = index
        var marks = 0
        while end < characters.count, characters[end] != "\n" {
            if "-=_*~─━".contains(characters[end]) {
                marks += 1
            } else if characters[end] != " " && characters[end] != "\t" && characters[end] != "\r" {
                return nil
            }
            end += 1
        }
        return marks >= 3 ? end : nil
    }

    /// A line ending with a colon that introduces entries ("The following entries have been added ...:"),
    /// not aliases ("a.k.a., the following three aliases:"), whose lines the item reads itself.
    private static func lineEndsWithColon(_ characters: [Character], before index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, characters[cursor] == " " || characters[cursor] == "\t" || characters[cursor] == "\r" { cursor -= 1 }
        guard cursor >= 0, characters[cursor] == ":" else { return false }
        var start = cursor
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        let line = String(characters[start..<cursor]).lowercased()
        return (line.contains("following") || line.contains("added")) && !line.contains("alias") && !line.contains("a.k.a")
    }

    /// A line that ends with ";" or "; and", as the items of a list in running text do.
    static func lineEndsWithSemicolon(_ characters: [Character], before index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, characters[cursor] == " " || characters[cursor] == "\t" || characters[cursor] == "\r" { cursor -= 1 }
        if cursor >= 4, characters[cursor] == "d", characters[cursor - 1] == "n", characters[cursor - 2] == "a", characters[cursor - 3] == " " {
            cursor -= 4
        }
        return cursor >= 0 && characters[cursor] == ";"
    }

    /// Whether the lines ending with a semicolon up to `index` follow a sentence that ends with a colon (a blank
    /// line between them or not): a list set in running text, not an entry's fields wrapped at a semicolon.
    private static func semicolonLinesFollowColon(_ characters: [Character], before index: Int) -> Bool {
        var lineEnd = index
        var skippedBlank = false
        // At most 200 lines back: a text of semicolon-ended lines stays linear to split (a longer run's later
        // lines stay in one sentence).
        var linesLeft = 200
        while lineEnd > 0, linesLeft > 0 {
            linesLeft -= 1
            var lineStart = lineEnd
            while lineStart > 0, characters[lineStart - 1] != "\n" { lineStart -= 1 }
            let isBlank = characters[lineStart..<lineEnd].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if isBlank {
                guard !skippedBlank, lineEnd != index else { return false }
                skippedBlank = true
            } else if !lineEndsWithSemicolon(characters, before: lineEnd) {
                var cursor = lineEnd - 1
                while cursor >= lineStart, characters[cursor] == " " || characters[cursor] == "\t" || characters[cursor] == "\r" { cursor -= 1 }
                // A sentence that introduces them ("The individuals sanctioned today are ...:"), not a
                // heading ("Individuals:") over entries whose fields wrap at semicolons.
                return cursor - lineStart >= 40 && characters[cursor] == ":"
            } else if skippedBlank {
                return false
            }
            guard lineStart > 0 else { return false }
            lineEnd = lineStart - 1
        }
        return false
    }

    /// A line of at most 60 characters that starts with a capital (a name), not a line of wrapped prose or
    /// an alias line ("—ZKTL.").
    private static func isShortLine(_ characters: [Character], from index: Int) -> Bool {
        var end = index
        while end < characters.count, characters[end] != "\n" { end += 1 }
        return end - index <= 60 && end > index && characters[index].isUppercase
    }

    private static func isShortLine(_ characters: [Character], endingAt index: Int) -> Bool {
        var start = index
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return index - start <= 60
    }

    /// A line that starts with a bullet ("- ", "* ", "• "), a number ("2. ", "3) ", "3188 ") or a marker in
    /// parentheses ("(b) ", "(iv) ") is an item of its own.
    private static func startsListItem(_ characters: [Character], at index: Int) -> Bool {
        var cursor = index
        while cursor < characters.count, characters[cursor] == " " || characters[cursor] == "\t" { cursor += 1 }
        guard cursor + 1 < characters.count else { return false }
        if SanctionsExtractor.bullets.contains(characters[cursor]), characters[cursor + 1] == " " { return true }
        // "(b) Everlink Components (HK) Limited", "(2) Entities (4)": a letter, roman or arabic numeral in
        // parentheses.
        if characters[cursor] == "(" {
            var close = cursor + 1
            while close < characters.count, close - cursor <= 4, characters[close].isLetter || characters[close].isNumber { close += 1 }
            if close > cursor + 1, close - cursor <= 4, close + 1 < characters.count, characters[close] == ")", characters[close + 1] == " " {
                return true
            }
        }
        var digits = cursor
        while digits < characters.count, characters[digits].isNumber { digits += 1 }
        guard digits > cursor, digits + 1 < characters.count else { return false }
        if digits - cursor <= 3, ".)".contains(characters[digits]), characters[digits + 1] == " " { return true }
        // "3188 Olga Nikolaevna Bessonova": the item numbers of a schedule.
        return digits - cursor <= 5 && characters[digits] == " " && characters[digits + 1].isUppercase
    }

    /// A line that opens with a quotation mark after a line that ends with a colon ("pasting the relevant
    /// bits from the notice:" over ""The following entries have been added ..."): the quotation is a
    /// sentence of its own.
    private static func startsQuotedBlock(_ characters: [Character], at index: Int) -> Bool {
        var cursor = index
        while cursor < characters.count, characters[cursor] == " " || characters[cursor] == "\t" { cursor += 1 }
        guard cursor < characters.count, "\"“".contains(characters[cursor]) else { return false }
        var before = index - 2
        while before >= 0, characters[before] == " " || characters[before] == "\t" || characters[before] == "\r" { before -= 1 }
        return before >= 0 && characters[before] == ":"
    }

    /// A line that starts with a time in brackets ("[07:59] priya.n: ...", "[2025-07-09 07:59] ..."), as a
    /// chat or log export starts each message: a message of its own, however the previous one ended.
    private static func startsTimestampedMessage(_ characters: [Character], at index: Int) -> Bool {
        guard index < characters.count, characters[index] == "[" else { return false }
        var cursor = index + 1
        var sawColon = false
        while cursor < characters.count, cursor - index <= 20 {
            let character = characters[cursor]
            if character == "]" { return sawColon && cursor > index + 4 }
            guard character.isNumber || character == ":" || character == "-" || character == " " else { return false }
            sawColon = sawColon || character == ":"
            cursor += 1
        }
        return false
    }

    private func endsSentence(_ characters: [Character], at index: Int) -> Bool {
        var next = index + 1
        while next < characters.count, "\"”’)".contains(characters[next]) { next += 1 }
        guard next < characters.count else { return true }
        guard characters[next].isWhitespace else { return false }
        while next < characters.count, characters[next].isWhitespace { next += 1 }
        guard next < characters.count else { return true }
        let following = characters[next]
        guard following.isUppercase || following.isNumber || "\"“‘(".contains(following) else { return false }
        guard characters[index] == "." else { return true }
        // The word before the period: an abbreviation or an initial does not end the sentence.
        var wordStart = index
        while wordStart > 0, !characters[wordStart - 1].isWhitespace { wordStart -= 1 }
        // "(Pvt.) Ltd.": the word without an opening parenthesis or quote.
        while wordStart < index, "(\"“‘[".contains(characters[wordStart]) { wordStart += 1 }
        let word = String(characters[wordStart...index]).lowercased()
        if Self.legalForms.contains(word) {
            // "... Trading Co., Ltd. The Council also ...": a legal form ends the sentence before a word
            // that usually starts one.
            var wordEnd = next
            while wordEnd < characters.count, characters[wordEnd].isLetter { wordEnd += 1 }
            return Self.sentenceStarters.contains(String(characters[next..<wordEnd]).lowercased())
        }
        if Self.abbreviations.contains(word) { return false }
        // "... between 2023 and 2025. The firm ...": a number ends a sentence, unless it numbers a list item
        // at the start of its line ("1. Kaveh Pars ...").
        if !word.contains(where: \.isLetter) {
            var before = wordStart - 1
            while before >= 0, characters[before] == " " || characters[before] == "\t" { before -= 1 }
            return before >= 0 && !characters[before].isNewline
        }
        // Initials ("V.") and dotted abbreviations ("U.S.", "J.S.C.") are one-letter segments.
        let segments = word.drop { !$0.isLetter }.dropLast().split(separator: ".")
        return !segments.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    /// Source: abbreviations that recur in US, EU and UK sanctions press releases.
    private static let abbreviations: Set<String> = [
        "u.s.", "u.k.", "e.u.", "u.n.", "a.k.a.", "f.k.a.", "n.k.a.", "co.", "corp.", "inc.", "ltd.",
        "no.", "nos.", "mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "gen.", "col.", "lt.", "maj.", "capt.", "brig.", "adm.",
        "sgt.", "cmdr.",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "vs.", "e.g.", "i.e.", "etc.", "dept.", "gov.", "sen.", "rep.", "pte.", "pvt.", "sti.", "sdn.", "bhd.", "plc.",
        // OFAC's entries: "DOB 1986; alt. DOB 1987".
        "alt.",
    ]
    /// Legal forms that may end a sentence: after one, a word that usually starts a sentence starts one.
    private static let legalForms: Set<String> = ["co.", "corp.", "inc.", "ltd.", "pte.", "pvt.", "sti.", "bhd.", "plc."]
    private static let sentenceStarters: Set<String> = [
        "the", "a", "an", "it", "its", "this", "these", "that", "those", "they", "he", "she", "we", "in", "on", "at",
        "according", "both", "all", "also", "but", "however", "under", "while", "after", "before", "separately",
        "several", "many", "some", "other", "others", "each", "his", "her", "their", "since", "today", "there",
        "meanwhile", "additionally", "further", "any", "none", "one", "no",
    ]
}
