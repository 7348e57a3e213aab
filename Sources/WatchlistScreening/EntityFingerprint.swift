import Crypto
import Foundation
import WatchlistCore

/// A fingerprint of what a listed entity says about the party: SHA-256 over its record without the
/// provenance (which changes with every download of the same list) and without the links `watchlist build`
/// makes to other lists' records of the party (`Relation.samePartyRole`: they change when another list
/// does). A review decision records the fingerprint it was made against; a new alias, program, identifier or
/// date of birth changes it, and the decision no longer clears the match.
public enum EntityFingerprint {
    public static func of(_ entity: Entity) -> String {
        var record = entity
        record.provenance = []
        record.relations.removeAll { $0.role == Relation.samePartyRole }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(record)) ?? Data(entity.id.rawValue.utf8)
        return "sha256:" + SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
