/// A postal address as lists give it; every part optional.
public struct Address: Hashable, Sendable, Codable {
    public var street: [String]
    public var city: String?
    public var stateOrProvince: String?
    public var postalCode: String?
    public var country: String?
    public var note: String?

    public init(
        street: [String] = [], city: String? = nil, stateOrProvince: String? = nil,
        postalCode: String? = nil, country: String? = nil, note: String? = nil
    ) {
        self.street = street
        self.city = city
        self.stateOrProvince = stateOrProvince
        self.postalCode = postalCode
        self.country = country
        self.note = note
    }

    /// The non-empty parts joined by ", ".
    public var formatted: String {
        (street + [postalCode, city, stateOrProvince, country].compactMap { $0 })
            .filter { !$0.isEmpty }
            .joined(separator: ", ")
    }
}
