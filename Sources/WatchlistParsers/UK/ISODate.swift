import WatchlistCore

/// `PartialDate(iso:)` with a fast path for the forms the lists write nearly every date in.
///
/// `PartialDate(iso:)` splits its text into substrings by character; run on a date in every record it cost a
/// noticeable share of mapping a list (perf, issue 3). `yyyy`, `yyyy-mm` and `yyyy-mm-dd` in ASCII digits are
/// read here from the bytes into the same numbers, so the result is the same; anything else goes to
/// `PartialDate(iso:)`.
enum ISODate {
    /// `PartialDate(iso: text)`.
    static func date(_ text: String) -> PartialDate? {
        guard let fields = digitFields(text) else { return PartialDate(iso: text) }
        return PartialDate(year: fields.year, month: fields.month, day: fields.day)
    }

    /// `PartialDate(iso: text)?.description ?? text`. A text in the all-digit forms is its own answer: a valid
    /// date prints back the same zero-padded digits, and an invalid one is kept as written.
    static func normalized(_ text: String) -> String {
        digitFields(text) != nil ? text : (PartialDate(iso: text)?.description ?? text)
    }

    /// The numbers of `yyyy`, `yyyy-mm` or `yyyy-mm-dd` written in ASCII digits, or nil for any other text.
    static func digitFields(_ text: String) -> (year: Int, month: Int?, day: Int?)? {
        let utf8 = text.utf8
        guard [4, 7, 10].contains(utf8.count) else { return nil }
        return utf8.withContiguousStorageIfAvailable { bytes -> (year: Int, month: Int?, day: Int?)? in
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 0x30
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4) else { return nil }
            guard bytes.count > 4 else { return (year, nil, nil) }
            guard bytes[4] == UInt8(ascii: "-"), let month = number(5..<7) else { return nil }
            guard bytes.count > 7 else { return (year, month, nil) }
            guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10) else { return nil }
            return (year, month, day)
        } ?? nil
    }
}
