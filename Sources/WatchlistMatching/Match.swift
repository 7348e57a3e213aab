import WatchlistCore

/// A listed entity that matched a screened name, with its score and why.
public struct Match: Hashable, Sendable, Codable {
    public var entityID: EntityID
    /// 0...1; higher is closer.
    public var score: Double
    /// The listed name that matched best.
    public var matchedName: EntityName
    /// The entity's display name (`Entity.caption`).
    public var caption: String
    public var kind: EntityKind
    /// The entity's programmes (`RUSSIA-EO14024`).
    public var programs: [String]
    /// The sources the entity was read from (`OFAC`, `article`).
    public var sources: [String]
    public var explanation: MatchExplanation
    /// Set when this entity was not reached through its own names but is another list's record of the same
    /// party as the entity that matched (`Relation.samePartyRole`): that entity's id. `matchedName` and
    /// `explanation` are then that entity's, and the score is its score.
    public var sameParty: EntityID? = nil
}
