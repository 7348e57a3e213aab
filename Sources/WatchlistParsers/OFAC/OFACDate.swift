import Foundation
import WatchlistCore

/// Parses the date forms OFAC lists use: `03 Jun 1970`, `Jun 1970`, `1970`, `circa 1970`,
/// `1955 to 1957`, and the header's `MM/DD/YYYY`.
enum OFACDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// A `dateOfBirth` value as a birth date, or nil when it is not one of the known forms.
    static func birthDate(_ text: String) -> BirthDate? {
        let lowered = text.lowercased().trimmed
        if lowered.hasPrefix("circa ") {
            return partialDate(String(lowered.dropFirst(6))).map(BirthDate.approximately)
        }
        let range = lowered.components(separatedBy: " to ")
        if range.count == 2, let start = partialDate(range[0]), let end = partialDate(range[1]), start <= end {
            return .between(start, end)
        }
        return partialDate(lowered).map(BirthDate.exact)
    }

    /// `03 Jun 1970`, `Jun 1970` or `1970`.
    static func partialDate(_ text: String) -> PartialDate? {
        let fields = text.split(separator: " ").map { $0.lowercased() }
        switch fields.count {
        case 1:
            return Int(fields[0]).flatMap { PartialDate(year: $0) }
        case 2:
            guard let month = month(fields[0]), let year = Int(fields[1]) else { return nil }
            return PartialDate(year: year, month: month)
        case 3:
            guard let day = Int(fields[0]), let month = month(fields[1]), let year = Int(fields[2]) else { return nil }
            return PartialDate(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// The header's `Publish_Date`, `MM/DD/YYYY`.
    static func publishDate(_ text: String) -> PartialDate? {
        let fields = text.split(separator: "/").compactMap { Int($0) }
        guard fields.count == 3 else { return nil }
        return PartialDate(year: fields[2], month: fields[0], day: fields[1])
    }

    private static func month(_ text: String) -> Int? {
        months.firstIndex(of: String(text.prefix(3))).map { $0 + 1 }
    }
}
