import Foundation
import WatchlistCore

/// The headings of a timeline article ("## 2022", "## 2025 (January–September)", "## Today (14 October
/// 2025)"): the sections under an earlier year tell the story so far, and only today's section is new.
enum TimelineHeading {
    /// Whether a line heads a timeline section of the past (true: "2022", "2025 (January–September)" in an
    /// October 2025 article) or of the present (false: "Today (14 October 2025)", "2025 (October)"); nil for
    /// any other line.
    static func isPast(_ line: String, documentDate: PartialDate?) -> Bool? {
        let line = line.trimmingCharacters(in: .whitespaces)
        if let dated = datedTitle(line, documentDate: documentDate) { return dated }
        if let month = monthTitle(line, documentDate: documentDate) { return month }
        guard line.count <= 40, !line.hasSuffix("."), !line.contains(",") else { return nil }
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first else { return nil }
        if ["today", "latest"].contains(first), words.count <= 6 { return false }
        guard first.count == 4, let year = Int(first), (1945...2100).contains(year), let documentYear = documentDate?.year,
            words.dropFirst().allSatisfy({ ArticleDate.months[$0] != nil || Int($0) != nil })
        else { return nil }
        if year < documentYear { return true }
        if year > documentYear { return false }
        // "2025 (January–September)": a span of months that ends before the article's.
        let months = words.dropFirst().compactMap { ArticleDate.months[$0] }
        guard let last = months.last, let documentMonth = documentDate?.month else { return false }
        return last < documentMonth
    }

    /// A section title about a month well before the article's: "What was designated in October" in a commentary
    /// of 25 November, whose sections look back at last month's action before today's. True when the month (of
    /// the article's year, or of the year before for a later month) ended more than three weeks before the
    /// article's date, so that a digest of last month's actions published early in the next is read; nil for
    /// any other line, a title with a day or a year, or an undated article.
    private static func monthTitle(_ line: String, documentDate: PartialDate?) -> Bool? {
        guard let documentDate, let documentMonth = documentDate.month, line.count <= 60, !line.contains(","),
            let last = line.last, last.isLetter, !line.contains(where: \.isNumber)
        else { return nil }
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard words.count <= 8,
            let at = words.indices.dropFirst().first(where: { ArticleDate.months[words[$0]] != nil && words[$0 - 1] == "in" }),
            let month = ArticleDate.months[words[at]], month != documentMonth,
            let titleMonth = PartialDate(year: month < documentMonth ? documentDate.year : documentDate.year - 1, month: month, day: nil)
        else { return nil }
        return documentDate.lastDayNumber - titleMonth.lastDayNumber > 21 ? true : nil
    }

    /// A dated section title: "14 April 2021 — Washington goes first", "March 2024 — Pressure without action",
    /// "17 June 2025 — Today: the Mali gold pipeline". Past (true) when its date ends more than a week before the
    /// article's, or its title starts "Today"; nil when the line is no such title or the article is undated.
    private static func datedTitle(_ line: String, documentDate: PartialDate?) -> Bool? {
        guard let documentDate, line.count <= 90, !line.hasSuffix("."),
            let dash = line.firstIndex(where: { "—–:".contains($0) }) ?? line.range(of: " - ")?.lowerBound
        else { return nil }
        let words = line[..<dash].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let title = line[line.index(after: dash)...].trimmingCharacters(in: CharacterSet(charactersIn: " -—–:")).lowercased()
        // "2023–2024" is a span of years, no title after a date.
        guard title.first?.isLetter == true else { return nil }
        var day: Int?
        var month: Int?
        var year: Int?
        for word in words {
            if let number = Int(word) {
                if number >= 1945, number <= 2100, year == nil { year = number } else if number <= 31, day == nil { day = number } else { return nil }
            } else if let named = ArticleDate.months[word], month == nil {
                month = named
            } else {
                return nil
            }
        }
        guard let year, !(day != nil && month == nil) else { return nil }
        if title.hasPrefix("today") { return false }
        // The last day the title's date covers, against the article's day.
        guard let titleDate = PartialDate(year: year, month: month, day: day) else { return nil }
        return documentDate.lastDayNumber - titleDate.lastDayNumber > 7
    }
}
