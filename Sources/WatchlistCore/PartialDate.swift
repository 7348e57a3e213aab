/// A calendar date of which only the year, or the year and month, may be known ("1970", "Jun 1970").
public struct PartialDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Creates a date; a day without a month is dropped, and out-of-range months or days are rejected.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day, !(1...31).contains(day) { return nil }
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// ISO 8601 with only the known parts: `1970`, `1970-06`, `1970-06-03`.
    public var description: String {
        var text = Self.padded(year, width: 4)
        if let month { text += "-" + Self.padded(month, width: 2) }
        if let day { text += "-" + Self.padded(day, width: 2) }
        return text
    }

    private static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Parses the ISO forms `description` writes.
    public init?(iso text: String) {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), let year = Int(fields[0]), fields[0].count == 4 else { return nil }
        let month = fields.count > 1 ? Int(fields[1]) : nil
        let day = fields.count > 2 ? Int(fields[2]) : nil
        if fields.count > 1 && month == nil || fields.count > 2 && day == nil { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// True when the two dates agree on every part both of them know.
    public func isCompatible(with other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        if let month, let otherMonth = other.month, month != otherMonth { return false }
        if let day, let otherDay = other.day, day != otherDay { return false }
        return true
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a partial ISO date")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
