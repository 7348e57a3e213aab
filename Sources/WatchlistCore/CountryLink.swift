/// A country an entity is tied to, and how.
public struct CountryLink: Hashable, Sendable, Codable {
    /// How the entity is tied to the country.
    public enum Role: String, Hashable, Sendable, Codable {
        case nationality
        case citizenship
        case residence
        case birthplace
        case jurisdiction
        /// Where the entity is located or operates (e.g. from an address).
        case location
        /// A vessel's flag state.
        case flag
        case other
    }

    public var role: Role
    /// The country as the source writes it ("Belarus").
    public var name: String
    /// ISO 3166-1 alpha-2 code when known ("BY").
    public var isoCode: String?

    public init(role: Role, name: String, isoCode: String? = nil) {
        self.role = role
        self.name = name
        self.isoCode = isoCode
    }
}
