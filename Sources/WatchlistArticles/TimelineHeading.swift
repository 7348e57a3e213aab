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
}
