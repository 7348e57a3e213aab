/// An identifying document or number: passport, national id, tax id, registration number, IMO number, ...
public struct Identifier: Hashable, Sendable, Codable {
    /// The type as the source writes it ("Passport", "Tax ID No.", "Vessel Registration Identification").
    public var type: String
    public var value: String
    /// The issuing country, as written.
    public var country: String?
    public var issued: PartialDate?
    public var expires: PartialDate?
    public var note: String?

    public init(
        type: String, value: String, country: String? = nil,
        issued: PartialDate? = nil, expires: PartialDate? = nil, note: String? = nil
    ) {
        self.type = type
        self.value = value
        self.country = country
        self.issued = issued
        self.expires = expires
        self.note = note
    }
}
