/// A birth date as lists state it: a (partial) date, an approximate date, or a range.
public enum BirthDate: Hashable, Sendable, Codable {
    case exact(PartialDate)
    case approximately(PartialDate)
    case between(PartialDate, PartialDate)

    /// True when a date of birth given for a query could be this one.
    public func admits(_ date: PartialDate) -> Bool {
        switch self {
        case .exact(let listed):
            return listed.isCompatible(with: date)
        case .approximately(let listed):
            return abs(listed.year - date.year) <= 1
        case .between(let start, let end):
            return (start.year...end.year).contains(date.year)
        }
    }
}
