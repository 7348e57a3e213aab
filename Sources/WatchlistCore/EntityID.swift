/// The stable identifier of a watchlist entity: a source prefix and the source's own record id.
///
/// The scheme is a contract other tools rely on; keep it:
/// `ofac:<uid>`, `eu:<logicalId>`, `un:<REFERENCE_NUMBER>`, `uk:<UniqueID>`, `ofsi:<GroupID>`,
/// `article:<slug>#<n>`.
///
/// ```swift
/// let id = EntityID.ofac(uid: "49380")
/// print(id)            // ofac:49380
/// EntityID("ofac:49380") == id   // true
/// ```
public struct EntityID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The source prefix, e.g. `ofac`.
    public let source: String
    /// The record id within the source, e.g. `49380`.
    public let local: String

    /// Creates an id from its two parts. The source must be non-empty and must not contain `:`.
    public init(source: String, local: String) {
        precondition(!source.isEmpty && !source.contains(":"), "invalid EntityID source '\(source)'")
        self.source = source
        self.local = local
    }

    /// Parses `source:local`; returns nil when there is no `:` or either part is empty.
    public init?(_ rawValue: String) {
        guard let colon = rawValue.firstIndex(of: ":") else { return nil }
        let source = String(rawValue[..<colon])
        let local = String(rawValue[rawValue.index(after: colon)...])
        guard !source.isEmpty, !local.isEmpty else { return nil }
        self.init(source: source, local: local)
    }

    /// The id as written in output and files: `source:local`.
    public var rawValue: String { "\(source):\(local)" }
    public var description: String { rawValue }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool {
        (lhs.source, lhs.local.count, lhs.local) < (rhs.source, rhs.local.count, rhs.local)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let id = EntityID(raw) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(raw)' is not an entity id of the form source:local")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension EntityID {
    /// OFAC (SDN and Consolidated lists): the record's `uid` / `ent_num`.
    public static func ofac(uid: String) -> EntityID { EntityID(source: "ofac", local: uid) }
    /// EU Financial Sanctions Files: the `sanctionEntity` `logicalId`.
    public static func eu(logicalID: String) -> EntityID { EntityID(source: "eu", local: logicalID) }
    /// UN Security Council Consolidated List: the `REFERENCE_NUMBER`, e.g. `QDi.001`.
    public static func un(referenceNumber: String) -> EntityID { EntityID(source: "un", local: referenceNumber) }
    /// UK Sanctions List: the `UniqueID`, e.g. `RUS0001`.
    public static func uk(uniqueID: String) -> EntityID { EntityID(source: "uk", local: uniqueID) }
    /// The retired OFSI Consolidated List: the `GroupID`.
    public static func ofsi(groupID: String) -> EntityID { EntityID(source: "ofsi", local: groupID) }
    /// An entity found in an article: the article's slug and the entity's 1-based position in it.
    public static func article(slug: String, number: Int) -> EntityID {
        EntityID(source: "article", local: "\(slug)#\(number)")
    }
}
