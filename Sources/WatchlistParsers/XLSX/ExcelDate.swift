import WatchlistCore

/// Converts Excel date serial numbers to calendar dates.
///
/// Facts from ECMA-376 Part 1 §18.17.4 (date systems) and Microsoft's documentation of the 1900 date
/// system: in the 1900 system serial 1 is 1900-01-01 and serial 60 is the fictitious 1900-02-29 (kept
/// for compatibility with Lotus 1-2-3), so from serial 61 on the serial counts days since 1899-12-30;
/// in the 1904 system serial 0 is 1904-01-01. A fraction is the time of day and is dropped.
enum ExcelDate {
    /// The day a serial number stands for, or nil for serial 60 in the 1900 system, serials before the
    /// system's first day, and serials beyond year 9999.
    static func date(serial: Double, uses1904System: Bool = false) -> PartialDate? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let whole = Int(serial.rounded(.down))
        let daysSince1970: Int
        if uses1904System {
            daysSince1970 = whole - 24_107  // 1904-01-01 is 24,107 days before 1970-01-01
        } else {
            switch whole {
            case 1..<60: daysSince1970 = whole - 25_568
            case 61...: daysSince1970 = whole - 25_569
            default: return nil  // 0 ("1900-01-00") and the fictitious 1900-02-29
            }
        }
        let (year, month, day) = civilDate(daysSince1970: daysSince1970)
        return PartialDate(year: year, month: month, day: day)
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// True when an Excel number format shows a date: the built-in date formats, or a custom format code
    /// with day or year fields once quoted text, `[...]` sections and escaped characters are removed.
    /// Built-in ids from ECMA-376 Part 1 §18.8.30 (14-22, 45-47) and the East Asian date ids (27-36, 50-58).
    static func isDateFormat(id: Int, code: String?) -> Bool {
        switch id {
        case 14...22, 27...36, 45...47, 50...58: return true
        default: break
        }
        guard let code else { return false }
        var visible = ""
        var inQuote = false
        var inBracket = false
        var escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            default: if !inQuote && !inBracket { visible.append(character) }
            }
        }
        let lowered = visible.lowercased()
        return lowered.contains("d") || lowered.contains("y")
    }
}
