import WatchlistCore

/// A name to screen, and what else is known about the party.
///
/// The qualifiers raise or lower the score of a name match and show in its explanation; they never
/// create a match on their own: a raise applies only to a name that already reaches the threshold.
///
/// ```swift
/// let query = ScreeningQuery(name: "V. Miklashevich", kind: .person,
///                            birthDate: PartialDate(year: 1970), country: "BY")
/// ```
public struct ScreeningQuery: Hashable, Sendable {
    /// The name as given.
    public var name: String
    /// The kind of party, when known.
    public var kind: EntityKind?
    /// The date (or year, or month) of birth, when known.
    public var birthDate: PartialDate?
    /// A country the party is tied to: an ISO 3166 alpha-2 code or an English country name.
    public var country: String?

    public init(name: String, kind: EntityKind? = nil, birthDate: PartialDate? = nil, country: String? = nil) {
        self.name = name
        self.kind = kind
        self.birthDate = birthDate
        self.country = country
    }
}
