import WatchlistCore

/// Dates written in articles: "June 12, 2024", "12 June 2024", "June 12", "2024-06-12", "on Jan. 19".
enum ArticleDate {
    /// The dates in a sentence, in text order; a date without a year is given `defaultYear` (nil: skipped).
    static func dates(in tokens: [ArticleToken], defaultYear: Int?) -> [PartialDate] {
        var found: [PartialDate] = []
        for index in tokens.indices where tokens[index].isWord {
            let word = trimmed(tokens[index].lower, ".")
            if let iso = isoDate(word) {
                found.append(iso)
                continue
            }
            guard tokens[index].isCapitalized, let month = months[word] else { continue }
            let next = index + 1 < tokens.count ? Int(tokens[index + 1].lower) : nil
            let previous = index > 0 ? Int(tokens[index - 1].lower) : nil
            // "June 12, 2024" / "June 12" / "12 June 2024" / "June 2024".
            if let day = next, (1...31).contains(day) {
                let yearIndex = index + 2 < tokens.count && tokens[index + 2].text == "," ? index + 3 : index + 2
                let year = yearIndex < tokens.count ? Int(tokens[yearIndex].lower).flatMap(validYear) : nil
                if let date = PartialDate(year: year ?? defaultYear ?? 0, month: month, day: day), year ?? defaultYear != nil {
                    found.append(date)
                }
            } else if let day = previous, (1...31).contains(day) {
                let year = index + 1 < tokens.count ? Int(tokens[index + 1].lower).flatMap(validYear) : nil
                if let date = PartialDate(year: year ?? defaultYear ?? 0, month: month, day: day), year ?? defaultYear != nil {
                    found.append(date)
                }
            } else if let year = next.flatMap(validYear), let date = PartialDate(year: year, month: month),
                // "Inversiones Caribe Mar 2020, C.A.": a month and a year only as a month's name or a dotted abbreviation.
                word.count > 4 || word == "may" || word == "june" || word == "july" || tokens[index].text.hasSuffix(".")
            {
                found.append(date)
            }
        }
        return found
    }

    private static func validYear(_ year: Int) -> Int? { (1900...2100).contains(year) ? year : nil }

    private static func isoDate(_ word: String) -> PartialDate? {
        let parts = word.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]).flatMap(validYear),
            let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    /// Month numbers by English name and abbreviation.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
}

extension PartialDate {
    /// The number of the last day the date covers ("2024" ends on 31 December, "March 2024" on its 31st),
    /// counting every month as 31 days: close enough to tell this week's listings from last month's.
    var lastDayNumber: Int { (year * 12 + (month ?? 12)) * 31 + (day ?? 31) }
}
