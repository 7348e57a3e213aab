import WatchlistCore
import WatchlistMatching

/// What the CI check says of one match (or of a row it could not screen).
public struct CIFinding: Sendable {
    public enum Status: String, Sendable {
        /// A false-positive decision made against the entity as it is now: passes.
        case cleared
        /// No decision: fails.
        case uncleared
        /// A decision made against an earlier version of the entity: fails until reviewed again.
        case stale
        /// A reviewer confirmed the party is the listed one: fails.
        case confirmed
        /// A stub from `--write-pending` nobody has filled in: fails.
        case pending
        /// The row could not be screened (empty name, invalid UTF-8, ...): fails.
        case unscreenable
    }

    public var row: Int
    public var line: Int
    public var query: String?
    public var id: String?
    public var match: Match?
    public var status: Status
    public var decision: ReviewDecision?
    /// The fingerprint of the matched entity now.
    public var fingerprint: String?
    /// Why the row could not be screened.
    public var error: String?

    public var passes: Bool { status == .cleared }

    /// One line for people: what matched and what is needed.
    public var message: String {
        let subject = "row \(row)" + (id.map { " (\($0))" } ?? "") + (query.map { " \"\($0)\"" } ?? "")
        guard let match else { return "\(subject) could not be screened: \(error ?? "unknown reason")" }
        let target = "\(match.caption) [\(match.entityID.rawValue)] at \(String(format: "%.3f", match.score))"
        switch status {
        case .cleared:
            let through = decision.map { $0.entityID != match.entityID.rawValue ? " (as its same-party record \($0.entityID))" : "" } ?? ""
            return "\(subject) matches \(target): cleared as a false positive\(through) by \(decision?.by ?? "?") on \(decision?.date ?? "?")"
        case .uncleared:
            return "\(subject) matches \(target): no review decision; review it (watchlist ci --write-pending FILE writes a stub)"
        case .stale:
            return "\(subject) matches \(target): the decision by \(decision?.by ?? "?") on \(decision?.date ?? "?") was made against an earlier version of the listed entity (it changed since: new names, programs or identifiers); review it again"
        case .confirmed:
            return "\(subject) matches \(target): confirmed as the listed party by \(decision?.by ?? "?") on \(decision?.date ?? "?")"
        case .pending:
            return "\(subject) matches \(target): the decision stub has no verdict yet; fill it in"
        case .unscreenable:
            return "\(subject) could not be screened: \(error ?? "unknown reason")"
        }
    }
}

/// The reviewed decisions of a supplier list, applied to screened rows.
public struct DecisionLedger: Sendable {
    private let decisions: [ReviewDecision]
    private let entities: [EntityID: Entity]

    /// `entities`: the watchlist's entities, for the fingerprints of matched entities.
    public init(decisions: [ReviewDecision], entities: [Entity]) {
        self.decisions = decisions
        self.entities = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// One finding per match of the row, or one for a row that could not be screened; none for a row
    /// without matches.
    public func findings(for row: ScreenedRow) -> [CIFinding] {
        if let error = row.error {
            return [CIFinding(row: row.number, line: row.line, query: row.query, id: row.id, match: nil, status: .unscreenable, error: error)]
        }
        return row.matches.map { match in
            let fingerprint = entities[match.entityID].map(EntityFingerprint.of)
            func decision(on entityID: EntityID) -> ReviewDecision? {
                decisions.last { decision in
                    decision.entityID == entityID.rawValue && Self.key(decision.name) == Self.key(row.query ?? "")
                        && (decision.id == nil || decision.id == row.id)
                }
            }
            // A record reached only through another list's record of the same party (`Match.sameParty`) matched
            // by that record's names: a decision on that record decides it too, against that record's version.
            var reviewed = decision(on: match.entityID)
            var reviewedFingerprint = fingerprint
            if reviewed == nil, let sameParty = match.sameParty, let throughLink = decision(on: sameParty) {
                reviewed = throughLink
                reviewedFingerprint = entities[sameParty].map(EntityFingerprint.of)
            }
            let decision = reviewed
            let status: CIFinding.Status
            switch decision?.verdict {
            case nil: status = .uncleared
            case .pending: status = .pending
            case .confirmed: status = .confirmed
            case .falsePositive: status = decision?.fingerprint == reviewedFingerprint ? .cleared : .stale
            }
            return CIFinding(
                row: row.number, line: row.line, query: row.query, id: row.id, match: match, status: status,
                decision: decision, fingerprint: fingerprint)
        }
    }

    private static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
