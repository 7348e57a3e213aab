/// A sanctions programme or regime an entity is listed under, e.g. OFAC's `RUSSIA-EO14024`.
public struct SanctionsProgram: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The code as the source writes it.
    public var code: String
    /// The authority that runs the programme (`US-OFAC`, `EU`, `UN`, `UK`, ...), when known.
    public var authority: String?

    public init(_ code: String, authority: String? = nil) {
        self.code = code
        self.authority = authority
    }

    public var description: String { code }
}
