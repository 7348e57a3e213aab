/// A stated link from an entity to another party: "director of PLANT SVT", "linked to ...", "owned by ...".
public struct Relation: Hashable, Sendable, Codable {
    /// The relation as a short phrase read from the entity's side ("director of", "linked to").
    public var role: String
    /// The other party's name as the source writes it.
    public var targetName: String
    /// The other party's id when it is in the same watchlist.
    public var targetID: EntityID?

    /// The role of a link `watchlist build` makes between records of different publishers that are the same
    /// party (OFAC's and Canada's record of one person); the matcher reports the linked records of a hit.
    public static let samePartyRole = "same party as"

    public init(role: String, targetName: String, targetID: EntityID? = nil) {
        self.role = role
        self.targetName = targetName
        self.targetID = targetID
    }
}
