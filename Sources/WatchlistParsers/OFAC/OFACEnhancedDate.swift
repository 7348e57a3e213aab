import Foundation
import WatchlistCore

/// Dates in OFAC's Enhanced and Advanced XML: a feature's text `value` in OFAC's usual forms (`1962`,
/// `08 Feb 1980`, `circa 1970`, `1955 to 1957`, read by `OFACDate`) and its structured period
/// (`fromDateBegin` ... `toDateEnd` with `isApproximate` / `isDateRange`).
enum OFACEnhancedDate {
    /// A birth date from a feature's text value, or else from its period. The period's approximate flag
    /// wins over a text value that does not say "circa".
    static func birthDate(value: String?, period: XMLNode?) -> BirthDate? {
        let approximate = period?.text(of: "isApproximate") == "true"
        if let value, let date = OFACDate.birthDate(value) ?? isoBirthDate(value) {
            if approximate, case .exact(let day) = date { return .approximately(day) }
            return date
        }
        guard let period,
            let start = period.text(of: "fromDateBegin").flatMap(partialDate),
            let end = (period.text(of: "toDateEnd") ?? period.text(of: "fromDateEnd")).flatMap(partialDate)
        else { return nil }
        return birthDate(from: start, to: end, approximate: approximate)
    }

    /// A period of two full dates as the coarsest date it spans exactly: a day, a month, a year, or a range.
    static func birthDate(from start: PartialDate, to end: PartialDate, approximate: Bool) -> BirthDate? {
        guard start <= end else { return nil }
        let date: PartialDate?
        if start == end {
            date = start
        } else if start.year == end.year, start.month == 1, start.day == 1, end.month == 12, end.day == 31 {
            date = PartialDate(year: start.year)
        } else if start.year == end.year, start.month == end.month, start.day == 1,
            let month = end.month, let day = end.day, day == daysIn(month: month, year: end.year)
        {
            date = PartialDate(year: start.year, month: month)
        } else {
            return .between(coarsened(start, isEnd: false), coarsened(end, isEnd: true))
        }
        guard let date else { return nil }
        return approximate ? .approximately(date) : .exact(date)
    }

    /// A range's bound without the parts that only mark the start or end of a year or month:
    /// 1955-01-01 as the start of a range is 1955, 1957-12-31 as its end is 1957.
    private static func coarsened(_ date: PartialDate, isEnd: Bool) -> PartialDate {
        guard let month = date.month, let day = date.day else { return date }
        let yearBound = isEnd ? (month == 12 && day == 31) : (month == 1 && day == 1)
        if yearBound, let year = PartialDate(year: date.year) { return year }
        let monthBound = isEnd ? day == daysIn(month: month, year: date.year) : day == 1
        if monthBound, let monthOnly = PartialDate(year: date.year, month: month) { return monthOnly }
        return date
    }

    /// `YYYY-MM-DD` (optionally followed by a time, as in `2025-01-10T00:00:00`) or OFAC's `DD Mon YYYY`.
    static func partialDate(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let datePart = trimmed.split(separator: "T", maxSplits: 1).first.map(String.init) ?? trimmed
        return PartialDate(iso: datePart) ?? OFACDate.partialDate(trimmed)
    }

    private static func isoBirthDate(_ text: String) -> BirthDate? {
        PartialDate(iso: text).map(BirthDate.exact)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
