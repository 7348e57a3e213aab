import Foundation
import WatchlistCore

/// Reads the free-text cells of the DFAT Consolidated List: enumerations (`a) X b) Y`, `X; Y`), dates of
/// birth in the many forms the list uses, and citizenship lists.
///
/// Forms seen in `regulation8_consolidated.xlsx` (November 2024): `15/03/1955`, `7/07/1956`,
/// `20 Jul. 1962`, `10 July 1965`, `Nov. 1973`, `1957`, `Approximately 1963`, `Approx 1970`, `circa 1941`,
/// `c. 1941`, `Between 1958 and 1963`, `Between 1963 to 1968`, `1955- 1958`, `March 1960 to March 1961`,
/// `Between Aug. and Sep 1977`, `1965 or 1966`, `a) 1982 b) 1978`, `28/03/1953; alt DOB: 28/09/1953`,
/// `19-Dec-1992`, `05.09.1990`, `March 16, 1972`,
/// `15 May 1968 (as ...) 1970 (as ...)`, and Hijri dates marked `(Hijri Calendar)`, which are not read.
enum DFATText {
    /// The items of an enumerated cell: split at `a)`/`(b)` markers, `;` and line breaks; trimmed, empty
    /// items dropped.
    static func items(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        let characters = Array(text.replacingOccurrences(of: "\u{A0}", with: " "))
        var index = 0
        func flush() {
            let item = current.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",;")))
            if !item.isEmpty { items.append(item) }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == ";" || character.isNewline {
                flush()
            } else if isMarker(characters, at: index) {
                if current.hasSuffix("(") { current.removeLast() }
                flush()
                index += 1  // skip the letter; the loop skips the ")"
            } else {
                current.append(character)
            }
            index += 1
        }
        flush()
        return items
    }

    /// `b)` at `index`: a lowercase letter, then `)`, at the start or after a space, `;`, `,` or `(`.
    private static func isMarker(_ characters: [Character], at index: Int) -> Bool {
        guard index + 1 < characters.count, characters[index + 1] == ")",
            let letter = characters[index].asciiValue, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter)
        else { return false }
        guard index > 0 else { return true }
        let previous = characters[index - 1]
        return previous.isWhitespace || previous == ";" || previous == "," || previous == "("
    }

    /// Citizenships of a cell: its items, each split further at `,`, `/` and ` and ` outside parentheses,
    /// except in country names that contain them (`Bosnia and Herzegovina`).
    static func countries(_ text: String) -> [String] {
        items(text).flatMap { item -> [String] in
            let lowered = item.lowercased()
            if compoundCountryNames.contains(where: { lowered.contains($0) }) { return [item] }
            return splitOutsideParentheses(item)
        }
    }

    /// Country names (ISO 3166-1 English short names and common forms) that contain `and` or a comma.
    private static let compoundCountryNames = [
        "great britain and northern ireland", "bosnia and herzegovina", "trinidad and tobago", "antigua and barbuda",
        "saint kitts and nevis", "saint vincent and the grenadines", "sao tome and principe", "turks and caicos",
        "wallis and futuna", "saint pierre and miquelon", "heard island and mcdonald islands",
        "south georgia and the south sandwich islands", "svalbard and jan mayen", ", republic of",
        ", democratic people's republic of", ", islamic republic of", ", united republic of",
        ", bolivarian republic of", ", plurinational state of", ", federated states of", ", province of china",
    ]

    private static func splitOutsideParentheses(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        let characters = Array(text)
        var index = 0
        func flush() {
            let part = current.trimmingCharacters(in: .whitespaces)
            if !part.isEmpty { parts.append(part) }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if depth == 0, character == "," || character == "/" {
                flush()
            } else if depth == 0, String(characters[index...].prefix(5)) == " and " {
                flush()
                index += 4
            } else {
                current.append(character)
            }
            index += 1
        }
        flush()
        return parts
    }

    // MARK: - Dates of birth

    /// The birth dates a date-of-birth cell states, and whether any part with digits could not be read
    /// (a Hijri date, a form we do not know).
    static func birthDates(_ text: String) -> (dates: [BirthDate], complete: Bool) {
        let tokens = tokenize(text)
        var dates: [BirthDate] = []
        var complete = true
        var index = 0
        while index < tokens.count {
            if let (date, next) = expression(tokens, at: index) {
                dates.append(date)
                index = next
            } else {
                if tokens[index].contains(where: \.isNumber) { complete = false }
                index += 1
            }
        }
        return (dates, complete)
    }

    /// Words, numbers, `d/m/y` groups and the punctuation that matters (`-`, `(`, `)`); a trailing `.` or
    /// `,` is dropped from words and numbers (`Jul.`, `1938,`).
    private static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        func flush() {
            while let last = current.last, last == "." || last == "," { current.removeLast() }
            if !current.isEmpty { tokens.append(current.lowercased()) }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "/" || character == "." || character == "," {
                // A comma ends the token, and so does a period after a word (`Jan.1973`); a period between
                // digits is a date separator (`05.09.1990`).
                if current.last == "," || (current.last == "." && (character.isLetter || current.contains(where: \.isLetter))) {
                    flush()
                }
                current.append(character)
            } else {
                flush()
                if "-–—()".contains(character) { tokens.append(String(character)) }
            }
        }
        flush()
        return tokens
    }

    private static let approximateWords: Set<String> = ["approximately", "approx", "circa", "c", "ca", "about", "around"]
    private static let rangeWords: Set<String> = ["to", "-", "–", "—"]

    /// A date expression at `index`: an optional "approximately", an optional "between", a date, and an
    /// optional second date after `to`, `-` or (after "between") `and`.
    private static func expression(_ tokens: [String], at start: Int) -> (BirthDate, Int)? {
        var index = start
        var approximate = false
        var between = false
        // `c)` is an enumeration marker, not "circa".
        if approximateWords.contains(tokens[safe: index] ?? ""), tokens[safe: index + 1] != ")" {
            approximate = true
            index += 1
        }
        if tokens[safe: index] == "between" {
            between = true
            index += 1
        }
        // `Between Aug. and Sep 1977`: the first month takes the second one's year.
        if between, let firstMonth = month(tokens[safe: index] ?? ""), single(tokens, at: index) == nil,
            tokens[safe: index + 1] == "and", let (end, next) = single(tokens, at: index + 2),
            let from = PartialDate(year: end.year, month: firstMonth), from <= end
        {
            return (.between(from, end), next)
        }
        guard let (from, afterFirst) = single(tokens, at: index) else { return nil }
        let connector = tokens[safe: afterFirst] ?? ""
        if rangeWords.contains(connector) || (between && connector == "and"),
            let (end, next) = single(tokens, at: afterFirst + 1), from <= end
        {
            return (.between(from, end), next)
        }
        return (approximate ? .approximately(from) : .exact(from), afterFirst)
    }

    /// One date at `index`: `dd/mm/yyyy`, `dd.mm.yyyy`, `mm/yyyy`, `dd Month yyyy`, `dd-Mon-yyyy`,
    /// `Month dd, yyyy`, `Month yyyy` or `yyyy`, with a year
    /// from 1800 to 2100 (a Hijri year such as 1380 is not a Gregorian one).
    private static func single(_ tokens: [String], at index: Int) -> (PartialDate, Int)? {
        guard let token = tokens[safe: index] else { return nil }
        if token.contains("/") || token.contains(".") {
            let fields = token.split(whereSeparator: { $0 == "/" || $0 == "." }).map { Int($0) }
            guard fields.allSatisfy({ $0 != nil }), let year = fields.last.flatMap({ $0 }), plausible(year) else { return nil }
            switch fields.count {
            case 3: return PartialDate(year: year, month: fields[1], day: fields[0]).map { ($0, index + 1) }
            case 2: return PartialDate(year: year, month: fields[0]).map { ($0, index + 1) }
            default: return nil
            }
        }
        if let day = Int(token), (1...31).contains(day), let month = month(tokens[safe: index + 1] ?? ""),
            let year = Int(tokens[safe: index + 2] ?? ""), plausible(year)
        {
            return PartialDate(year: year, month: month, day: day).map { ($0, index + 3) }
        }
        // `19-Dec-1992`
        if let day = Int(token), (1...31).contains(day), tokens[safe: index + 1] == "-",
            let month = month(tokens[safe: index + 2] ?? ""), tokens[safe: index + 3] == "-",
            let year = Int(tokens[safe: index + 4] ?? ""), plausible(year)
        {
            return PartialDate(year: year, month: month, day: day).map { ($0, index + 5) }
        }
        // `March 16, 1972`
        if let month = month(token), let day = Int(tokens[safe: index + 1] ?? ""), (1...31).contains(day),
            let year = Int(tokens[safe: index + 2] ?? ""), plausible(year)
        {
            return PartialDate(year: year, month: month, day: day).map { ($0, index + 3) }
        }
        if let month = month(token), let year = Int(tokens[safe: index + 1] ?? ""), plausible(year) {
            return PartialDate(year: year, month: month).map { ($0, index + 2) }
        }
        if token.count == 4, let year = Int(token), plausible(year) {
            return PartialDate(year: year).map { ($0, index + 1) }
        }
        return nil
    }

    private static func plausible(_ year: Int) -> Bool { (1800...2100).contains(year) }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// `jan`, `sept`, `september` to 1...12.
    static func month(_ word: String) -> Int? {
        guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
        return monthNames.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
