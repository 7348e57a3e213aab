/// What kind of party an entity is.
public enum EntityKind: String, Hashable, Sendable, Codable, CaseIterable {
    case person
    case organization
    case vessel
    case aircraft
    /// The source does not say.
    case unknown
}
