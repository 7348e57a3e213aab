import Foundation
import WatchlistCore

/// Parses the date forms of the UK lists (the FCDO's UK Sanctions List and OFSI's ConList in XML, CSV and
/// XLSX): `dd/mm/yyyy`, where an unknown day or month is written `00` or spelled out as `dd` / `mm`
/// (`00/00/1980`, `dd/mm/1945`, `dd/07/1978`), `mm/yyyy`, `yyyy`, and ISO `yyyy-mm-dd` with an optional
/// time (`2022-12-09T00:00:00`, as in the 2022-format ConList.xml).
enum UKDate {
    /// The date, or nil when the text is none of the known forms (`15/08/19yy`).
    static func partialDate(_ text: String) -> PartialDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("-") {
            // ISO: keep the date, drop a time of day.
            let date = trimmed.split(separator: "T", maxSplits: 1).first.map(String.init) ?? trimmed
            return PartialDate(iso: date)
        }
        let fields = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = fields.last, yearText.count == 4, let year = Int(yearText), year > 0 else { return nil }
        switch fields.count {
        case 1:
            return PartialDate(year: year)
        case 2:
            guard let month = field(fields[0]) else { return nil }
            return PartialDate(year: year, month: month.number)
        case 3:
            guard let day = field(fields[0]), let month = field(fields[1]) else { return nil }
            // A known day of an unknown month says nothing usable: PartialDate keeps the year only.
            return PartialDate(year: year, month: month.number, day: day.number)
        default:
            return nil
        }
    }

    /// A day or month field as written.
    private enum Field {
        /// `00`, `0`, `dd` or `mm`.
        case unknown
        case known(Int)

        var number: Int? {
            if case .known(let number) = self { return number }
            return nil
        }
    }

    /// Nil for text that is no day or month, so the whole date is rejected rather than guessed.
    private static func field(_ text: String) -> Field? {
        let lowered = text.lowercased()
        if lowered == "dd" || lowered == "mm" { return .unknown }
        guard (1...2).contains(text.count), let number = Int(text) else { return nil }
        return number == 0 ? .unknown : .known(number)
    }
}
