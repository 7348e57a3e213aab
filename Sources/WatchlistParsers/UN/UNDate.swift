import WatchlistCore

/// Parses the date forms of the UN Security Council Consolidated List.
///
/// Structured dates are ISO (`2012-12-31`; `LISTED_ON` sometimes carries a zone, `2001-01-25-05:00`), years
/// are four digits, and the header's `dateGenerated` is a timestamp (`2026-01-28T00:00:11.197Z`). A few
/// dates of birth are given only in their `NOTE`, as a month and year (`Nov. 1973`, `August 1961`), or the
/// note adds the month to a `YEAR` (`Sep.`).
enum UNDate {
    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// An ISO date or year at the start of `text` (`2012-12-31`, `2001-01-25-05:00`, `2026-01-28T00:00Z`, `1958`).
    static func isoDate(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 10, let date = PartialDate(iso: String(trimmed.prefix(10))) { return date }
        return PartialDate(iso: trimmed)
    }

    /// A four-digit year.
    static func year(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 4, let year = Int(trimmed) else { return nil }
        return PartialDate(year: year)
    }

    /// A note that is only a month, or a month and a year: `Sep.`, `Nov. 1973`, `August 1961`.
    /// Anything else (`from false passport`, `30-35 years old`) gives nil.
    static func monthAndYear(_ note: String) -> (month: Int, year: Int?)? {
        let words = note.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard (1...2).contains(words.count), let month = month(String(words[0])) else { return nil }
        guard words.count == 2 else { return (month, nil) }
        guard words[1].count == 4, let year = Int(words[1]) else { return nil }
        return (month, year)
    }

    /// `Nov.`, `Sept.`, `August`: an English month name or an abbreviation of it (at least three letters),
    /// with an optional full stop.
    private static func month(_ word: String) -> Int? {
        var letters = word.lowercased()
        if letters.hasSuffix(".") { letters.removeLast() }
        guard letters.count >= 3, letters.allSatisfy(\.isLetter) else { return nil }
        return monthNames.firstIndex { $0.hasPrefix(letters) }.map { $0 + 1 }
    }
}
